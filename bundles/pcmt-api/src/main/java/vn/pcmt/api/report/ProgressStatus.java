package vn.pcmt.api.report;

import vn.pcmt.api.Codes;

/** A target's status as of a day, by the rule in docs/progress.md. {@link #code()} is the stable English key. */
public enum ProgressStatus {
    /** The actual meets the target. */
    ACHIEVED("achieved", "Đạt"),
    /** At least 85 % of what is expected by then. */
    ON_TRACK("on track", "Đúng tiến độ"),
    /** At least 50 % of what is expected by then. */
    AT_RISK("at risk", "Có nguy cơ chậm"),
    /** Less than 50 % of what is expected, or the deadline passed unmet. */
    OFF_TRACK("off track", "Chậm tiến độ"),
    /** A zero target ("không để phát sinh", "không để xảy ra") with an actual above zero. */
    BREACHED("breached", "Vi phạm chỉ tiêu"),
    /** A share over units when fewer units are imported than its denominator: never achieved. */
    INCOMPLETE("incomplete data", "Chưa đủ dữ liệu"),
    /** Nothing recorded. */
    NO_DATA("no data", "Chưa có số liệu");

    private final String code;
    private final String vietnamese;

    ProgressStatus(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public String code() {
        return code;
    }

    /** The label in a Vietnamese report. */
    public String vietnamese() {
        return vietnamese;
    }

    public static ProgressStatus ofCode(String code) {
        return Codes.of(ProgressStatus.class, code, ProgressStatus::code);
    }
}
