package vn.pcmt.api;

import java.util.List;
import java.util.Objects;
import vn.pcmt.api.text.Numbers;

/**
 * A quantitative target as the document states it.
 *
 * @param text       the phrase that states it, quoted exactly
 * @param value      null for {@link Comparator#NONE}; the lower bound for {@link Comparator#BETWEEN}
 * @param valueMax   the upper bound for {@link Comparator#BETWEEN}, else null
 * @param of         for a count of a whole, the denominator as printed (28/104), else null
 * @param deadline   null for a target with no date
 * @param recurrence "yearly" etc. for a target repeated every period, else null
 * @param baseline   null when the target is not relative to one
 */
public record Target(
        String id,
        Ref ref,
        List<String> areas,
        String indicator,
        String text,
        String normalized,
        Comparator comparator,
        Double value,
        Double valueMax,
        TargetUnit unit,
        Measure measure,
        Integer of,
        Scope scope,
        Deadline deadline,
        Frequency recurrence,
        Baseline baseline) {

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        areas = List.copyOf(areas);
        if (comparator == Comparator.NONE && value != null) {
            throw new IllegalArgumentException("a zero-tolerance target has no value");
        }
        if (comparator != Comparator.NONE && value == null) {
            throw new IllegalArgumentException("comparator " + comparator.code() + " needs a value");
        }
        if ((comparator == Comparator.BETWEEN) != (valueMax != null)) {
            throw new IllegalArgumentException("valueMax goes with comparator between, and only with it");
        }
    }

    /** "≥ 50%", "28/104", "10–15%", "0" — the target in a few characters. */
    public String formatted() {
        if (comparator == Comparator.NONE) {
            return "0 (không để phát sinh)";
        }
        String v = Numbers.format(value);
        if (comparator == Comparator.BETWEEN) {
            return v + "–" + Numbers.format(valueMax) + unit.suffix();
        }
        String sign = measure == Measure.INCREASE ? "+" : measure == Measure.DECREASE ? "−" : "";
        String whole = of != null ? "/" + of : "";
        return comparator.symbol() + " " + sign + v + whole + unit.suffix();
    }
}
