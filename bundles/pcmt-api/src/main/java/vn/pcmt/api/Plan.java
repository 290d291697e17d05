package vn.pcmt.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan (kế hoạch) as its document states it. Immutable; every list is unmodifiable and in document order.
 *
 * @param id            plan id, {@code [a-z0-9-]+}
 * @param title         title as printed, or a descriptive title when {@code titleStated} is false
 * @param locality      the province or city, or null when the text does not name it
 * @param documentNumber as printed, or null when absent or left blank
 * @param documentDate  the signing date, or null when the text has no full date
 * @param source        where the document text is, for quoting
 * @param draft         null, or what {@code plan:draft} says of a plan it drafted (since 1.3)
 */
public record Plan(
        String id,
        String title,
        boolean titleStated,
        String issuer,
        Locality locality,
        String documentNumber,
        LocalDate documentDate,
        String documentDateText,
        PlanPeriod period,
        SourceDocument source,
        List<LegalBasis> legalBases,
        List<Agency> agencies,
        List<Section> sections,
        List<Indicator> indicators,
        List<Target> targets,
        List<Roadmap> roadmaps,
        List<Project> projects,
        List<Assignment> assignments,
        List<ReportingDuty> reportingDuties,
        List<UnitGroup> unitGroups,
        DraftInfo draft) {

    /** A plan as signed, not a draft (the form before 1.3). */
    public Plan(String id, String title, boolean titleStated, String issuer, Locality locality, String documentNumber,
            LocalDate documentDate, String documentDateText, PlanPeriod period, SourceDocument source,
            List<LegalBasis> legalBases, List<Agency> agencies, List<Section> sections, List<Indicator> indicators,
            List<Target> targets, List<Roadmap> roadmaps, List<Project> projects, List<Assignment> assignments,
            List<ReportingDuty> reportingDuties, List<UnitGroup> unitGroups) {
        this(id, title, titleStated, issuer, locality, documentNumber, documentDate, documentDateText, period, source,
                legalBases, agencies, sections, indicators, targets, roadmaps, projects, assignments, reportingDuties,
                unitGroups, null);
    }

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        legalBases = List.copyOf(legalBases);
        agencies = List.copyOf(agencies);
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        roadmaps = List.copyOf(roadmaps);
        projects = List.copyOf(projects);
        assignments = List.copyOf(assignments);
        reportingDuties = List.copyOf(reportingDuties);
        unitGroups = List.copyOf(unitGroups);
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public Optional<Agency> agency(String agencyId) {
        return agencies.stream().filter(a -> a.id().equals(agencyId)).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    public Optional<Target> target(String targetId) {
        return targets.stream().filter(t -> t.id().equals(targetId)).findFirst();
    }

    public Optional<Assignment> assignment(String assignmentId) {
        return assignments.stream().filter(a -> a.id().equals(assignmentId)).findFirst();
    }

    /** The locality's name, or "—" when the plan does not name one. */
    public String localityName() {
        return locality == null ? "—" : locality.name();
    }
}
