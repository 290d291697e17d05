package vn.pcmt.store.internal;

import vn.pcmt.api.Plan;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;

/** Whether a figure may be recorded against a plan's target: the checks of indicator:record and indicator:import. */
final class FigureCheck {
    /** A checked figure. */
    record Checked(String plan, String target, Period period, double value, String unit, String note) {}

    private FigureCheck() {}

    /** The figure, or an IllegalArgumentException saying what is wrong. */
    static Checked check(Plan p, String targetId, String periodText, String valueText, String unit, String note) {
        Target t = p.target(targetId).orElseThrow(() -> new IllegalArgumentException("unknown target \"" + targetId
                + "\" in plan " + p.id() + " (see indicator:list --plan " + p.id() + ")"));
        Period period = Period.parse(periodText);
        if (period == null) {
            throw new IllegalArgumentException("period \"" + periodText + "\" is not a year (2026) or half-year (2026-H1)");
        }
        if (period.start().getYear() < p.period().from() || period.end().getYear() > p.period().to()) {
            throw new IllegalArgumentException("period " + period.code() + " is outside the plan's span " + p.period());
        }
        double value;
        try {
            value = Double.parseDouble(valueText.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("value \"" + valueText + "\" is not a number");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value \"" + valueText + "\" is not a number");
        }
        if (value < 0 && t.unit() != TargetUnit.PERCENT_PER_YEAR) {
            throw new IllegalArgumentException("value " + valueText + " is negative; a count or share cannot be");
        }
        if (t.unit() == TargetUnit.PERCENT && value > 100) {
            throw new IllegalArgumentException("value " + valueText + " is a share above 100 %");
        }
        return new Checked(p.id(), t.id(), period, value, unit == null ? "" : unit, note);
    }
}
