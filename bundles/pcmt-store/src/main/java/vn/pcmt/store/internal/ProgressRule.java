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

/**
 * The status of a target as of a day (README, "Progress rule"): no data without an actual; achieved when the actual
 * meets the target; off track when its deadline has passed unmet; otherwise against what is expected by then (the
 * roadmap step due, or the target when its year is over): at least 85 % of it on track, at least 50 % at risk, less
 * off track (TolaData's ±15 %); with nothing due yet, on track.
 */
final class ProgressRule {
    static final double ON_TRACK = 0.85;
    static final double AT_RISK = 0.50;

    private ProgressRule() {}

    /** The actual of a target, and where it came from. */
    record Actual(Double value, String from) {}

    static TargetProgress evaluate(Plan p, Target t, LocalDate asOf, Actual actual) {
        Double baseline = t.baseline() != null && t.baseline().stated() ? t.baseline().value() : null;
        double goal = t.comparator() == Comparator.NONE ? 0 : t.value();
        Double expected = null;
        String expectedFrom = null;
        Optional<RoadmapStep> step = roadmapStep(p, t, asOf);
        boolean deadlinePassed = t.deadline() != null && LocalDate.of(t.deadline().year(), 12, 31).isBefore(asOf);
        if (step.isPresent()) {
            Roadmap r = roadmapFor(p, t).orElseThrow();
            expected = t.unit() == TargetUnit.PERCENT && r.of() != null ? 100.0 * step.get().value() / r.of()
                    : step.get().value();
            expectedFrom = "roadmap " + step.get().year();
        } else if (deadlinePassed) {
            expected = goal;
            expectedFrom = "target, due " + t.deadline().year();
        }
        if (actual.value() == null) {
            return new TargetProgress(t, baseline, expected, expectedFrom, null, null, null, "no data");
        }
        double a = actual.value();
        Double reached = reached(t, goal, a);
        String status;
        if (met(t, goal, a)) {
            status = "achieved";
        } else if (deadlinePassed) {
            status = "off track";
        } else if (expected != null && expected > 0) {
            double ratio = lowerIsBetter(t) ? expected / Math.max(a, 1e-9) : a / expected;
            status = ratio >= ON_TRACK ? "on track" : ratio >= AT_RISK ? "at risk" : "off track";
        } else {
            status = "on track";
        }
        return new TargetProgress(t, baseline, expected, expectedFrom, a, actual.from(), reached, status);
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
     * The actual from figures: the latest period ended by {@code asOf}; the province-level figure when there is one,
     * else the units' figures summed (counts) or averaged (shares).
     */
    static Actual fromFigures(Target t, List<Database.Aggregate> aggregates, LocalDate asOf) {
        Database.Aggregate best = null;
        Period bestPeriod = null;
        for (Database.Aggregate a : aggregates) {
            Period pe = a.at();
            if (!a.target().equals(t.id()) || pe.end().isAfter(asOf)) {
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
            return new Actual(best.own(), "figure " + best.period());
        }
        boolean share = t.unit() != TargetUnit.COUNT;
        return new Actual(share ? best.mean() : best.sum(), best.units() + " units' figures " + best.period()
                + (share ? " (mean)" : " (sum)"));
    }
}
