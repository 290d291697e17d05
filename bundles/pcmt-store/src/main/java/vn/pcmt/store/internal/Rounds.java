package vn.pcmt.store.internal;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pcmt.api.Frequency;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.RoundState;

/**
 * The rounds of a plan's reporting duties (docs/progress.md, "Reporting rounds"), and which were sent (V7's
 * report_sent). A round is due on the day the plan states (Hưng Yên: 15/6 for the six-month report, 15/12 for the
 * year's, the 20th of every month for methadone lists); where a recurring duty states no day: yearly 15/12,
 * six-monthly 15/6, quarterly and monthly the 20th of the quarter's last month / of the month. Rounds run from the
 * plan's issue to the end of its period; a duty "định kỳ" with no frequency or a one-off with no date has none.
 */
final class Rounds {
    static final java.time.MonthDay YEARLY = java.time.MonthDay.of(12, 15);
    static final java.time.MonthDay HALF_YEARLY = java.time.MonthDay.of(6, 15);
    static final int DAY_OF_MONTH = 20;
    private static final Pattern STATED_DAY = Pattern.compile("ngày\\s+(\\d{1,2})\\s+hàng\\s+(tháng|quý)");

    private Rounds() {}

    /** A round before its state is known: duty, due date, the period it covers. */
    record Due(ReportingDuty duty, LocalDate date, String covers) {}

    /** The due dates of a duty from the plan's issue to the end of its period. */
    static List<Due> of(Plan p, ReportingDuty d) {
        LocalDate issued = p.documentDate() != null ? p.documentDate() : LocalDate.of(p.period().from(), 1, 1);
        List<Due> out = new ArrayList<>();
        if (d.dueDate() != null) {
            out.add(new Due(d, d.dueDate(), "một lần"));
            return out;
        }
        int day = statedDay(d.text());
        for (int y = p.period().from(); y <= p.period().to(); y++) {
            switch (d.frequency()) {
                case YEARLY -> out.add(new Due(d, (d.dueMonthDay() != null ? d.dueMonthDay() : YEARLY).atYear(y),
                        "năm " + y));
                case HALF_YEARLY -> out.add(new Due(d, (d.dueMonthDay() != null ? d.dueMonthDay() : HALF_YEARLY)
                        .atYear(y), "6 tháng đầu năm " + y));
                case QUARTERLY -> {
                    for (int q = 1; q <= 4; q++) {
                        out.add(new Due(d, LocalDate.of(y, q * 3, Math.min(day, 28)), "quý " + roman(q) + "/" + y));
                    }
                }
                case MONTHLY -> {
                    for (int m = 1; m <= 12; m++) {
                        out.add(new Due(d, LocalDate.of(y, m, Math.min(day, 28)), "tháng " + m + "/" + y));
                    }
                }
                default -> {
                    return out;
                }
            }
        }
        out.removeIf(x -> x.date().isBefore(issued));
        return out;
    }

    static int statedDay(String text) {
        Matcher m = text == null ? null : STATED_DAY.matcher(vn.pcmt.api.text.Text.nfc(text));
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : DAY_OF_MONTH;
    }

    private static String roman(int q) {
        return new String[] {"I", "II", "III", "IV"}[q - 1];
    }

    /** Every round of the plans due up to {@code until}, with what was sent, as of {@code asOf}. */
    static List<ReportRound> rounds(Store store, List<Plan> plans, LocalDate asOf, LocalDate until)
            throws StoreException {
        Map<String, Object[]> sent = sent(store, plans.size() == 1 ? plans.get(0).id() : null);
        List<ReportRound> out = new ArrayList<>();
        for (Plan p : plans) {
            for (ReportingDuty d : p.reportingDuties()) {
                for (Due due : of(p, d)) {
                    if (until != null && due.date().isAfter(until)) {
                        continue;
                    }
                    Object[] s = sent.get(p.id() + "\u0000" + d.id() + "\u0000" + due.date());
                    LocalDate sentOn = s == null ? null : (LocalDate) s[0];
                    RoundState state = sentOn != null && !sentOn.isAfter(asOf) ? RoundState.SENT
                            : due.date().isBefore(asOf) ? RoundState.MISSED : RoundState.DUE;
                    out.add(new ReportRound(p.id(), d.id(), d.frequency(), due.date(), due.covers(), d.to(),
                            state == RoundState.SENT ? sentOn : null, s == null ? null : (String) s[1], state, asOf));
                }
            }
        }
        out.sort(Comparator.comparing(ReportRound::due).thenComparing(ReportRound::plan).thenComparing(ReportRound::duty));
        return out;
    }

