package vn.pcmt.store.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.pcmt.api.Plan;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;

/** Whether a figure may be recorded against a plan's target: the checks of indicator:record and indicator:import. */
final class FigureCheck {
    /** A checked figure. */
    record Checked(String plan, String target, Period period, double value, String unit, String note) {}

    /** The longest note a figure keeps (the column fig.note, V4__integer_figure_keys.sql). */
    static final int MAX_NOTE = 2000;

    private FigureCheck() {}

    /** The figure, or an IllegalArgumentException saying what is wrong. */
    static Checked check(Plan p, String targetId, String periodText, String valueText, String unit, String note) {
        return check(p, targetId, periodText, valueText, unit, note, null);
    }

    /** The same, and a period that starts after {@code today} (when not null) is refused. */
    static Checked check(Plan p, String targetId, String periodText, String valueText, String unit, String note,
            java.time.LocalDate today) {
        Target t = p.target(targetId).orElseThrow(() -> unknownTarget(p, targetId));
        return checkResolved(p, t, Period.parse(periodText), periodText, valueText, unit, note, today);
    }

    /** Indicators computed from recognitions (unit:recognize), never typed. */
    static final java.util.Set<String> FROM_RECOGNITIONS = java.util.Set.of(Progress.COUNT, Progress.SHARE);

    private static IllegalArgumentException unknownTarget(Plan p, String targetId) {
        return new IllegalArgumentException(Words.t("figure.unknownTarget", targetId, p.id()));
    }

    private static Checked checkResolved(Plan p, Target t, Period period, String periodText, String valueText, String unit,
            String note, java.time.LocalDate today) {
        if (FROM_RECOGNITIONS.contains(t.indicator())) {
            throw new IllegalArgumentException(Words.t("figure.fromRecognitions", t.id(), t.indicator()));
        }
        if (period == null) {
            throw new IllegalArgumentException(Words.t("figure.badPeriod", periodText));
        }
        if (period.start().getYear() < p.period().from() || period.end().getYear() > p.period().to()) {
            throw new IllegalArgumentException(Words.t("figure.outsidePlan", period.code(), p.period()));
        }
        if (today != null && period.start().isAfter(today)) {
            throw new IllegalArgumentException(Words.t("figure.futurePeriod", period.code(), today));
        }
        double value = StrictNumber.parse(valueText, t.unit());
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException(Words.t("figure.longNote", note.length(), MAX_NOTE));
        }
        if (t.unit() == TargetUnit.COUNT && value != Math.rint(value)) {
            throw new IllegalArgumentException(Words.t("figure.notWhole", valueText, t.id()));
        }
        return new Checked(p.id(), t.id(), period, value, unit == null ? "" : unit, note);
    }

    /**
     * The same checks for the many rows of an import, with plans, targets and periods looked up once each rather
     * than once a row.
     */
    static final class Batch {
        private final Function<String, Optional<Plan>> plans;
        private final Map<String, Plan> planCache = new HashMap<>();
        private final Map<String, Map<String, Target>> targets = new HashMap<>();
        private final Map<String, Period> periods = new HashMap<>();
        private final java.time.LocalDate today;

        Batch(Function<String, Optional<Plan>> plans) {
            this(plans, null);
        }

        Batch(Function<String, Optional<Plan>> plans, java.time.LocalDate today) {
            this.plans = plans;
            this.today = today;
        }

        /** The previous row's plan, target and period: a figures file runs in blocks of them, so most rows reuse it. */
        private String lastPlan;
        private String lastTarget;
        private String lastPeriodText;
        private Plan lastP;
        private Target lastT;
        private Period lastPeriod;

        Checked check(String planId, String targetId, String periodText, String valueText, String unit, String note) {
            Plan p;
            Target t;
            if (planId != null && planId.equals(lastPlan) && targetId != null && targetId.equals(lastTarget)) {
                p = lastP;
                t = lastT;
            } else {
                p = planCache.get(planId);
                if (p == null) {
                    p = plans.apply(planId).orElseThrow(() -> new IllegalArgumentException(Words.t("figure.unknownPlan",
                            planId)));
                    planCache.put(planId, p);
                }
                Plan plan = p;
                Map<String, Target> byId = targets.computeIfAbsent(planId, x -> {
                    Map<String, Target> m = new HashMap<>();
                    plan.targets().forEach(tt -> m.put(tt.id(), tt));
                    return m;
                });
                t = targetId == null ? null : byId.get(targetId);
                if (t == null) {
                    throw unknownTarget(p, targetId);
                }
                lastPlan = planId;
                lastTarget = targetId;
                lastP = p;
                lastT = t;
            }
            Period period;
            if (periodText != null && periodText.equals(lastPeriodText)) {
                period = lastPeriod;
            } else {
                period = periodText == null ? null : periods.get(periodText);
                if (period == null) {
                    period = Period.parse(periodText);
                    if (period != null) {
                        periods.put(periodText, period);
                    }
                }
                lastPeriodText = period == null ? null : periodText;
                lastPeriod = period;
            }
            return checkResolved(p, t, period, periodText, valueText, unit, note, today);
        }
    }
}
