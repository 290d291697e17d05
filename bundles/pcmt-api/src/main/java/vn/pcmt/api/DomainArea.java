package vn.pcmt.api;

import java.util.Objects;

/**
 * A pillar of the national programme, registered as a service by its area bundle: supply reduction (giảm cung),
 * demand reduction (giảm cầu), harm reduction (giảm tác hại), propaganda and education (tuyên truyền).
 */
public record DomainArea(String code, String nameVi, String nameEn, String description) {
    /** Service property naming the area code on area services (String). */
    public static final String AREA = "pcmt.area";

    /** Items that belong to no pillar: leadership, funding, cooperation, science and technology. */
    public static final String CROSS_CUTTING = "cross-cutting";

    public DomainArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
    }
}
