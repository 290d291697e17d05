package vn.pcmt.extender.internal;

import java.util.List;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.AssignmentService;
import vn.pcmt.api.Finding;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.IndicatorService;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.Target;

/**
 * One loaded plan, offered as its plan, indicator and assignment services. Its content is either at hand (read and
 * checked just now) or read the first time something asks for more than its summary: a plan bundle that passed
 * the checks at an earlier start ({@link CheckRecords}) is registered from its summary alone, so a start that
 * only lists plans reads none of them.
 */
final class LoadedPlan implements PlanService, IndicatorService, AssignmentService {

    /** What reading and checking a plan gives. */
    record Content(Plan plan, List<String> sourceLines, List<Finding> findings) {
        Content {
            sourceLines = List.copyOf(sourceLines);
            findings = List.copyOf(findings);
        }

        int warnings() {
            return (int) findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        }
    }

    /** Reads and checks the plan again. */
    interface Source {
        Content read() throws PlanException;
    }

    private final PlanSummary summary;
    private final String origin;
    private final Source source;
    private volatile Content content;

    private LoadedPlan(PlanSummary summary, String origin, Source source, Content content) {
        this.summary = summary;
        this.origin = origin;
        this.source = source;
        this.content = content;
    }

    /** A plan read and checked just now. */
    static LoadedPlan of(Content content, String origin) {
        return new LoadedPlan(PlanSummary.of(content.plan(), content.warnings()), origin, null, content);
    }

    /** A plan known by the summary of an earlier check, read from {@code source} when first needed. */
    static LoadedPlan later(PlanSummary summary, String origin, Source source) {
        return new LoadedPlan(summary, origin, source, null);
    }

    /** Whether the whole plan has been read (false for a plan registered from its summary and not used yet). */
    boolean isRead() {
        return content != null;
    }

    Content content() {
        Content c = content;
        if (c == null) {
            synchronized (this) {
                c = content;
                if (c == null) {
                    try {
                        c = source.read();
                    } catch (PlanException e) {
                        // the plan passed these checks before and its bundle has not changed since: its file is gone
                        throw new IllegalStateException("plan " + summary.id() + " (" + origin + ") passed its checks"
                                + " at an earlier start but cannot be read now:\n" + e.getMessage(), e);
                    }
                    if (!c.plan().id().equals(summary.id())) {
                        throw new IllegalStateException("plan " + summary.id() + " (" + origin + ") now reads as plan "
                                + c.plan().id() + "; restart with --clean");
                    }
                    content = c;
                }
            }
        }
        return c;
    }

    @Override
    public PlanSummary summary() {
        return summary;
    }

    @Override
    public Plan plan() {
        return content().plan();
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public List<String> sourceLines() {
        return content().sourceLines();
    }

    @Override
    public List<Finding> findings() {
        return content().findings();
    }

    @Override
    public List<Indicator> indicators() {
        return plan().indicators();
    }

    @Override
    public List<Target> targets() {
        return plan().targets();
    }

    @Override
    public List<Roadmap> roadmaps() {
        return plan().roadmaps();
    }

    @Override
    public List<Agency> agencies() {
        return plan().agencies();
    }

    @Override
    public List<Assignment> assignments() {
        return plan().assignments();
    }

    @Override
    public List<ReportingDuty> reportingDuties() {
        return plan().reportingDuties();
    }

    @Override
    public String toString() {
        return "plan " + summary.id() + " (" + origin + (isRead() ? "" : ", not read yet") + ")";
    }
}
