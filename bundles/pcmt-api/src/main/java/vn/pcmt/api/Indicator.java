package vn.pcmt.api;

import java.util.Objects;

/** What a target measures. {@code id} is shared across plans for the same measure. */
public record Indicator(String id, String name, String unit, Direction direction, String normalized) {
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
    }
}
