package vn.pcmt.api;

/**
 * What a change is measured against. {@code stated} false means the plan only says "so với hiện nay": the value
 * and year are unknown and {@code text} quotes the wording.
 */
public record Baseline(boolean stated, Double value, Integer year, String text) {}
