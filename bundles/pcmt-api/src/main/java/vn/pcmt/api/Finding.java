package vn.pcmt.api;

/** Something {@code plan:check} found, with the section or item it concerns. */
public record Finding(Severity severity, String code, String ref, int line, String message) {

    public enum Severity {
        /** The plan is refused. */
        ERROR,
        /** The plan loads; an official should look. */
        WARNING,
        /** For information. */
        NOTE
    }

    @Override
    public String toString() {
        return severity + " " + code + " " + ref + (line > 0 ? " (line " + line + ")" : "") + ": " + message;
    }
}
