package vn.pcmt.draft.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the drafter read from a document, before it is written in the plan format. Every item keeps its line
 * (1-based, in {@link #lines}), its quote (an exact part of that line) and how sure the rule that found it is.
 */
final class Draft {
    /** How sure a rule is (0..1) and the words it read the item from. */
    record Meta(double confidence, String words, String note) {
        static Meta of(double confidence, String words) {
            return new Meta(confidence, words, null);
        }
    }

    record Section(String id, String label, String title, String text, String parent, int line, int rank) {}

    record Legal(String id, int line, String section, String text, String number, LocalDate date, String issuer) {}

    record Agency(String id, String name, String kind, String level, boolean known) {}

    record Indicator(String id, String name, String unit, String direction) {}

    record Target(String id, String section, int line, String indicator, String text, String comparator, Double value,
            Double valueMax, String unit, String measure, Integer of, Integer year, boolean implied, String recurrence,
            Meta meta) {}

    record Step(int year, int line, String text, int value, Integer minNew, String statedShare) {}

    record Roadmap(String id, String section, String indicator, Integer of, List<Step> steps, Meta meta) {}

    /**
     * A deadline. {@code implied}: the document printed no year there ("trước ngày 30/9", "trong quý III"), the year
     * was taken from the context (the item, else the plan), so the date is less sure.
     */
    record Due(LocalDate date, String text, boolean done, boolean implied) {
        Due(LocalDate date, String text, boolean done) {
            this(date, text, done, false);
        }
    }

    record Duty(String id, String section, int line, String agency, String role, List<String> with, String text,
            Due due, String recurrence, String recurrenceText, Meta meta) {}

    record Report(String id, String section, int line, String text, List<String> from, String to, String frequency,
            String dueMonthDay, LocalDate dueDate, Meta meta) {}

    /** A value the draft sets differently from a plan already loaded for the same province. */
    record Difference(String plan, String indicator, Integer year, String loaded, String drafted, String target) {}

    final List<String> lines;
    final List<String> findings = new ArrayList<>();
    String id;
    String title;
    boolean titleStated = true;
    String issuer;
    String localityName;
    String localityLevel;
    String documentNumber;
    LocalDate documentDate;
    String documentDateText;
    int from;
    int to;
    final List<Legal> legal = new ArrayList<>();
    final Map<String, Agency> agencies = new LinkedHashMap<>();
    final List<Section> sections = new ArrayList<>();
    final Map<String, Indicator> indicators = new LinkedHashMap<>();
    final List<Target> targets = new ArrayList<>();
    final List<Roadmap> roadmaps = new ArrayList<>();
    final List<Duty> duties = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<Difference> differences = new ArrayList<>();

    Draft(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The id of a body found in line {@code s}, registered with its name as printed the first time. */
    String agency(Agencies.Hit h, String s) {
        String name = s.substring(h.start(), h.end()).replaceFirst("^(?:[Cc]ác|[Đđ]ề nghị) (?=[Ss]ở|[Cc]ơ)", "$0");
        agencies.putIfAbsent(h.id(), new Agency(h.id(), Character.toUpperCase(name.charAt(0)) + name.substring(1),
                h.kind(), h.level(), h.known()));
        return h.id();
    }

    String line(int n) {
        return lines.get(n - 1);
    }

    /** Items whose rule was not sure (confidence below 0.6): the first a reviewer should read. */
    long lowConfidence() {
        return targets.stream().filter(t -> t.meta().confidence() < LOW).count()
                + duties.stream().filter(d -> d.meta().confidence() < LOW).count()
                + reports.stream().filter(r -> r.meta().confidence() < LOW).count()
                + roadmaps.stream().filter(r -> r.meta().confidence() < LOW).count();
    }

    static final double LOW = 0.6;
}
