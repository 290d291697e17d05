package vn.pcmt.api;

import java.util.List;
import java.util.Objects;

/**
 * A numbered or lettered heading or item, with its label exactly as printed ("II.", "2.3.", "d)"); the label is
 * null for a part of the text that has no printed label (a document that starts mid-way).
 *
 * @param id     unique path id ("II.3.d", "II.3.d#2" for a repeated label)
 * @param title  heading text as printed, or null
 * @param parent parent section id, or null at top level
 * @param text   the opening text when the item has no heading, or null
 * @param areas  domain areas the author attributes it to (may be empty)
 */
public record Section(String id, String label, String title, String parent, int line, String text, List<String> areas) {
    public Section {
        Objects.requireNonNull(id, "id");
        areas = List.copyOf(areas);
    }

    /** Title, else text, else "". */
    public String heading() {
        return title != null ? title : text != null ? text : "";
    }
}
