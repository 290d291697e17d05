package vn.pcmt.extender.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pcmt.api.Finding;
import vn.pcmt.api.Finding.Severity;
import vn.pcmt.api.Plan;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Section;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;
import vn.pcmt.api.text.Text;

/**
 * {@code plan:check}: what an official should look at in a plan that validation accepts. Runs on every load; the
 * findings here are warnings (the plan loads). Structural errors (unknown references, values out of range,
 * deadlines outside the period, quotes not on their line) are refused earlier by {@link PlanReader}.
 */
final class PlanChecker {
    /** Local government has two tiers since this date (Nghị quyết 202/2025/QH15): no districts, no thị trấn. */
    static final LocalDate TWO_TIER_REFORM = LocalDate.of(2025, 7, 1);
    /** Letters of Vietnamese item labels, in order (no f, j, w, z; đ after d). */
    static final String LETTERS = "abcdđeghiklmnopqrstuvxy";
    private static final Pattern DISTRICT = Pattern.compile("(thị trấn|cấp huyện|huyện|quận|thị xã)");
    private static final Pattern MONTH_YEAR = Pattern.compile("tháng (\\d{1,2}) năm (\\d{4})");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");
    /** Sentences shorter than this (folded characters) are too common to report as repeated. */
    static final int MIN_REPEATED = 60;
    /** Points of percentage by which a printed share may differ from its count before it is reported. */
    static final double SHARE_TOLERANCE = 0.6;

    private PlanChecker() {}

    static List<Finding> check(Plan plan, List<String> lines) {
        List<Finding> out = new ArrayList<>();
        roadmaps(plan, out);
        labels(plan, out);
        emptyHeadings(plan, lines, out);
        districts(plan, lines, out);
        repeatedSentences(plan, lines, out);
        draft(plan, out);
        return out;
    }

    /** A draft of plan:draft says so, and how many of its items the drafting rules were not sure of. */
    private static void draft(Plan plan, List<Finding> out) {
        if (plan.draft() == null) {
            return;
        }
        int low = plan.draft().lowConfidence();
        out.add(new Finding(low > 0 ? Severity.WARNING : Severity.NOTE, "draft", plan.id(), 0,
                "a draft of plan:draft" + (plan.draft().from() == null ? "" : " from " + plan.draft().from()) + ", not yet"
                        + " reviewed: " + low + " of its " + plan.draft().items() + " drafted items have low confidence"
                        + (low > 0 ? " (plan:draft --review " + plan.id() + " lists them, least sure first)" : "")));
    }

    // ------------------------------------------------------------------ shares, counts and roadmaps

    private static void roadmaps(Plan plan, List<Finding> out) {
        for (Roadmap r : plan.roadmaps()) {
            RoadmapStep prev = null;
            for (RoadmapStep s : r.steps()) {
                String ref = r.section() + " " + s.year();
                if (r.of() != null && s.statedShare() != null) {
                    String printed = s.statedShare();
                    Double stated = parseShare(printed);
                    double actual = 100.0 * s.value() / r.of();
                    if (stated == null) {
                        out.add(new Finding(Severity.WARNING, "share-printed", ref, s.line(), "the share is printed as \""
                                + printed + "\", which is not a number; " + fmt(s.value()) + "/" + r.of() + " is "
                                + pct(actual)));
                    } else if (Math.abs(stated - actual) > SHARE_TOLERANCE) {
                        out.add(new Finding(Severity.WARNING, "share-count-mismatch", ref, s.line(), "printed share "
                                + printed + " disagrees with its count " + fmt(s.value()) + "/" + r.of() + " = "
                                + pct(actual)));
                    }
                }
                if (prev != null) {
                    if (s.value() < prev.value()) {
                        out.add(new Finding(Severity.WARNING, "roadmap-decreases", ref, s.line(), "the roadmap falls from "
                                + fmt(prev.value()) + " in " + prev.year() + " to " + fmt(s.value())));
                    } else if (s.minNew() != null && prev.value() + s.minNew() != s.value()) {
                        out.add(new Finding(Severity.WARNING, "roadmap-sum", ref, s.line(), fmt(prev.value()) + " kept from "
                                + prev.year() + " plus at least " + s.minNew() + " new is " + fmt(prev.value() + s.minNew())
                                + ", but the step says " + fmt(s.value())));
                    }
                }
                prev = s;
            }
            shareTargetsAgainstRoadmap(plan, r, out);
        }
    }

