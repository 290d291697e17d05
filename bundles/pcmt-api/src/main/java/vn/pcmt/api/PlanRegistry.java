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

    /** An item together with the plan it belongs to. */
    record InPlan<T>(Plan plan, T item) {}
}
