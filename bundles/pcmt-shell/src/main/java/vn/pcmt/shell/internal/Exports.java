package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.Numbers;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.ProgressReport;
import vn.pcmt.api.ProgressStore.TargetProgress;

/** {@code report:export}: one progress report written as CSV, JSON or Markdown, from the same rows. */
final class Exports {
    static final List<String> COLUMNS = List.of("target", "section", "indicator", "goal", "deadline", "baseline",
            "expected", "expected_from", "actual", "actual_from", "reached_percent", "status", "text");

    private Exports() {}

    static List<List<String>> rows(ProgressReport r) {
        List<List<String>> out = new ArrayList<>();
        for (TargetProgress t : r.targets()) {
            out.add(List.of(t.target().id(), t.target().ref().section(), t.target().indicator(), t.target().formatted(),
                    t.target().deadline() == null ? "" : Integer.toString(t.target().deadline().year()), num(t.baseline()),
                    num(t.expected()), nz(t.expectedFrom()), num(t.actual()), nz(t.actualFrom()),
                    t.reached() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", t.reached()), t.status(),
                    t.target().text()));
        }
        return out;
    }

    static String write(String format, Plan p, ProgressReport r, List<Map<String, Object>> roadmap) {
        List<List<String>> rows = rows(r);
        return switch (format) {
            case "csv" -> csv(rows);
            case "json" -> json(p, r, rows, roadmap);
            default -> markdown(p, r, rows, roadmap);
        };
    }

    static String csv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (List<String> row : rows) {
            sb.append(String.join(",", row.stream().map(Exports::csvCell).toList())).append('\n');
        }
        return sb.toString();
    }

    static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String json(Plan p, ProgressReport r, List<List<String>> rows, List<Map<String, Object>> roadmap) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", p.id());
        m.put("title", p.title());
        m.put("asOf", r.asOf().toString());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, Object> t = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                t.put(COLUMNS.get(i), row.get(i).isEmpty() ? null : row.get(i));
            }
            targets.add(t);
        }
        m.put("targets", targets);
        m.put("roadmap", roadmap);
        return JsonOut.write(m) + "\n";
    }

    static String markdown(Plan p, ProgressReport r, List<List<String>> rows, List<Map<String, Object>> roadmap) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(p.title()).append("\n\n");
        sb.append("Tiến độ thực hiện đến ngày ").append(r.asOf()).append(" (plan `").append(p.id()).append("`)\n\n");
        List<Integer> shown = List.of(0, 3, 4, 6, 8, 10, 11);
        sb.append("| ").append(String.join(" | ", shown.stream().map(COLUMNS::get).toList())).append(" |\n");
        sb.append("|").append("---|".repeat(shown.size())).append('\n');
        for (List<String> row : rows) {
            sb.append("| ").append(String.join(" | ", shown.stream().map(i -> row.get(i).replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        if (!roadmap.isEmpty()) {
            sb.append("\n## Lộ trình\n\n| year | planned | recognised | status |\n|---|---|---|---|\n");
            for (Map<String, Object> s : roadmap) {
                sb.append("| ").append(s.get("year")).append(" | ").append(s.get("planned")).append(" | ")
                        .append(s.get("recognised")).append(" | ").append(s.get("status")).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String num(Double d) {
        return d == null ? "" : Numbers.format(Math.round(d * 10) / 10.0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
