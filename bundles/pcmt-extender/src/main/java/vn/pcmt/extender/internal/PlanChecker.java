package vn.pcmt.extender.internal;

import java.util.ArrayList;
import java.util.List;
import vn.pcmt.api.Finding;
import vn.pcmt.api.Plan;

/** {@code plan:check}: findings about a plan that validation lets through. Errors refuse the plan. */
final class PlanChecker {
    private PlanChecker() {}

    static List<Finding> check(Plan plan, List<String> lines) {
        List<Finding> out = new ArrayList<>();
        return out;
    }
}
