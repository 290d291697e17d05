package vn.pcmt.api.report;

/**
 * One year of a drug-free roadmap against the communes recognised by the end of that year (or by the day, for the
 * year in progress).
 *
 * @param status {@code achieved}, {@code off track}, {@code in progress} or {@code later}
 * @param shortBy communes short of the step, for a year over and not achieved; else 0
 */
public record RoadmapRow(int year, double planned, Integer of, int recognised, boolean due, String status, int shortBy) {}
