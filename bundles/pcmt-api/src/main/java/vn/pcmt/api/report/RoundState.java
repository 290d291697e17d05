package vn.pcmt.api.report;

/** Where a reporting round stands on a day. */
public enum RoundState {
    /** Marked sent with report:submit (on or before its due date, or late: see {@link ReportRound#daysLate()}). */
    SENT("sent", "Đã gửi"),
    /** Not sent, due date today or later. */
    DUE("due", "Sắp đến hạn"),
    /** Not sent, due date passed. */
    MISSED("missed", "Quá hạn, chưa gửi");

    private final String code;
    private final String vietnamese;

    RoundState(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
