package vn.pcmt.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The indicators and targets of one plan ({@link PlanService#PLAN_ID} set) or one domain area across every
 * loaded plan ({@link DomainArea#AREA} set).
 */
@ProviderType
public interface IndicatorService {
    List<Indicator> indicators();

    List<Target> targets();

    List<Roadmap> roadmaps();
}
