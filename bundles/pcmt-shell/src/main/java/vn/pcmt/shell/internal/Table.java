package vn.pcmt.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.pcmt.api.text.Text;

/**
 * An aligned text table that fits the output: its width is the terminal's (or {@code $COLUMNS}, else 120, see
 * {@link Term}). Widths are measured in terminal columns (code points of NFC text), so Vietnamese lines up. Long
 * text wraps inside its cell at spaces; a word is never cut, so identifiers stay whole and can be pasted. When
 * the columns cannot fit even at their longest words, the widest text column moves under each row; when that is
 * not enough, each row is printed as "HEADER: value" lines. {@code --wide} (any command) prints every field whole
 * on one line. Rules are box-drawing on a UTF-8 terminal, ASCII otherwise.
 */
final class Table {
    /** Set by {@link Cli#parse} from the command's {@code --wide}: the command's thread prints whole lines. */
    static final ThreadLocal<Boolean> WIDE = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final int GAP = 2;
    private static final int INDENT = 4;

    private final String[] headers;
    private final int[] max;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers;
        this.max = new int[headers.length];
        Arrays.fill(max, Integer.MAX_VALUE);
    }

    /** A table whose headers are catalogue keys {@code h.KEY} (the key itself when the catalogue has none). */
    static Table h(String... keys) {
        String[] hs = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            hs[i] = Msg.or("h." + keys[i], keys[i]);
        }
        return new Table(hs);
    }

    /** Wraps column {@code col} at {@code width} columns even when the output is wider (words stay whole). */
    Table max(int col, int width) {
        max[col] = width;
        return this;
    }

    Table row(Object... cells) {
        String[] r = new String[headers.length];
        for (int i = 0; i < r.length; i++) {
            Object c = i < cells.length ? cells[i] : null;
            r[i] = c == null ? "" : oneLine(c instanceof java.time.LocalDate d ? Dates.show(d) : c.toString());
        }
        rows.add(r);
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(PrintStream out) {
        List<String> lines = lines(Term.width(), WIDE.get(), Term.unicode());
        Pager.print(out, lines);
    }

    /** The table as lines no wider than {@code width} (unless {@code wide}). */
    List<String> lines(int width, boolean wide, boolean unicode) {
        int n = headers.length;
        int[] natural = new int[n];
        int[] longestWord = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = Text.width(headers[i]);
            longestWord[i] = longestWord(headers[i]);
            for (String[] r : rows) {
                natural[i] = Math.max(natural[i], Text.width(r[i]));
                longestWord[i] = Math.max(longestWord[i], longestWord(r[i]));
            }
        }
        boolean[] shown = new boolean[n];
        Arrays.fill(shown, true);
        if (wide) {
            return grid(natural, shown, -1, width, unicode, true);
        }
        int detail = -1;
        while (true) {
            int[] w = new int[n];
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(longestWord[i], Math.min(natural[i], max[i]));
            }
            if (fit(w, longestWord, shown, width)) {
                int text = detail < 0 ? widestText(natural, longestWord) : -1;
                if (text >= 0 && w[text] < 30 && natural[text] > 2 * w[text] && visible(shown) > 2) {
                    // squeezed into a narrow ribbon: the text reads better whole under its row
                    detail = text;
                    shown[text] = false;
                    continue;
                }
                return grid(w, shown, detail, width, unicode, false);
            }
            if (detail >= 0) {
                return records(width);
            }
            detail = widestText(natural, longestWord);
            if (detail < 0 || visible(shown) < 2) {
                return records(width);
            }
            shown[detail] = false;
        }
    }

    private static int visible(boolean[] shown) {
        int c = 0;
        for (boolean b : shown) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** The column of longest text that wraps (its longest word shorter than its text); -1 when none. */
    private int widestText(int[] natural, int[] longestWord) {
        int best = -1;
        for (int i = 0; i < natural.length; i++) {
            if (natural[i] > longestWord[i] && (best < 0 || natural[i] > natural[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Narrows wrapping columns, widest first, down to their longest word; true when the shown ones fit. */
    private static boolean fit(int[] w, int[] floor, boolean[] shown, int width) {
        while (total(w, shown) > width) {
            int widest = -1;
            for (int i = 0; i < w.length; i++) {
                if (shown[i] && w[i] > floor[i] && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return false;
            }
            w[widest]--;
        }
        return true;
    }

    private static int total(int[] w, boolean[] shown) {
        int t = 0;
        int c = 0;
        for (int i = 0; i < w.length; i++) {
            if (shown[i]) {
                t += w[i];
                c++;
            }
        }
        return t + GAP * Math.max(0, c - 1);
    }

    private List<String> grid(int[] w, boolean[] shown, int detail, int width, boolean unicode, boolean wide) {
        List<String> out = new ArrayList<>();
        String[] rule = new String[headers.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = (unicode ? "─" : "-").repeat(w[i]);
        }
        block(out, headers, w, shown, wide);
        out.add(join(rule, w, shown));
        for (String[] r : rows) {
            block(out, r, w, shown, wide);
            if (detail >= 0 && !r[detail].isEmpty()) {
                for (String l : wrap(r[detail], Math.max(10, width - INDENT))) {
                    out.add(" ".repeat(INDENT) + l);
                }
            }
        }
        return out;
    }

    private static void block(List<String> out, String[] cells, int[] w, boolean[] shown, boolean wide) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> c = wide || !shown[i] ? List.of(cells[i]) : wrap(cells[i], w[i]);
            wrapped.add(c);
            if (shown[i]) {
                height = Math.max(height, c.size());
            }
        }
        for (int line = 0; line < height; line++) {
            String[] part = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                List<String> c = wrapped.get(i);
                part[i] = line < c.size() ? c.get(line) : "";
            }
            out.add(join(part, w, shown));
        }
    }

    private static String join(String[] cells, int[] w, boolean[] shown) {
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int i = 0; i < cells.length; i++) {
            if (shown[i]) {
                last = i;
            }
        }
        for (int i = 0; i < cells.length; i++) {
            if (!shown[i]) {
                continue;
            }
            sb.append(cells[i]);
            if (i < last) {
                sb.append(" ".repeat(Math.max(0, w[i] - Text.width(cells[i])) + GAP));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** Each row as "HEADER: value" lines, wrapped to {@code width}; rows apart by a blank line. */
    private List<String> records(int width) {
        List<String> out = new ArrayList<>();
        int label = 0;
        for (String h : headers) {
            label = Math.max(label, Text.width(h) + 2);
        }
        label = Math.min(label, width / 3);
        for (String[] r : rows) {
            if (!out.isEmpty()) {
                out.add("");
            }
            for (int i = 0; i < headers.length; i++) {
                if (r[i].isEmpty()) {
                    continue;
                }
                String head = headers[i] + ": ";
                if (longestWord(r[i]) > width - label) { // an identifier longer than the space beside the label
                    out.add(head.stripTrailing());
                    out.addAll(wrap(r[i], width));
                    continue;
                }
                List<String> body = wrap(r[i], Math.max(10, width - label));
                for (int l = 0; l < body.size(); l++) {
                    String left = l == 0 ? head : "";
                    out.add((left + " ".repeat(Math.max(0, label - Text.width(left))) + body.get(l)).stripTrailing());
                }
            }
        }
        return out;
    }

    /** {@code s} in lines of at most {@code width} columns, broken at spaces; a longer word has a line of its own. */
    static List<String> wrap(String s, int width) {
        if (Text.width(s) <= width) {
            return List.of(s);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : s.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int ww = Text.width(word);
            if (used > 0 && used + 1 + ww > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += ww;
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int longestWord(String s) {
        int best = 0;
        for (String w : s.split(" ")) {
            best = Math.max(best, Text.width(w));
        }
        return best;
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
