package vn.pcmt.api;

/** How a target's value is to be compared with the actual figure. Codes are the plan-format names. */
public enum Comparator {
    /** ≥: "ít nhất", "tối thiểu", "đạt". */
    AT_LEAST("at-least", "≥"),
    /** &gt;: "trên". */
    MORE_THAN("more-than", ">"),
    /** ≤: "không quá". */
    AT_MOST("at-most", "≤"),
    /** &lt;: "dưới". */
    LESS_THAN("less-than", "<"),
    /** =: "100%", "02/02". */
    EQUAL("equal", "="),
    /** A range: "từ 10% đến 15%". */
    BETWEEN("between", "…"),
    /** Zero tolerance: "không để phát sinh …". */
    NONE("none", "0");

    private final String code;
    private final String symbol;

    Comparator(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public String code() { return code; }

    public String symbol() { return symbol; }

    public static Comparator ofCode(String code) { return Codes.of(Comparator.class, code, Comparator::code); }
}
