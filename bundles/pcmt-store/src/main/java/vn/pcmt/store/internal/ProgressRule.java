package vn.pcmt.store.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.pcmt.api.Comparator;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;
import vn.pcmt.api.report.ProgressStatus;

/**
 * The status of a target as of a day (docs/progress.md): no data without an actual; a zero target breached by any
 * actual above zero; a share over units with fewer units imported than its denominator incomplete, never achieved;
 * achieved when the actual meets the target; off track when it is due (its year, or the plan's last year for a
 * target with no year) and unmet; otherwise against what is expected by then (the roadmap step due, else the target
 * scaled by the time elapsed from the plan's issue to the end of its due year): at least 85 % of it on track, at
 * least 50 % at risk, less off track (TolaData's ±15 %).
 */
final class ProgressRule {
    static final double ON_TRACK = 0.85;
    static final double AT_RISK = 0.50;

    private ProgressRule() {}

    /**
     * The actual of a target, and where it came from; {@code incomplete} says why it cannot be judged achieved
     * ("3 of 99 communes imported"), else null.
     */
    record Actual(Double value, String from, String incomplete) {
        Actual(Double value, String from) {
            this(value, from, null);
        }
    }

    /** The year a target is due: its own, else the last year of the plan's period. */
    static int dueYear(Plan p, Target t) {
        return t.deadline() != null ? t.deadline().year() : p.period().to();
    }

    /**
     * The share of the time from the plan's issue (its document date, else 1 January of its first year) to the end
     * of the target's due year that has passed by {@code asOf}, between 0 and 1.
     */
    static double elapsed(Plan p, Target t, LocalDate asOf) {
        LocalDate start = p.documentDate() != null ? p.documentDate() : LocalDate.of(p.period().from(), 1, 1);
        LocalDate end = LocalDate.of(dueYear(p, t), 12, 31);
        long whole = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        if (whole <= 0) {
            return 1;
        }
        long done = java.time.temporal.ChronoUnit.DAYS.between(start, asOf);
        return Math.max(0, Math.min(1, (double) done / whole));
    }

    /** Whether the time-elapsed rule applies: a level to reach upward, not a ceiling, a rate or a repeated target. */
    static boolean scalesWithTime(Target t) {
        return t.measure() == vn.pcmt.api.Measure.LEVEL && t.recurrence() == null
                && (t.unit() == TargetUnit.PERCENT || t.unit() == TargetUnit.COUNT)
                && (t.comparator() == Comparator.AT_LEAST || t.comparator() == Comparator.MORE_THAN
                        || t.comparator() == Comparator.EQUAL);
    }

    static TargetProgress evaluate(Plan p, Target t, LocalDate asOf, Actual actual) {
        Double baseline = t.baseline() != null && t.baseline().stated() ? t.baseline().value() : null;
        double goal = t.comparator() == Comparator.NONE ? 0 : t.value();
        Double expected = null;
        String expectedFrom = null;
        Optional<RoadmapStep> step = roadmapStep(p, t, asOf);
        int dueYear = dueYear(p, t);
        boolean deadlinePassed = LocalDate.of(dueYear, 12, 31).isBefore(asOf);
        if (step.isPresent()) {
            Roadmap r = roadmapFor(p, t).orElseThrow();
            expected = t.unit() == TargetUnit.PERCENT && r.of() != null ? 100.0 * step.get().value() / r.of()
                    : step.get().value();
            expectedFrom = Words.t("progress.fromRoadmap", step.get().year());
        } else if (deadlinePassed) {
            expected = goal;
            expectedFrom = Words.t("progress.fromTarget", dueYear);
        } else if (scalesWithTime(t)) {
            double from = baseline != null && t.unit() == TargetUnit.PERCENT ? baseline : 0;
            double share = elapsed(p, t, asOf);
            expected = from + (goal - from) * share;
            expectedFrom = Words.t(t.deadline() == null ? "progress.fromTimePlanEnd" : "progress.fromTime",
                    Math.round(100 * share), dueYear);
        }
        if (actual.value() == null) {
            return new TargetProgress(t, baseline, expected, expectedFrom, null, null, null,
                    ProgressStatus.NO_DATA.code(), actual.incomplete());
        }
        double a = actual.value();
        Double reached = reached(t, goal, a);
        ProgressStatus status;
        String note = actual.incomplete();
        if (t.comparator() == Comparator.NONE && a > 0) {
            status = ProgressStatus.BREACHED;
            note = Words.t("progress.againstZero", vn.pcmt.api.text.Numbers.format(a));
        } else if (actual.incomplete() != null) {
            status = ProgressStatus.INCOMPLETE;
        } else if (met(t, goal, a)) {
            status = ProgressStatus.ACHIEVED;
        } else if (deadlinePassed) {
            status = ProgressStatus.OFF_TRACK;
            note = Words.t("progress.dueNotMet", dueYear);
        } else if (expected != null && expected > 0) {
            double ratio = lowerIsBetter(t) ? expected / Math.max(a, 1e-9) : a / expected;
            status = ratio >= ON_TRACK ? ProgressStatus.ON_TRACK : ratio >= AT_RISK ? ProgressStatus.AT_RISK
                    : ProgressStatus.OFF_TRACK;
        } else {
            status = lowerIsBetter(t) && !met(t, goal, a) ? ProgressStatus.AT_RISK : ProgressStatus.ON_TRACK;
        }
        return new TargetProgress(t, baseline, expected, expectedFrom, a, actual.from(), reached, status.code(), note);
    }

