package vn.pcmt.extender.internal;

import static vn.pcmt.extender.internal.ReadContext.fmt;

import java.util.List;
import vn.pcmt.api.Baseline;
import vn.pcmt.api.Comparator;
import vn.pcmt.api.Deadline;
import vn.pcmt.api.Frequency;
import vn.pcmt.api.Measure;
import vn.pcmt.api.Ref;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Scope;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.ReadContext.Invalid;

/**
 * Reads a plan's targets (what is to be reached, by when, measured how) and roadmaps (a target's steps year by
 * year). Values are checked against their unit and their whole, deadlines and steps against the plan period.
 */
final class TargetReader {
    private final ReadContext cx;

    TargetReader(ReadContext cx) {
        this.cx = cx;
    }

    Target target(Node n) {
        int before = cx.problemCount();
        Fields f = cx.fields(n, "id", "section", "line", "areas", "indicator", "text", "normalized", "comparator",
                "value", "valueMax", "unit", "measure", "of", "scope", "deadline", "recurrence", "baseline", "draft");
        cx.draftMeta(f);
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String indicator = f.str("indicator", true);
        if (indicator != null && !cx.indicatorIds.contains(indicator)) {
            cx.problem(f.node("indicator"), "unknown indicator \"" + indicator + "\"; declare it in /indicators");
        }
        String text = f.quote("text", line, true);
        Comparator cmp = f.code("comparator", Comparator::ofCode, true);
        TargetUnit unit = f.code("unit", TargetUnit::ofCode, true);
        Measure measure = f.code("measure", Measure::ofCode, false);
        Double value = f.number("value", false);
        Double max = f.number("valueMax", false);
        Integer of = f.integer("of", false);
        if (cmp == Comparator.NONE && value != null) {
            cx.problem(f.node("value"), "a zero-tolerance target (comparator none) has no value");
        } else if (cmp != null && cmp != Comparator.NONE && value == null && f.node("value") == null) {
            cx.problem(n, "missing required field \"value\" for comparator " + cmp.code());
        }
        if ((cmp == Comparator.BETWEEN) != (max != null) && cmp != null) {
            cx.problem(max != null ? f.node("valueMax") : n,
                    max != null ? "valueMax goes only with comparator between" : "comparator between needs valueMax");
        }
        if (value != null && value < 0) {
            cx.problem(f.node("value"), "a target value cannot be negative (" + fmt(value) + ")");
        }
        if (unit == TargetUnit.PERCENT && value != null && value > 100) {
            cx.problem(f.node("value"), "a percentage target cannot exceed 100 (" + fmt(value) + ")");
        }
        if (unit == TargetUnit.PERCENT && max != null && max > 100) {
            cx.problem(f.node("valueMax"), "a percentage target cannot exceed 100 (" + fmt(max) + ")");
        }
        if (value != null && max != null && max < value) {
            cx.problem(f.node("valueMax"), "valueMax " + fmt(max) + " is below value " + fmt(value));
        }
        if (of != null && value != null && value > of) {
            cx.problem(f.node("value"), "count " + fmt(value) + " exceeds its whole (of " + of + ")");
        }
        Scope scope = f.objOrNull("scope", s -> {
            Fields sf = cx.fields(s, "text", "unitKind", "denominator");
            return new Scope(sf.str("text", true), sf.str("unitKind", false), sf.integer("denominator", false));
        }, false);
        Deadline deadline = f.objOrNull("deadline", d -> {
            Fields df = cx.fields(d, "year", "implied");
            Integer year = df.year("year", true);
            Boolean implied = df.bool("implied");
            if (year != null && cx.period != null && !cx.period.contains(year)) {
                cx.problem(df.node("year"), "deadline " + year + " is outside the plan period " + cx.period);
            }
            return year == null ? null : new Deadline(year, implied != null && implied);
        }, false);
        Frequency rec = f.code("recurrence", Frequency::ofCode, false);
        Baseline baseline = f.objOrNull("baseline", b -> {
            Fields bf = cx.fields(b, "stated", "value", "year", "text");
            Boolean stated = bf.bool("stated");
            if (stated == null) {
                cx.problem(b, "missing required field \"stated\"");
            }
            Double bv = bf.number("value", false);
            Integer by = bf.integer("year", false);
            if (Boolean.TRUE.equals(stated) && bv == null) {
                cx.problem(b, "a stated baseline needs a value");
            }
            return new Baseline(stated != null && stated, bv, by, bf.str("text", false));
        }, false);
        if (cx.problemCount() > before) {
            throw new Invalid();
        }
        return new Target(id, new Ref(section, line), f.areas(), indicator, text, f.str("normalized", false), cmp,
                value, max, unit, measure == null ? Measure.LEVEL : measure, of, scope, deadline, rec, baseline);
    }

    Roadmap roadmap(Node n) {
        Fields f = cx.fields(n, "id", "section", "line", "indicator", "of", "steps", "areas", "draft");
        cx.draftMeta(f);
        String id = f.itemId();
        String section = f.sectionRef(true);
        int roadmapLine = f.node("line") == null ? 0 : f.line(false);
        String indicator = f.str("indicator", true);
        if (indicator != null && !cx.indicatorIds.contains(indicator)) {
            cx.problem(f.node("indicator"), "unknown indicator \"" + indicator + "\"; declare it in /indicators");
        }
        Integer of = f.integer("of", false);
        List<RoadmapStep> steps = f.list("steps", true, s -> {
            Fields sf = cx.fields(s, "year", "line", "text", "value", "minNew", "statedShare");
            Integer year = sf.year("year", true);
            if (year != null && cx.period != null && !cx.period.contains(year)) {
                cx.problem(sf.node("year"), "roadmap year " + year + " is outside the plan period " + cx.period);
            }
            int line = sf.line(true);
            String text = sf.quote("text", line, false);
            Double value = sf.number("value", true);
            if (value != null && of != null && value > of) {
                cx.problem(sf.node("value"), "step value " + fmt(value) + " exceeds the whole (of " + of + ")");
            }
            return new RoadmapStep(year == null ? 0 : year, line, text, value == null ? 0 : value,
                    sf.integer("minNew", false), sf.str("statedShare", false));
        });
        return new Roadmap(id, section, roadmapLine, indicator, of, steps);
    }
}
