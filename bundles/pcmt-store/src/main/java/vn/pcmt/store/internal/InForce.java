package vn.pcmt.store.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.pcmt.api.Plan;
import vn.pcmt.api.Target;
import vn.pcmt.api.text.Text;

/**
 * Targets in force across plans: when two loaded plans of the same locality set the same indicator for the same
 * year (a later document raises or lowers it), the later document's value is the one in force; the earlier is shown
 * beside it. "Later" is the later document date; a plan without a date is taken as the earlier.
 */
final class InForce {
    private InForce() {}

    /** The same target in another plan of the same locality, and whether that plan's document is the later. */
    record Other(Plan plan, Target target, boolean later) {}

    static List<Other> others(Plan p, Target t, List<Plan> all) {
        if (p.locality() == null || t.deadline() == null || t.comparator() == vn.pcmt.api.Comparator.NONE) {
            return List.of();
        }
        String place = Text.fold(p.locality().name());
        List<Other> out = new java.util.ArrayList<>();
        for (Plan o : all) {
            if (o.id().equals(p.id()) || o.locality() == null || !Text.fold(o.locality().name()).equals(place)) {
                continue;
            }
            List<Target> same = o.targets().stream().filter(x -> x.indicator().equals(t.indicator())
                    && x.deadline() != null && x.deadline().year() == t.deadline().year() && x.unit() == t.unit())
                    .toList();
            // the same item of a revised document when it has one (same id), else every target of the indicator
            List<Target> byId = same.stream().filter(x -> x.id().equals(t.id())).toList();
            (byId.isEmpty() ? same : byId).forEach(x -> out.add(new Other(o, x, later(o, p))));
        }
        return out;
    }

    static boolean later(Plan a, Plan b) {
        LocalDate da = a.documentDate();
        LocalDate db = b.documentDate();
        return da != null && (db == null || da.isAfter(db));
    }

    /** Whether two targets set different goals. */
    static boolean differ(Target a, Target b) {
        return a.comparator() != b.comparator() || !java.util.Objects.equals(a.value(), b.value())
                || !java.util.Objects.equals(a.valueMax(), b.valueMax());
    }

    /** The target as in force: the latest document's goal on this plan's target, when a later plan changes it. */
    static Optional<Other> superseding(List<Other> others, Target t) {
        return others.stream().filter(Other::later).filter(o -> differ(o.target(), t))
                .reduce((x, y) -> later(y.plan(), x.plan()) ? y : x);
    }

    static Target withGoalOf(Target t, Target goal) {
        return new Target(t.id(), t.ref(), t.areas(), t.indicator(), t.text(), t.normalized(), goal.comparator(),
                goal.value(), goal.valueMax(), goal.unit(), t.measure(), goal.of(), t.scope(), t.deadline(),
                t.recurrence(), t.baseline());
    }

    static String describe(Other o) {
        return Words.t(o.plan().documentDate() == null ? "progress.inPlan" : "progress.inPlanDated",
                o.target().formatted(), o.plan().id(), o.plan().documentDate());
    }
}
