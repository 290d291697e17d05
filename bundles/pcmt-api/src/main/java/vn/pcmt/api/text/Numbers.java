package vn.pcmt.api.text;

/** Number formatting shared by the console and exports: integers without ".0". */
public final class Numbers {
    private Numbers() {}

    public static String format(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return Double.toString(d);
    }
}
