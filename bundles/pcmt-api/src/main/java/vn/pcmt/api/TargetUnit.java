package vn.pcmt.api;

/** The unit of a target's value. */
public enum TargetUnit {
    PERCENT("percent", "%"),
    COUNT("count", ""),
    PERCENT_PER_YEAR("percent-per-year", "%/năm");

    private final String code;
    private final String suffix;

    TargetUnit(String code, String suffix) {
        this.code = code;
        this.suffix = suffix;
    }

    public String code() { return code; }

    public String suffix() { return suffix; }

    public static TargetUnit ofCode(String code) { return Codes.of(TargetUnit.class, code, TargetUnit::code); }
}
