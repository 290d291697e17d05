package vn.pcmt.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The assignments and reporting duties of one plan ({@link PlanService#PLAN_ID} set) or one domain area across
 * every loaded plan ({@link DomainArea#AREA} set).
 */
@ProviderType
public interface AssignmentService {
    List<Agency> agencies();

    List<Assignment> assignments();

    List<ReportingDuty> reportingDuties();
}
