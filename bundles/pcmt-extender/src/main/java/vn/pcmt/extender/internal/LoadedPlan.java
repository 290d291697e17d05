package vn.pcmt.extender.internal;

import java.util.List;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.AssignmentService;
import vn.pcmt.api.Finding;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.IndicatorService;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.Target;

/** One loaded plan, offered as its plan, indicator and assignment services. */
record LoadedPlan(Plan plan, String origin, List<String> sourceLines, List<Finding> findings)
        implements PlanService, IndicatorService, AssignmentService {

    LoadedPlan {
        sourceLines = List.copyOf(sourceLines);
        findings = List.copyOf(findings);
    }

    @Override
    public List<Indicator> indicators() {
        return plan.indicators();
    }

    @Override
    public List<Target> targets() {
        return plan.targets();
    }

    @Override
    public List<Roadmap> roadmaps() {
        return plan.roadmaps();
    }

    @Override
    public List<Agency> agencies() {
        return plan.agencies();
    }

    @Override
    public List<Assignment> assignments() {
        return plan.assignments();
    }

    @Override
    public List<ReportingDuty> reportingDuties() {
        return plan.reportingDuties();
    }
}
