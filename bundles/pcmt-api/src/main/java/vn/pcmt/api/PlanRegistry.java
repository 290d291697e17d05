package vn.pcmt.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every plan and area currently registered, tracked as whiteboard services, and the queries that look across them.
 * Results reflect the moment of the call: plans come and go with their bundles and files.
 */
@ProviderType
public interface PlanRegistry {
    /** The loaded plans, ordered by id. */
    List<PlanService> plans();

    Optional<PlanService> plan(String id);

    /** Known plan ids closest to {@code id} (for "did you mean"), best first; every id when none is close. */
    List<String> closeMatches(String id);

    /** The assignments of one plan (or all when {@code planId} is null) whose agency matches {@code agency}. */
    List<InPlan<Assignment>> assignments(String planId, String agency);

    /** The targets of one plan, or of all plans when {@code planId} is null. */
    List<InPlan<Target>> targets(String planId);

    /** The targets of {@code indicator} in every loaded plan, ordered by plan id. */
    List<InPlan<Target>> compare(String indicator);

    /** Every indicator id used by a loaded plan, sorted. */
    List<String> indicatorIds();

    /**
     * Sections, targets, assignments, reporting duties and legal bases of every loaded plan whose text contains
     * {@code text}, ignoring case and Vietnamese diacritics ("cong an" finds "Công an"); every word must occur, and
     * items containing the words as one phrase come first.
     */
    List<Hit> search(String text);

    /** The item {@code ref} of a plan (a section, target, assignment, reporting duty, legal basis or roadmap). */
    Optional<Hit> item(String planId, String ref);

    /** Every item id of a plan, for close matches. */
    List<String> itemIds(String planId);

    /** The bodies named across the loaded plans, one row per agency id (canonical ids merge across plans). */
    List<AgencyUse> agencies(String planId);

    /** The area bundles currently deployed, ordered by code. */
    List<AreaDefinition> areas();

    /**
     * The areas an item belongs to: those its author stated on it or on its section (or a parent section), plus, for
     * a target or roadmap, the deployed area whose catalogue has the indicator it measures; when that gives none, the
     * deployed areas whose keywords its text contains; {@link DomainArea#CROSS_CUTTING} when still none.
     * {@code item} is a Target, Assignment, Section, Roadmap or ReportingDuty.
     */
    List<String> areasOf(Plan plan, Object item);

    /**
     * Per area code that items of the plan are attributed to (by their author) but whose area bundle is not deployed:
     * how many targets and assignments. Empty when every area the plan uses is deployed.
     */
    java.util.Map<String, int[]> undeployedAreas(Plan plan);

        /** An item together with the plan it belongs to. */
    record InPlan<T>(Plan plan, T item) {}

    /** A found item: its kind ("section", "target", …), id, source line and text. */
    record Hit(Plan plan, String kind, String ref, int line, String text) {}

    /**
     * A body across plans: its id, a name (the catalogue's for a canonical id, else the first printed), its kind,
     * whether the id is canonical (the same body in every plan), the plans and printed names, and its duties.
     */
    record AgencyUse(String id, String name, String kind, boolean canonical, List<String> plans,
            List<String> printedNames, int lead, int coordinate, int requested) {}
}
