package vn.pcmt.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The identity of the current command and the checks the services make with it. A service calls a
 * {@code require…} method before it writes; a refusal names the role or scope that was missing.
 */
@ProviderType
public interface AccessControl {
    /** Who runs the current command: the login of its Gogo session, else the local OS user. */
    Identity current();

    /** Requires at least {@code role}; {@code action} names what was refused ("plan:unload"). */
    void require(UserRole role, String action);

    /**
     * Requires the right to write into plan {@code planId} (whose province is {@code province}, may be null): an
     * admin, or an operator with the plan or its province in scope.
     */
    void requirePlanWrite(String planId, String province, String action);

    /** Requires the right to write about a unit of {@code province}: an admin, or an operator of that province. */
    void requireProvinceWrite(String province, String action);

    /** Whether {@link #requirePlanWrite} would pass. */
    boolean mayWritePlan(String planId, String province);
}
