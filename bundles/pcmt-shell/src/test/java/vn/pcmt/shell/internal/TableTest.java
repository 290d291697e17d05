package vn.pcmt.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.text.Text;

/** Tables that fit: no line wider than asked, identifiers whole, text wrapped, --wide one line per row. */
class TableTest {
    static final String REF = "I.2/drug-free-commune-share#roadmap-2030";
    static final String TASK = "Ủy ban nhân dân 28 xã, phường: Đăng ký xây dựng xã, phường không ma túy gửi về Ủy ban"
            + " nhân dân tỉnh (qua Công an tỉnh) trước ngày 31/8/2025.";

    static Table table() {
        Table t = new Table("DATE", "PLAN", "KIND", "REF", "STATE", "WHAT").max(5, 70);
        t.row("31/08/2025", "hung-yen", "report half-yearly", REF, "missed (449 days ago)", TASK);
        t.row("15/12/2026", "bcd138-2021", "deadline", "III.2#1", "due in 22 days", "Ban Chỉ đạo 138 tỉnh");
        return t;
    }

    static int widest(List<String> lines) {
        return lines.stream().mapToInt(Text::width).max().orElse(0);
    }

    @Test
    void fitsEveryWidthWithIdentifiersWhole() {
        for (int width : new int[] {200, 120, 100, 80, 60, 40}) {
            List<String> lines = table().lines(width, false, true);
            assertTrue(widest(lines) <= width, width + " columns: " + String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.contains(REF)), "the REF whole at " + width);
            String all = String.join(" ", lines).replaceAll("\\s+", " ");
            assertTrue(all.contains("trước ngày 31/8/2025."), "text wrapped, not cut, at " + width + ": " + all);
        }
    }

    @Test
    void wideKeepsEveryRowOnOneLine() {
        List<String> lines = table().lines(80, true, true);
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(2).contains(TASK));
    }

    @Test
    void asciiRulesWhenNotAUtf8Terminal() {
        assertTrue(table().lines(120, false, false).get(1).matches("[- ]+"));
        assertTrue(table().lines(120, false, true).get(1).contains("─"));
    }

    @Test
    void wrapsAtSpacesAndKeepsLongWords() {
        assertEquals(List.of("xã, phường", "không ma", "túy"), Table.wrap("xã, phường không ma túy", 10));
        assertEquals(List.of("abcdefghijkl", "x"), Table.wrap("abcdefghijkl x", 5));
    }
}
