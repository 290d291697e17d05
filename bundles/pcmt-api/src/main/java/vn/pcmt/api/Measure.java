package vn.pcmt.api;

/** Whether a target is a level to reach or a change against a baseline. */
public enum Measure {
    LEVEL("level"), INCREASE("increase"), DECREASE("decrease");

    private final String code;

    Measure(String code) { this.code = code; }

    public String code() { return code; }

    public static Measure ofCode(String code) { return Codes.of(Measure.class, code, Measure::code); }
}
