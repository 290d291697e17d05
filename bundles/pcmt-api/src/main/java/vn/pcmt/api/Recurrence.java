package vn.pcmt.api;

/** A recurring duty: how often, the wording as printed, and the day of the month when stated. */
public record Recurrence(Frequency frequency, String text, Integer day) {}
