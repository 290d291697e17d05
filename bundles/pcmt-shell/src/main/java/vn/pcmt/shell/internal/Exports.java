package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.pcmt.api.text.Numbers;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.ProgressReport;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.Role;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.RoadmapRow;

/**
 * {@code report:export}: the progress of one plan or of all, as CSV (UTF-8 with a byte-order mark, so spreadsheets
 * read the Vietnamese; Vietnamese headers), JSON (stable English keys, numbers as numbers) or Markdown: targets,
 * tasks by lead body, reporting rounds and the roadmap, from the same records.
 */
final class Exports {
    /** Everything exported for one plan. */
    record PlanExport(Plan plan, ProgressReport progress, List<RoadmapRow> roadmap, List<Map<String, Object>> tasks,
            List<ReportRound> rounds) {}

    /** A column: its JSON key, its Vietnamese header, its value. */
    private record Col<T>(String key, String header, Function<T, Object> value) {}

    private static final List<Col<Object[]>> TARGETS = List.of(
            new Col<>("plan", "Kế hoạch", r -> ((Plan) r[0]).id()),
            new Col<>("target", "Mã chỉ tiêu", r -> t(r).target().id()),
            new Col<>("section", "Mục", r -> t(r).target().ref().section()),
            new Col<>("indicator", "Chỉ số", r -> t(r).target().indicator()),
            new Col<>("goal", "Mục tiêu", r -> t(r).target().formatted()),
            new Col<>("deadline", "Thời hạn", r -> t(r).target().deadline() == null ? null : t(r).target().deadline().year()),
            new Col<>("baseline", "Cơ sở", r -> t(r).baseline()),
            new Col<>("expected", "Dự kiến đến kỳ", r -> round(t(r).expected())),
            new Col<>("expectedFrom", "Căn cứ dự kiến", r -> t(r).expectedFrom()),
            new Col<>("actual", "Thực hiện", r -> round(t(r).actual())),
            new Col<>("actualFrom", "Nguồn số liệu", r -> t(r).actualFrom()),
            new Col<>("reachedPercent", "Tỷ lệ đạt (%)", r -> round(t(r).reached())),
            new Col<>("status", "Đánh giá", r -> t(r).status()),
            new Col<>("note", "Ghi chú", r -> t(r).note()),
            new Col<>("text", "Nội dung", r -> t(r).target().text()));
    private static final List<Col<Map<String, Object>>> TASKS = List.of(
            new Col<>("plan", "Kế hoạch", m -> m.get("plan")), new Col<>("body", "Cơ quan chủ trì", m -> m.get("body")),
            new Col<>("total", "Số nhiệm vụ", m -> m.get("total")), new Col<>("done", "Đã hoàn thành", m -> m.get("done")),
            new Col<>("inProgress", "Đang thực hiện", m -> m.get("inProgress")),
            new Col<>("late", "Quá hạn", m -> m.get("late")), new Col<>("notStarted", "Chưa triển khai",
                    m -> m.get("notStarted")));
    private static final List<Col<ReportRound>> ROUNDS = List.of(
            new Col<>("plan", "Kế hoạch", ReportRound::plan), new Col<>("duty", "Nhiệm vụ báo cáo", ReportRound::duty),
            new Col<>("due", "Hạn gửi", r -> r.due().toString()), new Col<>("covers", "Kỳ báo cáo", ReportRound::covers),
            new Col<>("to", "Nơi nhận", ReportRound::to), new Col<>("state", "Tình trạng", r -> r.state().code()),
            new Col<>("sentOn", "Ngày gửi", r -> r.sentOn() == null ? null : r.sentOn().toString()),
            new Col<>("note", "Ghi chú", ReportRound::note));

    private Exports() {}

    private static TargetProgress t(Object[] r) {
        return (TargetProgress) r[1];
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }

    /** One body's lead tasks: total, done, in progress, late (one-off past due and not done), not started. */
    static List<Map<String, Object>> tasks(Plan p, Map<String, ProgressStore.StatusChange> status,
            java.time.LocalDate asOf) {
        Map<String, int[]> by = new LinkedHashMap<>();
        for (vn.pcmt.api.Assignment a : p.assignments()) {
            if (a.role() != Role.LEAD) {
                continue;
            }
            int[] n = by.computeIfAbsent(Views.agencyName(p, a.agency()), b -> new int[5]);
            ProgressStore.StatusChange c = status.get(a.id());
            ProgressStore.Status s = c == null ? ProgressStore.Status.NOT_STARTED : c.status();
            n[0]++;
            n[s == ProgressStore.Status.DONE ? 1 : a.due() != null && a.due().date().isBefore(asOf) ? 3
                    : s == ProgressStore.Status.NOT_STARTED ? 4 : 2]++;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        by.forEach((b, n) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plan", p.id());
            m.put("body", b);
            m.put("total", n[0]);
            m.put("done", n[1]);
            m.put("inProgress", n[2]);
            m.put("late", n[3]);
            m.put("notStarted", n[4]);
            out.add(m);
        });
        return out;
    }

