package vn.pcmt.api.report;

/** Where a one-off deadline stands as of a day; {@link #code()} is its stable English code (JSON, exports). */
public enum TaskState {
    /** Marked done (assignment:update … done), whenever its date. */
    DONE("done"),
    /** Not done, its date today or later. */
    DUE("due"),
    /** Not done, its date passed. */
    OVERDUE("overdue");

    private final String code;

    TaskState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
