package vn.pcmt.api;

import java.util.Objects;

/**
 * A standard indicator of a pillar. Its {@code code} is the indicator id plans use for the same measure (see
 * docs/plan-format.md), which is how plan targets link to it and compare across plans.
 *
 * @param rollup how values combine over units and periods
 */
public record CatalogueIndicator(String code, String name, String unit, Direction direction, String definition,
        Rollup rollup) {
    public CatalogueIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(rollup, "rollup");
    }

    /** How an indicator's values roll up over administrative units and periods. */
    public enum Rollup {
        /** Add the units' values (cases, people) and the periods' values. */
        SUM("sum"),
        /** The latest value of the period (a stock: addicts under management). */
        LATEST("latest"),
        /** The share of units meeting a condition (communes recognised drug-free). */
        SHARE_OF_UNITS("share-of-units"),
        /** The mean of the units' values. */
        AVERAGE("average");

        private final String code;

        Rollup(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Rollup ofCode(String code) {
            return Codes.of(Rollup.class, code, Rollup::code);
        }
    }
}