    /**
     * A percentage target of the share indicator that matches a roadmap's count indicator ("…-count" and "…-share"),
     * compared with the roadmap step of its year: Hưng Yên's "ít nhất 20%" in 2025 against 28/104.
     */
    private static void shareTargetsAgainstRoadmap(Plan plan, Roadmap r, List<Finding> out) {
        if (r.of() == null || !r.indicator().endsWith("-count")) {
            return;
        }
        String share = r.indicator().substring(0, r.indicator().length() - "-count".length()) + "-share";
        for (Target t : plan.targets()) {
            if (!t.indicator().equals(share) || t.unit() != TargetUnit.PERCENT || t.value() == null || t.deadline() == null) {
                continue;
            }
            Optional<RoadmapStep> step = r.step(t.deadline().year());
            if (step.isEmpty()) {
                continue;
            }
            double roadmapShare = 100.0 * step.get().value() / r.of();
            if (Math.abs(roadmapShare - t.value()) > 1.0) {
                out.add(new Finding(Severity.WARNING, "target-roadmap-mismatch", t.id(), t.ref().line(), "target "
                        + t.formatted() + " for " + t.deadline().year() + " while the roadmap (" + r.section()
                        + ") plans " + fmt(step.get().value()) + "/" + r.of() + " = " + pct(roadmapShare)));
            }
        }
    }

    static Double parseShare(String printed) {
        String s = printed.trim();
        if (!s.matches("\\d+(,\\d+)?%")) {
            return null;
        }
        return Double.parseDouble(s.substring(0, s.length() - 1).replace(',', '.'));
    }

    // ------------------------------------------------------------------ labels

    /** Siblings whose labels repeat, or skip one in their sequence (a, b, d; 1, 2, 4; I, II, V). */
    private static void labels(Plan plan, List<Finding> out) {
        Map<String, List<Section>> byParent = new LinkedHashMap<>();
        for (Section s : plan.sections()) {
            if (s.label() != null) {
                byParent.computeIfAbsent(String.valueOf(s.parent()), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Section> siblings : byParent.values()) {
            Map<String, Section> seen = new HashMap<>();
            Integer prev = null;
            Section prevSection = null;
            for (Section s : siblings) {
                String key = s.label().trim();
                Section first = seen.putIfAbsent(key, s);
                if (first != null) {
                    out.add(new Finding(Severity.WARNING, "label-repeated", s.id(), s.line(), "label \"" + key
                            + "\" repeats (first at " + first.id() + ", line " + first.line() + ")"));
                }
                Integer ord = ordinal(key);
                if (ord != null && prev != null && first == null && ord > prev + 1 && sameKind(prevSection.label(), key)) {
                    out.add(new Finding(Severity.WARNING, "label-skipped", s.id(), s.line(), "label \"" + key
                            + "\" follows \"" + prevSection.label().trim() + "\": " + (ord - prev - 1) + " skipped"));
                }
                if (ord != null) {
                    prev = ord;
                    prevSection = s;
                }
            }
        }
    }

    /** The position of a label in its sequence: "c)" 3, "đ)" 5, "4." 4, "2.3." 3, "IV." 4; null when not a sequence. */
    static Integer ordinal(String label) {
        String l = label.trim();
        Matcher letter = LETTER_LABEL.matcher(l);
        if (letter.matches()) {
            int i = LETTERS.indexOf(letter.group(1));
            return i < 0 ? null : i + 1;
        }
        Matcher number = NUMBER_LABEL.matcher(l);
        if (number.matches()) {
            return Integer.parseInt(number.group(1));
        }
        Matcher roman = ROMAN_LABEL.matcher(l);
        if (roman.matches()) {
            return roman(roman.group(1));
        }
        return null;
    }

    /** Labels of the three sequences: "c)", "2.3." and "IV.". Compiled once; every label of every plan is matched. */
    private static final Pattern LETTER_LABEL = Pattern.compile("^([a-zđ])\\)$");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:\\d+\\.)*(\\d+)\\.?$");
    private static final Pattern ROMAN_LABEL = Pattern.compile("^([IVXL]+)\\.?$");

    private static boolean sameKind(String a, String b) {
        return kind(a.trim()) == kind(b.trim());
    }

    private static int kind(String l) {
        return LETTER_LABEL.matcher(l).matches() ? 1 : ROMAN_LABEL.matcher(l).matches() ? 3 : 2;
    }

    private static int roman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 50;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    // ------------------------------------------------------------------ empty headings

    /**
     * A heading with no content: no text, no sub-sections, no item of the plan in it, and in the document nothing
     * between its line and the next heading's (a plan may leave a paragraph un-encoded; the document decides).
     */
    private static void emptyHeadings(Plan plan, List<String> lines, List<Finding> out) {
        List<Section> sections = plan.sections();
        java.util.Set<String> filled = referenced(plan); // sections with an item or a sub-section in them
        sections.forEach(c -> filled.add(c.parent()));
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String id = s.id();
            if (s.text() != null || filled.contains(id)) {
                continue;
            }
            boolean empty;
            if (!lines.isEmpty()) {
                int next = lines.size() + 1;
                for (Section o : sections) {
                    if (o.line() > s.line() && o.line() < next) {
                        next = o.line();
                    }
                }
                empty = true;
                for (int l = s.line() + 1; l < next && l <= lines.size(); l++) {
                    if (!lines.get(l - 1).isBlank()) {
                        empty = false;
                        break;
                    }
                }
            } else {
                empty = true;
            }
            if (empty) {
                out.add(new Finding(Severity.WARNING, "empty-heading", id, s.line(), "heading \""
                        + (s.label() == null ? "" : s.label() + " ") + (s.title() == null ? "" : s.title())
                        + "\" has no content in the document"));
            }
        }
    }

