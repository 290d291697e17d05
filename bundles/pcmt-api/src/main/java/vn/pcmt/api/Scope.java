package vn.pcmt.api;

/** What a share or count is of: the text as printed, the kind of unit and the denominator when stated. */
public record Scope(String text, String unitKind, Integer denominator) {}
