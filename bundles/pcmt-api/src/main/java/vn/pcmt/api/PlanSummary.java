package vn.pcmt.api;

import java.util.List;
import java.util.Objects;

/**
 * What a plan is, in the few facts that list it ({@code plan:list}): known without the whole plan, so that a plan
 * checked at an earlier start is registered from its summary and read again only when something needs more.
 *
 * @param locality the locality's name, or null when the plan names none
 * @param warnings how many WARNING findings {@code plan:check} gave when the plan was checked
 * @param draft    whether the plan is a draft of {@code plan:draft} not yet confirmed (since 1.3)
 */
public record PlanSummary(String id, String title, String issuer, String locality, PlanPeriod period, int sections,
        int targets, int assignments, int warnings, boolean draft) {

    /** The summary of a plan that is not a draft (the form before 1.3). */
    public PlanSummary(String id, String title, String issuer, String locality, PlanPeriod period, int sections,
            int targets, int assignments, int warnings) {
        this(id, title, issuer, locality, period, sections, targets, assignments, warnings, false);
    }

    public PlanSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(period, "period");
    }

    /** The summary of a whole plan, with the WARNING findings of its check counted. */
    public static PlanSummary of(Plan p, List<Finding> findings) {
        int warnings = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        return new PlanSummary(p.id(), p.title(), p.issuer(), p.locality() == null ? null : p.locality().name(),
                p.period(), p.sections().size(), p.targets().size(), p.assignments().size(), warnings, p.draft() != null);
    }

    /** The locality's name, or "—" when the plan does not name one (as {@link Plan#localityName()}). */
    public String localityName() {
        return locality == null ? "—" : locality;
    }
}
