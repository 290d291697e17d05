package vn.pcmt.api;

import java.util.List;

/** A list of named administrative units, such as the 28 communes Hưng Yên chose for 2025. */
public record UnitGroup(String id, Ref ref, String text, List<NamedUnit> units) {
    public UnitGroup {
        units = List.copyOf(units);
    }

    /** A unit as printed in the plan: "xã Chí Minh", kind "xa". */
    public record NamedUnit(String name, String kind) {}
}
