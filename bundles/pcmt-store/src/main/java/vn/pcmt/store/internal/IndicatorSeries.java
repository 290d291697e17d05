package vn.pcmt.store.internal;

import java.util.List;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.Target;

/**
 * What indicator:rollup adds up: every loaded plan's target measuring the indicator, as (plan, target) pairs, and
 * whether their values are averaged (shares, rates) or summed (counts). Refused when no target measures it, with
 * the indicators near it, or when counts and shares would be mixed.
 */
record IndicatorSeries(List<String[]> series, boolean mean) {

    static IndicatorSeries of(PlanRegistry registry, String indicator) throws StoreException {
        List<String[]> series = new java.util.ArrayList<>();
        java.util.Set<Boolean> counts = new java.util.TreeSet<>();
        for (vn.pcmt.api.PlanRegistry.InPlan<Target> t : registry.compare(indicator)) {
            series.add(new String[] {t.plan().id(), t.item().id()});
            counts.add(t.item().unit() == vn.pcmt.api.TargetUnit.COUNT);
        }
        if (series.isEmpty()) {
            // by code, or by words of the indicator's name without diacritics ("xa khong ma tuy")
            java.util.Map<String, String> names = new java.util.TreeMap<>();
            registry.plans().forEach(ps -> ps.plan().targets().forEach(t -> names.putIfAbsent(t.indicator(),
                    ps.plan().indicator(t.indicator()).map(vn.pcmt.api.Indicator::name).orElse(""))));
            List<String> words = vn.pcmt.api.text.Text.words(indicator);
            List<String> byName = names.entrySet().stream()
                    .filter(e -> vn.pcmt.api.text.Text.words(e.getValue()).containsAll(words))
                    .map(java.util.Map.Entry::getKey).toList();
            List<String> near = byName.isEmpty() ? vn.pcmt.api.text.Text.closest(indicator, names.keySet()) : byName;
            boolean some = near.size() < names.size();
            throw new StoreException((byName.isEmpty() ? Words.t(some ? "rollup.noneNear" : "rollup.noneAll", indicator)
                    : Words.t("rollup.byName", indicator))
                    + near.stream().map(c -> "\n  " + c + (names.get(c).isEmpty() ? "" : "  " + names.get(c)))
                            .collect(java.util.stream.Collectors.joining()));
        }
        if (counts.size() > 1) {
            throw new StoreException(Words.t("rollup.mixed", indicator));
        }
        return new IndicatorSeries(series, !counts.contains(true));
    }
}
