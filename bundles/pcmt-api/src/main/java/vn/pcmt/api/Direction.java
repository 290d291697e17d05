package vn.pcmt.api;

/** Which way an indicator improves. */
public enum Direction {
    HIGHER("higher"), LOWER("lower");

    private final String code;

    Direction(String code) { this.code = code; }

    public String code() { return code; }

    public static Direction ofCode(String code) { return Codes.of(Direction.class, code, Direction::code); }
}
