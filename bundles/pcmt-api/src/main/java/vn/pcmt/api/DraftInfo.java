package vn.pcmt.api;

/**
 * A plan that {@code plan:draft} drafted from a document and nobody has yet confirmed: its items carry how sure
 * the drafting rules were, and a reviewer should read the least sure first.
 *
 * @param from          the document it was drafted from (file name)
 * @param items         the drafted items (targets, roadmaps, assignments, reporting duties)
 * @param lowConfidence how many of them the rules were not sure of (confidence below 0.6)
 * @since 1.3
 */
public record DraftInfo(String from, int items, int lowConfidence) {}
