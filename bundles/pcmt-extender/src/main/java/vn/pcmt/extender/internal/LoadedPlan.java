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
import vn.pcmt.api.Problem;
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

        /** Checks a parsed plan read from {@code where}; ERROR findings refuse it. */
        static Content check(PlanCodec.Parsed parsed, String where) throws PlanException {
            Limits.checkItems(parsed.plan(), where);
            List<Finding> findings = PlanChecker.check(parsed.plan(), parsed.lines());
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new PlanException(errors.stream()
                        .map(f -> new Problem(where, f.line(), 0, f.ref(), f.code() + ": " + f.message())).toList());
            }
            return new Content(parsed.plan(), parsed.lines(), findings);
        }
    }

    /** Reads and checks the plan again. */
    interface Source {
        Content read() throws PlanException;
    }

    /** Told when a plan registered from its record cannot be read after all (to withdraw it). */
    interface Unreadable {
        void withdraw(LoadedPlan plan, String why);
    }

    private final PlanSummary summary;
    private final String origin;
    private final Source source;
    private final Unreadable unreadable;
    private volatile Content content;

    private LoadedPlan(PlanSummary summary, String origin, Source source, Unreadable unreadable, Content content) {
        this.summary = summary;
        this.origin = origin;
        this.source = source;
        this.unreadable = unreadable;
        this.content = content;
    }

    /** A plan read and checked just now. */
    static LoadedPlan of(Content content, String origin) {
        return new LoadedPlan(PlanSummary.of(content.plan(), content.findings()), origin, null, null, content);
    }

    /**
     * A plan known by the summary of an earlier check, read from {@code source} when first needed; if it cannot be
     * read or fails its checks then, {@code unreadable} withdraws it, so that it fails once and the other plans go on.
     */
    static LoadedPlan later(PlanSummary summary, String origin, Source source, Unreadable unreadable) {
        return new LoadedPlan(summary, origin, source, unreadable, null);
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
                    String why = null;
                    try {
                        c = source.read();
                        if (!c.plan().id().equals(summary.id())) {
                            why = "it now reads as plan " + c.plan().id();
                        }
                    } catch (PlanException e) {
                        // it passed these checks before and looks unchanged: changed in place, or its file is gone
                        why = e.getMessage();
                    }
                    if (why != null) {
                        String message = "plan " + summary.id() + " (" + origin + ") passed its checks at an earlier"
                                + " start but cannot be read now, and is unloaded:\n" + why;
                        if (unreadable != null) {
                            unreadable.withdraw(this, message);
                        }
                        throw new IllegalStateException(message);
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
