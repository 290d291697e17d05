package vn.pcmt.extender.internal;

import static vn.pcmt.extender.internal.ReadContext.abbreviate;
import static vn.pcmt.extender.internal.ReadContext.collapse;
import static vn.pcmt.extender.internal.ReadContext.describe;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.pcmt.extender.internal.Json.Arr;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.Json.Obj;
import vn.pcmt.extender.internal.ReadContext.Invalid;

/**
 * Typed access to one object's members while a plan is read; each accessor records a problem in the {@link
 * ReadContext} and returns null when the member is wrong, so that reading goes on and every problem is reported.
 */
final class Fields {
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9.#/_-]+");

    private final ReadContext cx;
    private final Node node;
    private final Obj obj;

    Fields(ReadContext cx, Node node, Obj obj) {
        this.cx = cx;
        this.node = node;
        this.obj = obj;
    }

    Node node(String name) {
        return obj.members().get(name);
    }

    Node required(String name) {
        Node v = node(name);
        if (v == null) {
            cx.problem(node, "missing required field \"" + name + "\"");
        }
        return v;
    }

    String str(String name, boolean required) {
        Node v = required ? required(name) : node(name);
        if (v == null || (!required && v.isNull())) {
            return null;
        }
        if (v.value() instanceof String s) {
            if (required && s.isBlank()) {
                cx.problem(v, "\"" + name + "\" must not be empty");
                return null;
            }
            return s;
        }
        cx.problem(v, "\"" + name + "\" must be a string, found " + describe(v));
        return null;
    }

    /** A field that must be present but may be null. */
    String strOrNull(String name, boolean required) {
        Node v = required ? required(name) : node(name);
        if (v == null || v.isNull()) {
            return null;
        }
        return str(name, false);
    }

    String itemId() {
        String id = str("id", true);
        if (id != null && !ITEM_ID.matcher(id).matches()) {
            cx.problem(node("id"), "id \"" + id + "\" may use only letters, digits and . # / _ -");
        }
        return id;
    }

    Boolean bool(String name) {
        Node v = node(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.value() instanceof Boolean b) {
            return b;
        }
        cx.problem(v, "\"" + name + "\" must be true or false, found " + describe(v));
        return null;
    }

    Double number(String name, boolean required) {
        Node v = required ? required(name) : node(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.value() instanceof Number num) {
            return num.doubleValue();
        }
        cx.problem(v, "\"" + name + "\" must be a number, found " + describe(v));
        return null;
    }

    Integer integer(String name, boolean required) {
        Node v = required ? required(name) : node(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.value() instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) {
            return num.intValue();
        }
        cx.problem(v, "\"" + name + "\" must be a whole number, found " + describe(v));
        return null;
    }

    Integer year(String name, boolean required) {
        Integer y = integer(name, required);
        if (y != null && (y < 1945 || y > 2100)) {
            cx.problem(node(name), "\"" + name + "\" " + y + " is not a plausible year");
            return null;
        }
        return y;
    }

    int line(boolean required) {
        Integer l = integer("line", required);
        if (l == null) {
            return 0;
        }
        if (l < 1 || (cx.lines != null && l > cx.lines.size())) {
            cx.problem(node("line"), "line " + l + " is outside the source text"
                    + (cx.lines != null ? " (1.." + cx.lines.size() + ")" : ""));
            return 0;
        }
        return l;
    }

    LocalDate date(String name, boolean presentOrNull) {
        String s = presentOrNull ? strOrNull(name, true) : str(name, false);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            cx.problem(node(name), "\"" + name + "\" \"" + s + "\" is not a date YYYY-MM-DD");
            return null;
        }
    }

    String oneOf(String name, Set<String> allowed, boolean required) {
        String s = str(name, required);
        if (s != null && !allowed.contains(s)) {
            cx.problem(node(name), "unknown " + name + " \"" + s + "\"; expected one of "
                    + String.join(", ", new java.util.TreeSet<>(allowed)));
            return null;
        }
        return s;
    }

    <E> E code(String name, Function<String, E> parse, boolean required) {
        String s = str(name, required);
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            cx.problem(node(name), e.getMessage());
            return null;
        }
    }

    String sectionRef(boolean required) {
        String s = str("section", required);
        if (s != null && !cx.sectionIds.contains(s)) {
            cx.problem(node("section"), "unknown section \"" + s + "\"");
        }
        return s;
    }

    String agencyRef(String name, boolean required) {
        String s = str(name, required);
        if (s != null && !cx.agencyIds.contains(s)) {
            cx.problem(node(name), "unknown agency \"" + s + "\"; declare it in /agencies");
        }
        return s;
    }

    List<String> agencyRefs(String name) {
        return strings(name, a -> {
            if (!cx.agencyIds.contains(a.value())) {
                cx.problem(a, "unknown agency \"" + a.value() + "\"; declare it in /agencies");
            }
        });
    }

    List<String> areas() {
        return strings("areas", a -> {
            String why = PlanReader.areaCodeProblem((String) a.value());
            if (why != null) {
                cx.problem(a, why);
            }
        });
    }

    private List<String> strings(String name, java.util.function.Consumer<Node> check) {
        Node v = node(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!(v.value() instanceof Arr a)) {
            cx.problem(v, "\"" + name + "\" must be an array of strings, found " + describe(v));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node e : a.elements()) {
            if (e.value() instanceof String s) {
                check.accept(e);
                out.add(s);
            } else {
                cx.problem(e, "expected a string, found " + describe(e));
            }
        }
        return out;
    }

    /** A quoted field: must occur on its source line (white space collapsed) when the text is available. */
    String quote(String name, int line, boolean required) {
        String s = str(name, required);
        if (s != null && cx.lines != null && line > 0) {
            if (!cx.collapsedLines.get(line - 1).contains(collapse(s))) {
                cx.problem(node(name), "quote does not occur on line " + line + " of the source text: \""
                        + abbreviate(s) + "\"");
            }
        }
        return s;
    }

    <T> T objOrNull(String name, Function<Node, T> read, boolean mustBePresent) {
        Node v = mustBePresent ? required(name) : node(name);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return read.apply(v);
        } catch (Invalid e) {
            return null;
        }
    }

    <T> List<T> list(String name, boolean required, Function<Node, T> read) {
        Node v = required ? required(name) : node(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!(v.value() instanceof Arr a)) {
            cx.problem(v, "\"" + name + "\" must be an array, found " + describe(v));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Node e : a.elements()) {
            try {
                T t = read.apply(e);
                if (t != null) {
                    out.add(t);
                }
            } catch (Invalid | IllegalArgumentException | NullPointerException ex) {
                if (!(ex instanceof Invalid)) {
                    cx.problem(e, ex.getMessage());
                }
            }
        }
        return out;
    }
}