    /** The sections that some item of the plan names. */
    private static java.util.Set<String> referenced(Plan plan) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        plan.targets().forEach(t -> ids.add(t.ref().section()));
        plan.assignments().forEach(a -> ids.add(a.ref().section()));
        plan.roadmaps().forEach(r -> ids.add(r.section()));
        plan.reportingDuties().forEach(d -> ids.add(d.ref().section()));
        plan.projects().forEach(p -> ids.add(p.ref().section()));
        plan.unitGroups().forEach(g -> ids.add(g.ref().section()));
        plan.legalBases().forEach(b -> ids.add(b.ref().section()));
        return ids;
    }

    // ------------------------------------------------------------------ districts after the reform

    private static void districts(Plan plan, List<String> lines, List<Finding> out) {
        if (lines.isEmpty() || !issuedAfterReform(plan)) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DISTRICT.matcher(lines.get(i));
            if (m.find()) {
                out.add(new Finding(Severity.WARNING, "district-after-reform", sectionAt(plan, i + 1), i + 1,
                        "mentions \"" + m.group(1) + "\" although the plan was issued after 1/7/2025, when districts"
                                + " and thị trấn were abolished: \"" + around(lines.get(i), m.start()) + "\""));
            }
        }
    }

    /** Issued on or after 1/7/2025: by its date, or by "tháng M năm Y" when only that is printed. */
    static boolean issuedAfterReform(Plan plan) {
        if (plan.documentDate() != null) {
            return !plan.documentDate().isBefore(TWO_TIER_REFORM);
        }
        if (plan.documentDateText() != null) {
            Matcher m = MONTH_YEAR.matcher(plan.documentDateText().toLowerCase(Locale.ROOT));
            if (m.find()) {
                return !LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 28)
                        .isBefore(TWO_TIER_REFORM);
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ repeated sentences

    private static void repeatedSentences(Plan plan, List<String> lines, List<Finding> out) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String sentence : SENTENCE_END.split(lines.get(i))) {
                String key = lettersAndDigits(Text.fold(sentence));
                if (key.length() < MIN_REPEATED) {
                    continue;
                }
                Integer first = firstLine.putIfAbsent(key, i + 1);
                if (first != null) {
                    out.add(new Finding(Severity.WARNING, "sentence-repeated", sectionAt(plan, i + 1), i + 1,
                            "the same sentence is on line " + first + ": \"" + around(sentence.trim(), 0) + "\""));
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Letters, digits and spaces only, trimmed: the key two printings of one sentence share. */
    static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }

    /** The section a source line belongs to: the last section starting at or before it. */
    static String sectionAt(Plan plan, int line) {
        String ref = "preamble";
        for (Section s : plan.sections()) {
            if (s.line() <= line && s.line() > 0) {
                ref = s.id();
            }
        }
        return ref;
    }

    private static String around(String line, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(line.length(), at + 50);
        return (from > 0 ? "…" : "") + line.substring(from, to).trim() + (to < line.length() ? "…" : "");
    }

    private static String fmt(double d) {
        return vn.pcmt.api.text.Numbers.format(d);
    }

    private static String pct(double d) {
        return String.format(Locale.ROOT, "%.1f%%", d);
    }
}
