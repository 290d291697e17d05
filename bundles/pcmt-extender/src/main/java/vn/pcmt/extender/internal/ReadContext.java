package vn.pcmt.extender.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.Problem;
import vn.pcmt.extender.internal.Json.Arr;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.Json.Obj;

/**
 * What the readers of one plan document share ({@link PlanReader} and the readers of its parts): the problems
 * found so far, each with its place; the source lines quotes are checked against; the ids declared so far (sections,
 * agencies, indicators), which later items refer to; the plan period, which deadlines and roadmap years must lie in;
 * and the count of drafted items. One per document read; not thread-safe.
 */
final class ReadContext {
    /** Below this confidence a drafted item counts as low-confidence (docs/plan-format.md, "draft"). */
    static final double LOW_CONFIDENCE = 0.6;

    private final String file;
    /** The source document's lines; null when the text is not available. */
    final List<String> lines;
    /** The source lines with white space collapsed, once, for matching quotes. */
    final List<String> collapsedLines;
    private final List<Problem> problems = new ArrayList<>();
    final Set<String> sectionIds = new HashSet<>();
    final Set<String> agencyIds = new HashSet<>();
    final Set<String> indicatorIds = new HashSet<>();
    /** The plan period, once read (null until then, or when it is invalid). */
    PlanPeriod period;
    /** Drafted items seen, and those below {@link #LOW_CONFIDENCE}. */
    int draftItems;
    int draftLow;

    /**
     * @param file  the name used in problems
     * @param lines the source document's lines, to check quotes against; null when the text is not available
     */
    ReadContext(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
        this.collapsedLines = lines == null ? null : lines.stream().map(ReadContext::collapse).toList();
    }

    /** Abandons the current item; its problems are already recorded. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }

    void problem(Node n, String message) {
        problems.add(new Problem(file, n == null ? 0 : n.line(), n == null ? 0 : n.column(),
                n == null ? "" : n.pointer(), message));
    }

    List<Problem> problems() {
        return problems;
    }

    /** How many problems so far: an item that added some is abandoned ({@link Invalid}). */
    int problemCount() {
        return problems.size();
    }

    /** The members of object {@code n}, any member not {@code allowed} being a problem; not an object: abandoned. */
    Fields fields(Node n, String... allowed) {
        if (!(n.value() instanceof Obj o)) {
            problem(n, "expected an object, found " + describe(n));
            throw new Invalid();
        }
        Set<String> ok = new LinkedHashSet<>(List.of(allowed));
        for (Map.Entry<String, Node> e : o.members().entrySet()) {
            if (!ok.contains(e.getKey())) {
                problem(e.getValue(), "unknown field \"" + e.getKey() + "\"; allowed here: " + String.join(", ", ok));
            }
        }
        return new Fields(this, n, o);
    }

    /** An item's {@code draft}: how sure the rule was (0..1) and the words it read the item from. */
    void draftMeta(Fields item) {
        item.objOrNull("draft", n -> {
            Fields f = fields(n, "confidence", "words", "status");
            Double c = f.number("confidence", true);
            if (c != null && (c < 0 || c > 1)) {
                problem(f.node("confidence"), "confidence " + fmt(c) + " is not between 0 and 1");
            }
            f.str("words", false);
            f.oneOf("status", Set.of("done"), false);
            draftItems++;
            if (c != null && c < LOW_CONFIDENCE) {
                draftLow++;
            }
            return null;
        }, false);
    }

    static String describe(Node n) {
        Object v = n.value();
        if (v == null) {
            return "null";
        }
        if (v instanceof Obj) {
            return "an object";
        }
        if (v instanceof Arr) {
            return "an array";
        }
        if (v instanceof String s) {
            return "the string \"" + s + "\"";
        }
        return v instanceof Boolean ? "the boolean " + v : "the number " + v;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String fmt(double d) {
        return vn.pcmt.api.text.Numbers.format(d);
    }

    static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "…";
    }

    /** White space runs to one space, trimmed; a loop rather than a regex, for every line of every plan text. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
