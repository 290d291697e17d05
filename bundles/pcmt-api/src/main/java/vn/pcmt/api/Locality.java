package vn.pcmt.api;

import java.util.Objects;

/** The province or centrally-run city a plan covers. {@code level} is "province" or "city". */
public record Locality(String name, String level) {
    public Locality {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
