package vn.pcmt.api;

/** The year a target is due; {@code implied} when the year comes from the section title, not the sentence. */
public record Deadline(int year, boolean implied) {}
