package vn.pcmt.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.AdminUnit;
import vn.pcmt.api.ProgressStore.ProgressReport;
import vn.pcmt.api.ProgressStore.StatusChange;
import vn.pcmt.api.Role;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.ReportingService;
import vn.pcmt.api.report.RoadmapRow;

/**
 * Everything a periodic report shows, gathered once from the services and handed to the three writers, so the
 * .docx, the .xlsx and the .html cannot disagree.
 */
record ReportData(Plan plan, ReportPeriod period, LocalDate asOf, ProgressReport progress, List<RoadmapRow> roadmap,
        List<BodyTasks> bodies, List<UnitRow> units, List<ReportRound> rounds, String issuer, String symbol) {

    /**
     * The same data, written by {@code body} with the document symbol {@code sign} (BC-{sign}); blank: derived from
     * the plan (Texts.issuingBody, Texts.symbol).
     */
    ReportData issuedBy(String body, String sign) {
        return new ReportData(plan, period, asOf, progress, roadmap, bodies, units, rounds, body, sign);
    }

    /** One body's tasks as lead (chủ trì): how many done, late (one-off past due and not done), not started. */
    record BodyTasks(String body, int total, int done, int inProgress, int late, int notStarted) {}

    /** One administrative unit and its drug-free recognition on the day. */
    record UnitRow(String code, String name, String kind, boolean drugFree) {}

    static ReportData collect(Plan p, ReportPeriod period, LocalDate asOf, ProgressStore store, ReportingService rounds)
            throws StoreException {
        ProgressReport progress = store.progress(p.id(), asOf);
        Map<String, StatusChange> status = store.statuses(p.id());
        Map<String, int[]> byBody = new LinkedHashMap<>();
        for (Assignment a : p.assignments()) {
            if (a.role() != Role.LEAD) {
                continue;
            }
            String body = p.agency(a.agency()).map(x -> x.name()).orElse(a.agency());
            int[] n = byBody.computeIfAbsent(body, b -> new int[5]);
            n[0]++;
            StatusChange c = status.get(a.id());
            ProgressStore.Status s = c == null ? ProgressStore.Status.NOT_STARTED : c.status();
            boolean overdue = a.due() != null && a.due().date().isBefore(asOf);
            if (s == ProgressStore.Status.DONE) {
                n[1]++;
            } else if (overdue) {
                n[3]++;
            } else if (s == ProgressStore.Status.IN_PROGRESS || s == ProgressStore.Status.BLOCKED) {
                n[2]++;
            } else {
                n[4]++;
            }
        }
        List<BodyTasks> bodies = new ArrayList<>();
        byBody.forEach((b, n) -> bodies.add(new BodyTasks(b, n[0], n[1], n[2], n[3], n[4])));
        bodies.sort(java.util.Comparator.comparingInt(BodyTasks::total).reversed().thenComparing(BodyTasks::body));
        List<UnitRow> units = new ArrayList<>();
        if (p.locality() != null) {
            List<String> free = store.drugFree(p.locality().name(), asOf);
            for (AdminUnit u : store.units(p.locality().name())) {
                boolean inForce = (u.effectiveFrom() == null || !u.effectiveFrom().isAfter(asOf))
                        && (u.effectiveTo() == null || !u.effectiveTo().isBefore(asOf));
                if (inForce) {
                    units.add(new UnitRow(u.code(), u.name(), u.kind(), free.contains(u.code())));
                }
            }
        }
        List<ReportRound> rs = rounds.rounds(p.id(), asOf, period.end()).stream()
                .filter(r -> !r.due().isBefore(period.start())).toList();
        return new ReportData(p, period, asOf, progress, rounds.roadmap(p.id(), asOf), bodies, units, rs, null, null);
    }

    /** dd/mm/yyyy, as Vietnamese documents write dates. */
    static String date(LocalDate d) {
        return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    String province() {
        return plan.locality() == null ? null : plan.locality().name();
    }
}