    private static Map<String, Object[]> sent(Store store, String plan) throws StoreException {
        Map<String, Object[]> out = new HashMap<>();
        store.database().transaction(c -> {
            for (Object[] r : Database.query(c, "SELECT plan_id, duty_id, due_on, sent_on, note FROM report_sent"
                    + " WHERE CAST(? AS VARCHAR) IS NULL OR plan_id = ?", rs -> new Object[] {rs.getString(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getString(5)}, plan, plan)) {
                out.put(r[0] + "\u0000" + r[1] + "\u0000" + r[2], new Object[] {r[3], r[4]});
            }
            return null;
        });
        return out;
    }

    /** Marks the rounds due on {@code due} (of one duty when given) sent on {@code sentOn}; audited. */
    static List<ReportRound> submit(Store store, Plan p, LocalDate due, String duty, LocalDate sentOn, String note,
            LocalDate today) throws StoreException {
        if (sentOn.isAfter(today)) {
            throw new StoreException(Words.t("round.futureSent", sentOn, today));
        }
        List<ReportRound> all = rounds(store, List.of(p), today, null);
        List<ReportRound> hit = all.stream().filter(r -> r.due().equals(due))
                .filter(r -> duty == null || r.duty().equals(duty)).toList();
        if (hit.isEmpty()) {
            List<LocalDate> near = all.stream().map(ReportRound::due).distinct()
                    .sorted(Comparator.comparing(d -> Math.abs(d.toEpochDay() - due.toEpochDay()))).limit(4).sorted()
                    .toList();
            throw new StoreException(Words.t("round.none", p.id(), due) + (duty == null ? "" : Words.t("round.forDuty", duty))
                    + (near.isEmpty() ? Words.t("round.noRecurring") : Words.t("round.nearest", String.join(", ",
                            near.stream().map(d -> Words.catalogue().fill("{0}", d)).toList()))) + Words.t("round.see", p.id()));
        }
        List<ReportRound> already = hit.stream().filter(r -> r.sentOn() != null).toList();
        if (!already.isEmpty()) {
            ReportRound r = already.get(0);
            throw new StoreException(Words.t("round.alreadySent", r.duty(), due, r.sentOn())
                    + (r.note() == null ? "" : " (" + r.note() + ")"));
        }
        store.database().transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report_sent (plan_id, duty_id, due_on, sent_on,"
                    + " note, operator, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (ReportRound r : hit) {
                    s.setString(1, p.id());
                    s.setString(2, r.duty());
                    s.setObject(3, due);
                    s.setObject(4, sentOn);
                    s.setString(5, note);
                    s.setString(6, store.audit().operator());
                    s.setObject(7, OffsetDateTime.now());
                    s.executeUpdate();
                    store.audit().record(c, "report.submit", p.id() + " " + r.duty() + " " + due, r.state().code(),
                            "sent on " + sentOn + (note == null ? "" : " (" + note + ")"));
                }
            }
            return null;
        });
        return rounds(store, List.of(p), today, null).stream().filter(r -> r.due().equals(due))
                .filter(r -> hit.stream().anyMatch(h -> h.duty().equals(r.duty()))).toList();
    }

    /** Each step of the plan's drug-free roadmap against the communes recognised by the end of its year (or asOf). */
    static List<vn.pcmt.api.report.RoadmapRow> roadmap(Store store, Plan p, LocalDate asOf) throws StoreException {
        List<vn.pcmt.api.report.RoadmapRow> out = new ArrayList<>();
        if (p.locality() == null) {
            return out;
        }
        for (vn.pcmt.api.Roadmap r : p.roadmaps()) {
            if (!r.indicator().equals(Progress.COUNT)) {
                continue;
            }
            for (vn.pcmt.api.RoadmapStep step : r.steps()) {
                LocalDate end = LocalDate.of(step.year(), 12, 31);
                boolean due = !end.isAfter(asOf);
                int recognised = store.units().drugFree(p.locality().name(), due ? end : asOf).size();
                String status = !due ? (asOf.getYear() == step.year() ? "in progress" : "later")
                        : recognised >= step.value() ? "achieved" : "off track";
                out.add(new vn.pcmt.api.report.RoadmapRow(step.year(), step.value(), r.of(), recognised, due, status,
                        due && recognised < step.value() ? (int) (step.value() - recognised) : 0));
            }
        }
        return out;
    }
}