    static String write(String format, String table, List<PlanExport> plans) {
        return switch (format) {
            case "csv" -> "\uFEFF" + switch (table == null ? "targets" : table) {
                case "tasks" -> csv(TASKS, plans.stream().flatMap(x -> x.tasks().stream()).toList());
                case "rounds" -> csv(ROUNDS, plans.stream().flatMap(x -> x.rounds().stream()).toList());
                default -> csv(TARGETS, targetRows(plans));
            };
            case "json" -> json(plans);
            default -> markdown(plans);
        };
    }

    private static List<Object[]> targetRows(List<PlanExport> plans) {
        List<Object[]> out = new ArrayList<>();
        for (PlanExport x : plans) {
            for (TargetProgress t : x.progress().targets()) {
                out.add(new Object[] {x.plan(), t});
            }
        }
        return out;
    }

    private static <T> String csv(List<Col<T>> cols, List<T> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", cols.stream().map(c -> csvCell(c.header())).toList()))
                .append("\r\n");
        for (T row : rows) {
            sb.append(String.join(",", cols.stream().map(c -> csvCell(text(c.value().apply(row)))).toList()))
                    .append("\r\n");
        }
        return sb.toString();
    }

    private static String text(Object v) {
        return v == null ? "" : v instanceof Double d ? Numbers.format(d) : v.toString();
    }

    static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static <T> List<Map<String, Object>> objects(List<Col<T>> cols, List<T> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (T row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            cols.forEach(c -> m.put(c.key(), c.value().apply(row)));
            out.add(m);
        }
        return out;
    }

    static String json(List<PlanExport> plans) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanExport x : plans) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plan", x.plan().id());
            m.put("title", x.plan().title());
            m.put("asOf", x.progress().asOf().toString());
            m.put("unitsImported", x.progress().unitsInProvince());
            m.put("communes", x.progress().planDenominator());
            m.put("targets", objects(TARGETS, targetRows(List.of(x))));
            List<Map<String, Object>> steps = new ArrayList<>();
            for (RoadmapRow r : x.roadmap()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("year", r.year());
                s.put("planned", r.planned());
                s.put("of", r.of());
                s.put("recognised", r.recognised());
                s.put("status", r.status());
                steps.add(s);
            }
            m.put("roadmap", steps);
            m.put("tasks", x.tasks());
            m.put("rounds", objects(ROUNDS, x.rounds()));
            out.add(m);
        }
        return JsonOut.write(plans.size() == 1 ? out.get(0) : out) + "\n";
    }

    static String markdown(List<PlanExport> plans) {
        StringBuilder sb = new StringBuilder();
        for (PlanExport x : plans) {
            sb.append("# ").append(x.plan().title()).append("\n\n");
            sb.append("Tiến độ thực hiện đến ngày ").append(vn.pcmt.api.text.Text.nfc(dmy(x.progress().asOf())))
                    .append(" (kế hoạch `").append(x.plan().id()).append("`)\n\n");
            table(sb, TARGETS.stream().filter(c -> List.of("target", "goal", "deadline", "expected", "actual",
                    "reachedPercent", "status", "note").contains(c.key())).toList(), targetRows(List.of(x)));
            if (!x.roadmap().isEmpty()) {
                sb.append("\n## Lộ trình\n\n| Năm | Kế hoạch | Đã công nhận | Đánh giá |\n|---|---|---|---|\n");
                for (RoadmapRow r : x.roadmap()) {
                    sb.append("| ").append(r.year()).append(" | ").append(Numbers.format(r.planned()))
                            .append(r.of() == null ? "" : "/" + r.of()).append(" | ").append(r.recognised())
                            .append(" | ").append(r.status()).append(" |\n");
                }
            }
            sb.append("\n## Nhiệm vụ theo cơ quan chủ trì\n\n");
            table(sb, TASKS.subList(1, TASKS.size()), x.tasks());
            sb.append("\n## Kỳ báo cáo\n\n");
            table(sb, ROUNDS.subList(1, ROUNDS.size()), x.rounds());
            sb.append('\n');
        }
        return sb.toString();
    }

    private static <T> void table(StringBuilder sb, List<Col<T>> cols, List<T> rows) {
        sb.append("| ").append(String.join(" | ", cols.stream().map(Col::header).toList())).append(" |\n|")
                .append("---|".repeat(cols.size())).append('\n');
        for (T row : rows) {
            sb.append("| ").append(String.join(" | ", cols.stream().map(c -> text(c.value().apply(row))
                    .replace("|", "\\|").replace("\n", " ")).toList())).append(" |\n");
        }
    }

    private static String dmy(java.time.LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
