package vn.pcmt.api;

import java.util.Objects;

/**
 * A body named in a plan. {@code id} is canonical across plans where the body is the same (see the plan format),
 * {@code name} is as first printed, {@code kind} the sector (police, health, …) and {@code level} the tier.
 */
public record Agency(String id, String name, String kind, String level, String normalized) {
    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
    }
}