    static boolean lowerIsBetter(Target t) {
        return t.comparator() == Comparator.AT_MOST || t.comparator() == Comparator.LESS_THAN
                || t.comparator() == Comparator.NONE;
    }

    static boolean met(Target t, double goal, double a) {
        return switch (t.comparator()) {
            case AT_LEAST -> a >= goal;
            case MORE_THAN -> a > goal;
            case AT_MOST -> a <= goal;
            case LESS_THAN -> a < goal;
            case EQUAL -> t.unit() == TargetUnit.PERCENT || t.unit() == TargetUnit.COUNT ? a >= goal : a == goal;
            case BETWEEN -> a >= goal && a <= t.valueMax();
            case NONE -> a == 0;
        };
    }

    static Double reached(Target t, double goal, double a) {
        if (t.comparator() == Comparator.NONE) {
            return a == 0 ? 100.0 : 0.0;
        }
        if (lowerIsBetter(t)) {
            return a <= goal ? 100.0 : 100.0 * goal / a;
        }
        return goal == 0 ? null : 100.0 * a / goal;
    }

    /** The roadmap measuring the same thing as the target (its indicator, or the count behind a share). */
    static Optional<Roadmap> roadmapFor(Plan p, Target t) {
        String ind = t.indicator();
        String count = ind.endsWith("-share") ? ind.substring(0, ind.length() - "-share".length()) + "-count" : ind;
        return p.roadmaps().stream().filter(r -> r.indicator().equals(ind) || r.indicator().equals(count)).findFirst();
    }

    /** The latest roadmap step whose year has ended by {@code asOf}. */
    static Optional<RoadmapStep> roadmapStep(Plan p, Target t, LocalDate asOf) {
        return roadmapFor(p, t).flatMap(r -> r.steps().stream()
                .filter(s -> !LocalDate.of(s.year(), 12, 31).isAfter(asOf))
                .filter(s -> t.deadline() == null || s.year() <= t.deadline().year())
                .reduce((x, y) -> y));
    }

    /**
     * The actual from figures: the latest period begun by {@code asOf}; the province-level figure when there is one,
     * else the units' figures summed (counts) or averaged (shares).
     */
    static Actual fromFigures(Target t, List<Figures.Aggregate> aggregates, LocalDate asOf) {
        Figures.Aggregate best = null;
        Period bestPeriod = null;
        for (Figures.Aggregate a : aggregates) {
            Period pe = a.at();
            // a period begun by the day counts (a figure to date): future periods are refused when recorded
            if (!a.target().equals(t.id()) || pe.start().isAfter(asOf) || a.own() == null && a.units() == 0) {
                continue;
            }
            if (bestPeriod == null || pe.end().isAfter(bestPeriod.end())
                    || (pe.end().equals(bestPeriod.end()) && a.own() != null && best.own() == null)) {
                best = a;
                bestPeriod = pe;
            }
        }
        if (best == null) {
            return new Actual(null, null);
        }
        if (best.own() != null) {
            return new Actual(best.own(), Words.t("progress.figure", best.period()));
        }
        boolean share = t.unit() != TargetUnit.COUNT;
        return new Actual(share ? best.mean() : best.sum(), Words.t(share ? "progress.unitsMean" : "progress.unitsSum",
                best.units(), best.period()));
    }
}
