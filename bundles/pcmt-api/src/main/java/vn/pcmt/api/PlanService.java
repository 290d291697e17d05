package vn.pcmt.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A loaded plan. Registered by the plan extender for every plan bundle and plan file, with the service properties
 * named below; unregistered when the plan goes.
 */
@ProviderType
public interface PlanService {
    /** Service property: the plan id (String). */
    String PLAN_ID = "pcmt.plan.id";
    /** Service property: the locality's name, or "" (String). */
    String LOCALITY = "pcmt.plan.locality";
    /** Service property: first year of the period (Integer). */
    String PERIOD_FROM = "pcmt.plan.period.from";
    /** Service property: last year of the period (Integer). */
    String PERIOD_TO = "pcmt.plan.period.to";
    /** Service property: where the plan came from, "bundle:SYMBOLIC-NAME" or "file:PATH" (String). */
    String ORIGIN = "pcmt.plan.origin";

    /**
     * The whole plan. A plan registered from its summary (checked at an earlier start) is read here the first time
     * anything asks for it.
     */
    Plan plan();

    /** The facts that list the plan, without reading the whole plan. */
    default PlanSummary summary() {
        return PlanSummary.of(plan(), findings());
    }

    /** Where the plan came from: "bundle:plan-hung-yen" or "file:/path/x.plan.json". */
    String origin();

    /** The source document, one paragraph per line (line n at index n-1); empty when not shipped. */
    List<String> sourceLines();

    /** What {@code plan:check} found when the plan was loaded (warnings and notes; errors refuse the plan). */
    List<Finding> findings();
}
