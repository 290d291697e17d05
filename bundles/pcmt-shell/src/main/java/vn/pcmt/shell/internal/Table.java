package vn.pcmt.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.pcmt.api.Text;

/**
 * An aligned text table. Widths are measured in terminal columns (code points of NFC text), so Vietnamese lines up;
 * a column given a maximum is cut with "…".
 */
final class Table {
    private final String[] headers;
    private final int[] max;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers;
        this.max = new int[headers.length];
        Arrays.fill(max, Integer.MAX_VALUE);
    }

    /** Cuts column {@code col} to {@code width} columns. */
    Table max(int col, int width) {
        max[col] = width;
        return this;
    }

    Table row(Object... cells) {
        String[] r = new String[headers.length];
        for (int i = 0; i < r.length; i++) {
            Object c = i < cells.length ? cells[i] : null;
            r[i] = cut(c == null ? "" : oneLine(c.toString()), max[i]);
        }
        rows.add(r);
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(PrintStream out) {
        int[] w = new int[headers.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Text.width(headers[i]);
            for (String[] r : rows) {
                w[i] = Math.max(w[i], Text.width(r[i]));
            }
        }
        line(out, headers, w);
        String[] rule = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            rule[i] = "─".repeat(w[i]);
        }
        line(out, rule, w);
        for (String[] r : rows) {
            line(out, r, w);
        }
    }

    private static void line(PrintStream out, String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(w[i] - Text.width(cells[i]) + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static String cut(String s, int width) {
        if (Text.width(s) <= width) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.max(0, width - 1));
        return s.substring(0, end) + "…";
    }
}
