package vn.pcmt.extender.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pcmt.api.AreaDefinition;
import vn.pcmt.api.CatalogueIndicator;
import vn.pcmt.api.Direction;
import vn.pcmt.api.DomainArea;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.Problem;
import vn.pcmt.api.text.Text;
import vn.pcmt.extender.internal.Json.Arr;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.Json.Obj;

/**
 * Reads an area bundle's JSON: {@code format}, {@code code}, {@code nameVi}, {@code nameEn}, {@code description},
 * {@code indicators} (code, name, unit, direction, definition, rollup) and {@code keywords}. Strict like the plan
 * reader: every problem with its line, column and pointer; nothing registered on any.
 */
final class AreaReader {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private AreaReader(String file) {
        this.file = file;
    }

    static AreaDefinition read(byte[] json, String file) throws PlanException {
        AreaReader r = new AreaReader(file);
        Node root = PlanCodec.parse(json, file, "area");
        AreaDefinition a = r.area(root);
        if (!r.problems.isEmpty() || a == null) {
            throw new PlanException(r.problems);
        }
        return a;
    }

    private AreaDefinition area(Node root) {
        Map<String, Node> m = object(root, Set.of("format", "code", "nameVi", "nameEn", "description", "indicators",
                "keywords"));
        if (m == null) {
            return null;
        }
        if (!(m.get("format") != null && m.get("format").value() instanceof Number n && n.intValue() == 1)) {
            problem(m.getOrDefault("format", root), "\"format\" must be 1");
        }
        String code = string(m, "code", root);
        // Any well-formed code is an area (the plug-in point is open); "cross-cutting" is the registry's fallback
        // for what no area claims, so no bundle may take it.
        if (code != null && PlanReader.areaCodeProblem(code) != null) {
            problem(m.get("code"), PlanReader.areaCodeProblem(code));
            code = null;
        } else if (DomainArea.CROSS_CUTTING.equals(code)) {
            problem(m.get("code"), "\"cross-cutting\" is the fallback for items no deployed area claims; an area bundle"
                    + " cannot be it");
            code = null;
        }
        DomainArea area = new DomainArea(String.valueOf(code), String.valueOf(string(m, "nameVi", root)),
                String.valueOf(string(m, "nameEn", root)), string(m, "description", root));
        List<CatalogueIndicator> indicators = new ArrayList<>();
        for (Node n : array(m, "indicators", root)) {
            Map<String, Node> i = object(n, Set.of("code", "name", "unit", "direction", "definition", "rollup"));
            if (i == null) {
                continue;
            }
            try {
                String unit = string(i, "unit", n);
                if (unit != null && !DeclarationReader.INDICATOR_UNITS.contains(unit)) {
                    problem(i.get("unit"), "unknown unit \"" + unit + "\"");
                }
                indicators.add(new CatalogueIndicator(string(i, "code", n), string(i, "name", n), unit,
                        Direction.ofCode(String.valueOf(string(i, "direction", n))), string(i, "definition", n),
                        CatalogueIndicator.Rollup.ofCode(String.valueOf(string(i, "rollup", n)))));
            } catch (IllegalArgumentException | NullPointerException e) {
                problem(n, String.valueOf(e.getMessage()));
            }
        }
        List<String> keywords = new ArrayList<>();
        for (Node k : array(m, "keywords", root)) {
            if (k.value() instanceof String s && !s.isBlank()) {
                keywords.add(Text.fold(s));
            } else {
                problem(k, "a keyword is a non-empty string");
            }
        }
        return problems.isEmpty() ? new AreaDefinition(area, indicators, keywords) : null;
    }

    private Map<String, Node> object(Node n, Set<String> allowed) {
        if (!(n.value() instanceof Obj o)) {
            problem(n, "expected an object");
            return null;
        }
        o.members().forEach((k, v) -> {
            if (!allowed.contains(k)) {
                problem(v, "unknown field \"" + k + "\"; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
        return o.members();
    }

    private String string(Map<String, Node> m, String name, Node parent) {
        Node v = m.get(name);
        if (v == null) {
            problem(parent, "missing required field \"" + name + "\"");
            return null;
        }
        if (v.value() instanceof String s && !s.isBlank()) {
            return s;
        }
        problem(v, "\"" + name + "\" must be a non-empty string");
        return null;
    }

    private List<Node> array(Map<String, Node> m, String name, Node parent) {
        Node v = m.get(name);
        if (v == null) {
            problem(parent, "missing required field \"" + name + "\"");
            return List.of();
        }
        if (v.value() instanceof Arr a) {
            return a.elements();
        }
        problem(v, "\"" + name + "\" must be an array");
        return List.of();
    }

    private void problem(Node n, String message) {
        problems.add(new Problem(file, n.line(), n.column(), n.pointer(), message));
    }
}
