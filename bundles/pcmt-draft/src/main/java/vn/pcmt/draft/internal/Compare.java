package vn.pcmt.draft.internal;

import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.Target;

/**
 * The draft against the plans already loaded for its province: every indicator and year where the draft sets a
 * different value or comparator (a later plan raising a target is common, and worth a reviewer's eye).
 */
final class Compare {
    private Compare() {}

    static void withLoaded(Draft d, PlanRegistry registry) {
        if (d.localityName == null) {
            return;
        }
        String place = Fold.fold(d.localityName);
        for (PlanService ps : registry.plans()) {
            String loc = ps.summary().locality();
            if (loc == null || !Fold.fold(loc).equals(place) || ps.summary().id().equals(d.id)) {
                continue;
            }
            Plan p = ps.plan();
            for (Draft.Target t : d.targets) {
                Target differs = null;
                boolean same = false;
                for (Target o : p.targets()) {
                    if (!o.indicator().equals(t.indicator()) || t.indicator().startsWith("chi-tieu-")
                            || !java.util.Objects.equals(o.deadline() == null ? null : o.deadline().year(), t.year())
                            || !o.unit().code().equals(t.unit())) {
                        continue;
                    }
                    if (java.util.Objects.equals(o.value(), t.value()) && o.comparator().code().equals(t.comparator())) {
                        same = true;
                    } else if (differs == null) {
                        differs = o;
                    }
                }
                if (!same && differs != null) {
                    d.differences.add(new Draft.Difference(p.id(), t.indicator(), t.year(), differs.formatted(),
                            formatted(t), t.id()));
                }
            }
        }
    }

    static String formatted(Draft.Target t) {
        String sym = switch (t.comparator()) {
            case "at-least" -> "≥ ";
            case "more-than" -> "> ";
            case "at-most" -> "≤ ";
            case "less-than" -> "< ";
            case "none" -> "không phát sinh";
            default -> "";
        };
        if (t.value() == null) {
            return sym;
        }
        double v = t.value();
        String n = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        return sym + n + (t.unit().startsWith("percent") ? "%" : "");
    }
}
