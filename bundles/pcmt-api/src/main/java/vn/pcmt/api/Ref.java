package vn.pcmt.api;

/** Where an item comes from: its section id and its 1-based line in the source text. */
public record Ref(String section, int line) {
    @Override
    public String toString() {
        return (section == null ? "preamble" : section) + " (line " + line + ")";
    }
}
