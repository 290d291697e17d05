package vn.pcmt.api;

/**
 * The document a plan encodes. {@code text} names the plain-text copy shipped beside the plan JSON (one paragraph
 * per line); {@code original} the file it was converted from.
 */
public record SourceDocument(String text, String original) {}
