package vn.pcmt.api;

/** How often a recurring duty or report falls due. */
public enum Frequency {
    YEARLY("yearly", "hằng năm"),
    HALF_YEARLY("half-yearly", "6 tháng"),
    QUARTERLY("quarterly", "hằng quý"),
    MONTHLY("monthly", "hằng tháng"),
    PER_SEMESTER("per-semester", "mỗi học kỳ"),
    PER_SCHOOL_YEAR("per-school-year", "mỗi năm học"),
    PERIODIC("periodic", "định kỳ"),
    ONCE("once", "một lần");

    private final String code;
    private final String vietnamese;

    Frequency(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public String code() { return code; }

    public String vietnamese() { return vietnamese; }

    public static Frequency ofCode(String code) { return Codes.of(Frequency.class, code, Frequency::code); }
}
