package vn.pcmt.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.ProgressReport;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.Target;

/**
 * {@code report:progress}: every target of a plan through {@link ProgressRule}, with the drug-free count and share
 * computed from recognitions over the right denominator (docs/progress.md).
 */
final class Progress {
    static final String COUNT = "drug-free-commune-count";
    static final String SHARE = "drug-free-commune-share";

    private Progress() {}

    /** The whole a share of communes is taken over, and where that number comes from. */
    record Whole(int communes, String from) {}

    /**
     * The communes a plan's drug-free share is over: the number its roadmap states (Hưng Yên: 104), else the
     * communes in force in its province on the day (the 2025 arrangement), else the units imported. Never the
     * denominator of another target (Bắc Ninh's "02/02" rehabilitation facilities).
     */
    static Whole whole(Plan p, LocalDate asOf, int imported) {
        for (Roadmap r : p.roadmaps()) {
            if (r.indicator().equals(COUNT) && r.of() != null) {
                return new Whole(r.of(), Words.t("progress.wholeRoadmap", r.section()));
            }
        }
        String province = p.locality() == null ? null : p.locality().name();
        Integer official = Provinces.communes(province, asOf);
        if (official != null) {
            return new Whole(official, Words.t("progress.wholeInForce", province, asOf));
        }
        return new Whole(imported, Words.t("progress.wholeImported"));
    }

    static ProgressReport of(Plan p, Store store, LocalDate asOf) throws StoreException {
        return of(p, store, asOf, List.of(p));
    }

    /**
     * The same, with the other loaded plans: a target that a later plan of the same locality sets differently for
     * the same year is judged against the later value, the plan's own shown beside it (docs/progress.md, "Targets
     * in force").
     */
    static ProgressReport of(Plan p, Store store, LocalDate asOf, List<Plan> all) throws StoreException {
        String province = p.locality() == null ? null : p.locality().name();
        List<Figures.Aggregate> figures = store.figures().aggregates(p.id());
        int units = province == null ? 0 : store.units().count(province, asOf);
        int drugFree = province == null ? 0 : store.units().drugFree(province, asOf).size();
        Whole plansWhole = whole(p, asOf, units);
        List<TargetProgress> out = new ArrayList<>();
        for (Target t : p.targets()) {
            ProgressRule.Actual actual;
            if (t.indicator().equals(COUNT) && units > 0) {
                actual = new ProgressRule.Actual((double) drugFree, Words.t("progress.recognitions", drugFree));
            } else if (t.indicator().equals(SHARE) && units > 0) {
                Whole w = t.scope() != null && t.scope().denominator() != null
                        ? new Whole(t.scope().denominator(), Words.t("progress.wholeStated")) : plansWhole;
                String incomplete = units < w.communes() ? Words.t("progress.partlyImported", units, w.communes()) : null;
                actual = new ProgressRule.Actual(100.0 * drugFree / w.communes(), Words.t("progress.recognitionsOf",
                        drugFree, w.communes(), w.from()), incomplete);
            } else if ((t.indicator().equals(SHARE) || t.indicator().equals(COUNT)) && province != null) {
                actual = new ProgressRule.Actual(null, null, Words.t("progress.noUnits", province));
            } else {
                actual = ProgressRule.fromFigures(t, figures, asOf);
            }
            List<InForce.Other> others = InForce.others(p, t, all);
            java.util.Optional<InForce.Other> later = InForce.superseding(others, t);
            TargetProgress r = ProgressRule.evaluate(p, later.isPresent() ? InForce.withGoalOf(t, later.get().target())
                    : t, asOf, actual);
            String beside = later.isPresent() ? Words.t("progress.inForce", InForce.describe(later.get()), t.formatted())
                    : others.stream().filter(o -> !o.later() && InForce.differ(o.target(), t))
                            .map(o -> Words.t("progress.earlier", InForce.describe(o))).findFirst().orElse(null);
            if (beside != null) {
                r = new TargetProgress(t, r.baseline(), r.expected(), r.expectedFrom(), r.actual(), r.actualFrom(),
                        r.reached(), r.status(), r.note() == null ? beside : r.note() + "; " + beside);
            }
            out.add(r);
        }
        return new ProgressReport(p.id(), asOf, out, units, province == null ? null : plansWhole.communes(),
                province == null ? null : plansWhole.from());
    }
}
