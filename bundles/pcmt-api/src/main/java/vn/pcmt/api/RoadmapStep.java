package vn.pcmt.api;

/**
 * One year of a roadmap: the cumulative {@code value} to reach by the end of {@code year}, the minimum new units
 * that year, and the share exactly as printed ("2 7%").
 */
public record RoadmapStep(int year, int line, String text, double value, Integer minNew, String statedShare) {}
