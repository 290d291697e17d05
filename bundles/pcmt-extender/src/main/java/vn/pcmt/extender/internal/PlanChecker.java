package vn.pcmt.extender.internal;

import java.util.ArrayList;
import java.util.List;
import vn.pcmt.api.Finding;
import vn.pcmt.api.Plan;

/**
 * The hook for {@code plan:check} (issue 3): findings about a plan that validation lets through; ERROR findings
 * refuse the plan, warnings are shown by plan:show. Called on every load. It has no checks yet: the structural
 * validation (references, ranges, periods, quotes) lives in PlanReader; the document-level findings of issue 3
 * (percentages against counts, repeated labels, district mentions after 1/7/2025, …) are still to be written.
 */
final class PlanChecker {
    private PlanChecker() {}

    static List<Finding> check(Plan plan, List<String> lines) {
        List<Finding> out = new ArrayList<>();
        return out;
    }
}
