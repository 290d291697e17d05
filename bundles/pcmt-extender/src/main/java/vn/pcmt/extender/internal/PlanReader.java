package vn.pcmt.extender.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Baseline;
import vn.pcmt.api.Comparator;
import vn.pcmt.api.Deadline;
import vn.pcmt.api.Direction;
import vn.pcmt.api.DraftInfo;
import vn.pcmt.api.Due;
import vn.pcmt.api.Frequency;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.Locality;
import vn.pcmt.api.Measure;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.Problem;
import vn.pcmt.api.Project;
import vn.pcmt.api.Recurrence;
import vn.pcmt.api.Ref;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Role;
import vn.pcmt.api.Scope;
import vn.pcmt.api.Section;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;
import vn.pcmt.api.UnitGroup;
import vn.pcmt.extender.internal.Json.Arr;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.Json.Obj;

/**
 * Turns a plan JSON tree into a {@link Plan}, checking everything docs/plan-format.md requires. It does not stop
 * at the first problem: every problem is collected with its line, column and JSON pointer, and the plan is refused
 * if there is any.
 */
final class PlanReader {
    static final int FORMAT_VERSION = 1;
    /**
     * What an area code looks like. Areas are open: any deployed area bundle adds one (a province's "aftercare"
     * pillar, say), so a plan may name an area whose bundle is not deployed here; only the form is checked.
     */
    static final java.util.regex.Pattern AREA_CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int AREA_CODE_MAX = 40;

    /** Null when {@code code} is a well-formed area code, else what is wrong with it. */
    static String areaCodeProblem(String code) {
        if (code.length() > AREA_CODE_MAX || !AREA_CODE.matcher(code).matches()) {
            return "bad area code \"" + code + "\": lowercase letters and digits, words joined by \"-\", at most "
                    + AREA_CODE_MAX + " characters (supply, demand, harm, propaganda, aftercare, cross-cutting …)";
        }
        return null;
    }

    static final Set<String> AGENCY_KINDS = Set.of("police", "military", "border-guard", "coast-guard", "customs",
            "justice", "procuracy", "court", "health", "education", "labour-social", "culture", "information", "media",
            "agriculture-environment", "industry-trade", "finance", "home-affairs", "foreign-affairs",
            "science-technology", "construction", "transport", "ethnic-religion", "inspectorate", "tax",
            "people-committee", "commune-committee", "party", "fatherland-front", "youth-union", "women-union",
            "labour-union", "farmers-union", "veterans-union", "steering-committee", "office", "school", "enterprise",
            "group", "other");
    static final Set<String> LEVELS = Set.of("national", "province", "commune", "district", "unit");
    static final Set<String> INDICATOR_UNITS = Set.of("percent", "count", "units", "cases", "people", "sessions",
            "models", "percent-per-year");
    static final Set<String> UNIT_KINDS = Set.of("xa", "phuong", "dac-khu", "thi-tran", "huyen", "quan", "thi-xa");
    private static final Pattern PLAN_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9.#/_-]+");

    private final String file;
    private final List<String> lines;
    /** The source lines with white space collapsed, once, for matching quotes. */
    private final List<String> collapsedLines;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> sectionIds = new HashSet<>();
    private final Set<String> agencyIds = new HashSet<>();
    private final Set<String> indicatorIds = new HashSet<>();
    private PlanPeriod period;

    /**
     * @param file  the name used in problems
     * @param lines the source document's lines, to check quotes against; null when the text is not available
     */
    PlanReader(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
        this.collapsedLines = lines == null ? null : lines.stream().map(PlanReader::collapse).toList();
    }

    Plan read(Node root) throws PlanException {
        Plan plan = null;
        try {
            plan = plan(root);
        } catch (Invalid e) {
            // recorded already; the problem list below says what
        }
        if (!problems.isEmpty() || plan == null) {
            throw new PlanException(problems);
        }
        return plan;
    }

    // ---------------------------------------------------------------- the document

    private Plan plan(Node root) {
        Fields f = fields(root, "$schema", "format", "id", "title", "titleStated", "issuer", "locality",
                "documentNumber", "documentDate", "documentDateText", "period", "source", "legalBases", "agencies",
                "sections", "indicators", "targets", "roadmaps", "projects", "assignments", "reportingDuties",
                "unitGroups", "draft");
        Node fmt = f.required("format");
        if (fmt != null && !(fmt.value() instanceof Number n && n.intValue() == FORMAT_VERSION)) {
            problem(fmt, "unsupported format " + fmt.value() + "; this platform reads format " + FORMAT_VERSION);
        }
        String id = f.str("id", true);
        if (id != null && !PLAN_ID.matcher(id).matches()) {
            problem(f.node("id"), "plan id \"" + id + "\" must be lower-case letters, digits and '-'");
        }
        String title = f.str("title", true);
        Boolean titleStated = f.bool("titleStated");
        String issuer = f.str("issuer", true);
        Locality locality = f.objOrNull("locality", n -> {
            Fields l = fields(n, "name", "level");
            return new Locality(l.str("name", true), l.oneOf("level", Set.of("province", "city"), true));
        }, true);
        String number = f.strOrNull("documentNumber", true);
        LocalDate date = f.date("documentDate", true);
        String dateText = f.str("documentDateText", false);
        period = f.objOrNull("period", n -> {
            Fields p = fields(n, "from", "to");
            Integer from = p.year("from", true);
            Integer to = p.year("to", true);
            if (from != null && to != null && to < from) {
                problem(n, "period ends (" + to + ") before it starts (" + from + ")");
                return null;
            }
            return from == null || to == null ? null : new PlanPeriod(from, to);
        }, true);
        SourceDocument source = f.objOrNull("source", n -> {
            Fields s = fields(n, "text", "original");
            return new SourceDocument(s.str("text", true), s.str("original", false));
        }, true);

        // sections, agencies and indicators first: everything else refers to them
        List<Section> sections = f.list("sections", true, this::section);
        List<Agency> agencies = f.list("agencies", true, this::agency);
        List<Indicator> indicators = f.list("indicators", true, this::indicator);
        List<LegalBasis> legal = f.list("legalBases", true, this::legalBasis);
        List<Target> targets = f.list("targets", true, this::target);
        List<Roadmap> roadmaps = f.list("roadmaps", false, this::roadmap);
        List<Project> projects = f.list("projects", false, this::project);
        List<Assignment> assignments = f.list("assignments", true, this::assignment);
        List<ReportingDuty> duties = f.list("reportingDuties", true, this::reportingDuty);
        List<UnitGroup> groups = f.list("unitGroups", false, this::unitGroup);
        DraftInfo draft = f.objOrNull("draft", this::draftInfo, false);
        uniqueIds(f, "legalBases", legal, LegalBasis::id);
        uniqueIds(f, "targets", targets, Target::id);
        uniqueIds(f, "roadmaps", roadmaps, Roadmap::id);
        uniqueIds(f, "projects", projects, Project::id);
        uniqueIds(f, "assignments", assignments, Assignment::id);
        uniqueIds(f, "reportingDuties", duties, ReportingDuty::id);
        uniqueIds(f, "unitGroups", groups, UnitGroup::id);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Plan(id, title, titleStated == null || titleStated, issuer, locality, number, date, dateText,
                period, source, legal, agencies, sections, indicators, targets, roadmaps, projects, assignments,
                duties, groups, draft);
    }

    // ---------------------------------------------------------------- draft metadata (plan:draft)

    /** Drafted items seen, and those below {@link #LOW_CONFIDENCE}. */
    private int draftItems;
    private int draftLow;

    /** Below this confidence a drafted item counts as low-confidence (docs/plan-format.md, "draft"). */
    static final double LOW_CONFIDENCE = 0.6;

    private DraftInfo draftInfo(Node n) {
        Fields f = fields(n, "tool", "from", "items", "lowConfidence", "findings", "differences");
        String from = f.str("from", false);
        Integer items = f.integer("items", false);
        Integer low = f.integer("lowConfidence", false);
        f.list("findings", false, x -> x.value() instanceof String s ? s : null);
        f.list("differences", false, x -> {
            fields(x, "plan", "indicator", "year", "loaded", "drafted", "target");
            return null;
        });
        // counted on the items when they carry their metadata; an export (plan:export) keeps only the counts
        return draftItems > 0 ? new DraftInfo(from, draftItems, draftLow)
                : new DraftInfo(from, items == null ? 0 : items, low == null ? 0 : low);
    }

    /** An item's {@code draft}: how sure the rule was (0..1) and the words it read the item from. */
    private void draftMeta(Fields item) {
        item.objOrNull("draft", n -> {
            Fields f = fields(n, "confidence", "words", "status");
            Double c = f.number("confidence", true);
            if (c != null && (c < 0 || c > 1)) {
                problem(f.node("confidence"), "confidence " + fmt(c) + " is not between 0 and 1");
            }
            f.str("words", false);
            f.oneOf("status", Set.of("done"), false);
            draftItems++;
            if (c != null && c < LOW_CONFIDENCE) {
                draftLow++;
            }
            return null;
        }, false);
    }

    private <T> void uniqueIds(Fields f, String array, List<T> items, Function<T, String> id) {
        Node arr = f.node(array);
        if (arr == null || !(arr.value() instanceof Arr a)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size() && i < a.elements().size(); i++) {
            String v = id.apply(items.get(i));
            if (!seen.add(v)) {
                problem(a.elements().get(i), "duplicate id \"" + v + "\" in " + array);
            }
        }
    }

    // ---------------------------------------------------------------- items

    private Section section(Node n) {
        Fields f = fields(n, "id", "label", "title", "parent", "line", "text", "areas");
        String id = f.itemId();
        String label = f.strOrNull("label", true);
        String parent = f.strOrNull("parent", false);
        if (parent != null && !sectionIds.contains(parent)) {
            problem(f.node("parent"), "parent \"" + parent + "\" is not a section defined before this one");
        }
        if (id != null && !sectionIds.add(id)) {
            problem(f.node("id"), "duplicate section id \"" + id + "\"");
        }
        int line = f.line(true);
        String title = f.quote("title", line, false);
        String text = f.quote("text", line, false);
        return new Section(id, label, title, parent, line, text, f.areas());
    }

    private Agency agency(Node n) {
        Fields f = fields(n, "id", "name", "kind", "level", "normalized");
        String id = f.itemId();
        if (id != null && !agencyIds.add(id)) {
            problem(f.node("id"), "duplicate agency id \"" + id + "\"");
        }
        return new Agency(orEmpty(id), orEmpty(f.str("name", true)), orEmpty(f.oneOf("kind", AGENCY_KINDS, true)),
                orEmpty(f.oneOf("level", LEVELS, true)), f.str("normalized", false));
    }

    private Indicator indicator(Node n) {
        Fields f = fields(n, "id", "name", "unit", "direction", "normalized");
        String id = f.itemId();
        if (id != null && !indicatorIds.add(id)) {
            problem(f.node("id"), "duplicate indicator id \"" + id + "\"");
        }
        String unit = f.oneOf("unit", INDICATOR_UNITS, true);
        Direction dir = f.code("direction", Direction::ofCode, true);
        return new Indicator(orEmpty(id), orEmpty(f.str("name", true)), unit, dir == null ? Direction.HIGHER : dir,
                f.str("normalized", false));
    }

    private LegalBasis legalBasis(Node n) {
        Fields f = fields(n, "id", "section", "line", "text", "number", "date", "issuer");
        String id = f.itemId();
        String section = f.sectionRef(false);
        int line = f.line(true);
        String text = f.quote("text", line, true);
        return new LegalBasis(id, new Ref(section, line), text, f.strOrNull("number", false), f.date("date", false),
                f.strOrNull("issuer", false));
    }

    private Target target(Node n) {
        int before = problems.size();
        Fields f = fields(n, "id", "section", "line", "areas", "indicator", "text", "normalized", "comparator",
                "value", "valueMax", "unit", "measure", "of", "scope", "deadline", "recurrence", "baseline", "draft");
        draftMeta(f);
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String indicator = f.str("indicator", true);
        if (indicator != null && !indicatorIds.contains(indicator)) {
            problem(f.node("indicator"), "unknown indicator \"" + indicator + "\"; declare it in /indicators");
        }
        String text = f.quote("text", line, true);
        Comparator cmp = f.code("comparator", Comparator::ofCode, true);
        TargetUnit unit = f.code("unit", TargetUnit::ofCode, true);
        Measure measure = f.code("measure", Measure::ofCode, false);
        Double value = f.number("value", false);
        Double max = f.number("valueMax", false);
        Integer of = f.integer("of", false);
        if (cmp == Comparator.NONE && value != null) {
            problem(f.node("value"), "a zero-tolerance target (comparator none) has no value");
        } else if (cmp != null && cmp != Comparator.NONE && value == null && f.node("value") == null) {
            problem(n, "missing required field \"value\" for comparator " + cmp.code());
        }
        if ((cmp == Comparator.BETWEEN) != (max != null) && cmp != null) {
            problem(max != null ? f.node("valueMax") : n,
                    max != null ? "valueMax goes only with comparator between" : "comparator between needs valueMax");
        }
        if (value != null && value < 0) {
            problem(f.node("value"), "a target value cannot be negative (" + fmt(value) + ")");
        }
        if (unit == TargetUnit.PERCENT && value != null && value > 100) {
            problem(f.node("value"), "a percentage target cannot exceed 100 (" + fmt(value) + ")");
        }
        if (unit == TargetUnit.PERCENT && max != null && max > 100) {
            problem(f.node("valueMax"), "a percentage target cannot exceed 100 (" + fmt(max) + ")");
        }
        if (value != null && max != null && max < value) {
            problem(f.node("valueMax"), "valueMax " + fmt(max) + " is below value " + fmt(value));
        }
        if (of != null && value != null && value > of) {
            problem(f.node("value"), "count " + fmt(value) + " exceeds its whole (of " + of + ")");
        }
        Scope scope = f.objOrNull("scope", s -> {
            Fields sf = fields(s, "text", "unitKind", "denominator");
            return new Scope(sf.str("text", true), sf.str("unitKind", false), sf.integer("denominator", false));
        }, false);
        Deadline deadline = f.objOrNull("deadline", d -> {
            Fields df = fields(d, "year", "implied");
            Integer year = df.year("year", true);
            Boolean implied = df.bool("implied");
            if (year != null && period != null && !period.contains(year)) {
                problem(df.node("year"), "deadline " + year + " is outside the plan period " + period);
            }
            return year == null ? null : new Deadline(year, implied != null && implied);
        }, false);
        Frequency rec = f.code("recurrence", Frequency::ofCode, false);
        Baseline baseline = f.objOrNull("baseline", b -> {
            Fields bf = fields(b, "stated", "value", "year", "text");
            Boolean stated = bf.bool("stated");
            if (stated == null) {
                problem(b, "missing required field \"stated\"");
            }
            Double bv = bf.number("value", false);
            Integer by = bf.integer("year", false);
            if (Boolean.TRUE.equals(stated) && bv == null) {
                problem(b, "a stated baseline needs a value");
            }
            return new Baseline(stated != null && stated, bv, by, bf.str("text", false));
        }, false);
        if (problems.size() > before) {
            throw new Invalid();
        }
        return new Target(id, new Ref(section, line), f.areas(), indicator, text, f.str("normalized", false), cmp,
                value, max, unit, measure == null ? Measure.LEVEL : measure, of, scope, deadline, rec, baseline);
    }

    private Roadmap roadmap(Node n) {
        Fields f = fields(n, "id", "section", "line", "indicator", "of", "steps", "areas", "draft");
        draftMeta(f);
        String id = f.itemId();
        String section = f.sectionRef(true);
        int roadmapLine = f.node("line") == null ? 0 : f.line(false);
        String indicator = f.str("indicator", true);
        if (indicator != null && !indicatorIds.contains(indicator)) {
            problem(f.node("indicator"), "unknown indicator \"" + indicator + "\"; declare it in /indicators");
        }
        Integer of = f.integer("of", false);
        List<RoadmapStep> steps = f.list("steps", true, s -> {
            Fields sf = fields(s, "year", "line", "text", "value", "minNew", "statedShare");
            Integer year = sf.year("year", true);
            if (year != null && period != null && !period.contains(year)) {
                problem(sf.node("year"), "roadmap year " + year + " is outside the plan period " + period);
            }
            int line = sf.line(true);
            String text = sf.quote("text", line, false);
            Double value = sf.number("value", true);
            if (value != null && of != null && value > of) {
                problem(sf.node("value"), "step value " + fmt(value) + " exceeds the whole (of " + of + ")");
            }
            return new RoadmapStep(year == null ? 0 : year, line, text, value == null ? 0 : value,
                    sf.integer("minNew", false), sf.str("statedShare", false));
        });
        return new Roadmap(id, section, roadmapLine, indicator, of, steps);
    }

    private Project project(Node n) {
        Fields f = fields(n, "id", "section", "line", "label", "title", "parent", "lead", "with", "areas");
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String title = f.quote("title", line, false);
        String lead = f.agencyRef("lead", false);
        return new Project(id, new Ref(section, line), f.str("label", true), title, f.strOrNull("parent", false), lead,
                f.agencyRefs("with"));
    }

    private Assignment assignment(Node n) {
        int before = problems.size();
        Fields f = fields(n, "id", "section", "line", "areas", "agency", "role", "with", "text", "due", "recurrence",
                "draft");
        draftMeta(f);
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String agency = f.agencyRef("agency", true);
        Role role = f.code("role", Role::ofCode, true);
        String text = f.quote("text", line, true);
        Due due = f.objOrNull("due", d -> {
            Fields df = fields(d, "date", "text");
            LocalDate date = df.date("date", true);
            String t = df.quote("text", line, false);
            return date == null ? null : new Due(date, t);
        }, false);
        Recurrence rec = f.objOrNull("recurrence", r -> {
            Fields rf = fields(r, "frequency", "text", "day");
            Frequency fr = rf.code("frequency", Frequency::ofCode, true);
            String t = rf.quote("text", line, false);
            return fr == null ? null : new Recurrence(fr, t, rf.integer("day", false));
        }, false);
        if (problems.size() > before) {
            throw new Invalid();
        }
        return new Assignment(id, new Ref(section, line), f.areas(), agency, role, f.agencyRefs("with"), text, due, rec);
    }

    private ReportingDuty reportingDuty(Node n) {
        Fields f = fields(n, "id", "section", "line", "text", "from", "to", "frequency", "dueMonthDay", "dueDate",
                "areas", "draft");
        draftMeta(f);
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String text = f.quote("text", line, true);
        List<String> from = f.agencyRefs("from");
        Frequency fr = f.code("frequency", Frequency::ofCode, true);
        MonthDay md = null;
        String mdText = f.str("dueMonthDay", false);
        if (mdText != null) {
            try {
                md = MonthDay.parse("--" + mdText);
            } catch (DateTimeParseException e) {
                problem(f.node("dueMonthDay"), "dueMonthDay \"" + mdText + "\" is not MM-DD");
            }
        }
        return new ReportingDuty(id, new Ref(section, line), text, from, f.str("to", false),
                fr == null ? Frequency.ONCE : fr, md, f.date("dueDate", false));
    }

    private UnitGroup unitGroup(Node n) {
        Fields f = fields(n, "id", "section", "line", "text", "units", "areas");
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String text = f.quote("text", line, false);
        List<UnitGroup.NamedUnit> units = f.list("units", true, u -> {
            Fields uf = fields(u, "name", "kind");
            String name = uf.quote("name", line, true);
            return new UnitGroup.NamedUnit(name, uf.oneOf("kind", UNIT_KINDS, true));
        });
        return new UnitGroup(id, new Ref(section, line), text, units);
    }

    // ---------------------------------------------------------------- plumbing

    /** Abandons the current item; its problems are already recorded. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }

    private void problem(Node n, String message) {
        problems.add(new Problem(file, n == null ? 0 : n.line(), n == null ? 0 : n.column(),
                n == null ? "" : n.pointer(), message));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String fmt(double d) {
        return vn.pcmt.api.Numbers.format(d);
    }

    /** White space runs to one space, trimmed; a loop rather than a regex, for every line of every plan text. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private Fields fields(Node n, String... allowed) {
        if (!(n.value() instanceof Obj o)) {
            problem(n, "expected an object, found " + describe(n));
            throw new Invalid();
        }
        Set<String> ok = new LinkedHashSet<>(List.of(allowed));
        for (Map.Entry<String, Node> e : o.members().entrySet()) {
            if (!ok.contains(e.getKey())) {
                problem(e.getValue(), "unknown field \"" + e.getKey() + "\"; allowed here: " + String.join(", ", ok));
            }
        }
        return new Fields(n, o);
    }

    private static String describe(Node n) {
        Object v = n.value();
        if (v == null) {
            return "null";
        }
        if (v instanceof Obj) {
            return "an object";
        }
        if (v instanceof Arr) {
            return "an array";
        }
        if (v instanceof String s) {
            return "the string \"" + s + "\"";
        }
        return v instanceof Boolean ? "the boolean " + v : "the number " + v;
    }

    /** Typed access to one object's members; each accessor records a problem and returns null when wrong. */
    private final class Fields {
        private final Node node;
        private final Obj obj;

        Fields(Node node, Obj obj) {
            this.node = node;
            this.obj = obj;
        }

        Node node(String name) {
            return obj.members().get(name);
        }

        Node required(String name) {
            Node v = node(name);
            if (v == null) {
                problem(node, "missing required field \"" + name + "\"");
            }
            return v;
        }

        String str(String name, boolean required) {
            Node v = required ? required(name) : node(name);
            if (v == null || (!required && v.isNull())) {
                return null;
            }
            if (v.value() instanceof String s) {
                if (required && s.isBlank()) {
                    problem(v, "\"" + name + "\" must not be empty");
                    return null;
                }
                return s;
            }
            problem(v, "\"" + name + "\" must be a string, found " + describe(v));
            return null;
        }

        /** A field that must be present but may be null. */
        String strOrNull(String name, boolean required) {
            Node v = required ? required(name) : node(name);
            if (v == null || v.isNull()) {
                return null;
            }
            return str(name, false);
        }

        String itemId() {
            String id = str("id", true);
            if (id != null && !ITEM_ID.matcher(id).matches()) {
                problem(node("id"), "id \"" + id + "\" may use only letters, digits and . # / _ -");
            }
            return id;
        }

        Boolean bool(String name) {
            Node v = node(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.value() instanceof Boolean b) {
                return b;
            }
            problem(v, "\"" + name + "\" must be true or false, found " + describe(v));
            return null;
        }

        Double number(String name, boolean required) {
            Node v = required ? required(name) : node(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.value() instanceof Number num) {
                return num.doubleValue();
            }
            problem(v, "\"" + name + "\" must be a number, found " + describe(v));
            return null;
        }

        Integer integer(String name, boolean required) {
            Node v = required ? required(name) : node(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.value() instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) {
                return num.intValue();
            }
            problem(v, "\"" + name + "\" must be a whole number, found " + describe(v));
            return null;
        }

        Integer year(String name, boolean required) {
            Integer y = integer(name, required);
            if (y != null && (y < 1945 || y > 2100)) {
                problem(node(name), "\"" + name + "\" " + y + " is not a plausible year");
                return null;
            }
            return y;
        }

        int line(boolean required) {
            Integer l = integer("line", required);
            if (l == null) {
                return 0;
            }
            if (l < 1 || (lines != null && l > lines.size())) {
                problem(node("line"), "line " + l + " is outside the source text"
                        + (lines != null ? " (1.." + lines.size() + ")" : ""));
                return 0;
            }
            return l;
        }

        LocalDate date(String name, boolean presentOrNull) {
            String s = presentOrNull ? strOrNull(name, true) : str(name, false);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem(node(name), "\"" + name + "\" \"" + s + "\" is not a date YYYY-MM-DD");
                return null;
            }
        }

        String oneOf(String name, Set<String> allowed, boolean required) {
            String s = str(name, required);
            if (s != null && !allowed.contains(s)) {
                problem(node(name), "unknown " + name + " \"" + s + "\"; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
                return null;
            }
            return s;
        }

        <E> E code(String name, Function<String, E> parse, boolean required) {
            String s = str(name, required);
            if (s == null) {
                return null;
            }
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                problem(node(name), e.getMessage());
                return null;
            }
        }

        String sectionRef(boolean required) {
            String s = str("section", required);
            if (s != null && !sectionIds.contains(s)) {
                problem(node("section"), "unknown section \"" + s + "\"");
            }
            return s;
        }

        String agencyRef(String name, boolean required) {
            String s = str(name, required);
            if (s != null && !agencyIds.contains(s)) {
                problem(node(name), "unknown agency \"" + s + "\"; declare it in /agencies");
            }
            return s;
        }

        List<String> agencyRefs(String name) {
            return strings(name, a -> {
                if (!agencyIds.contains(a.value())) {
                    problem(a, "unknown agency \"" + a.value() + "\"; declare it in /agencies");
                }
            });
        }

        List<String> areas() {
            return strings("areas", a -> {
                String why = areaCodeProblem((String) a.value());
                if (why != null) {
                    problem(a, why);
                }
            });
        }

        private List<String> strings(String name, java.util.function.Consumer<Node> check) {
            Node v = node(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!(v.value() instanceof Arr a)) {
                problem(v, "\"" + name + "\" must be an array of strings, found " + describe(v));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Node e : a.elements()) {
                if (e.value() instanceof String s) {
                    check.accept(e);
                    out.add(s);
                } else {
                    problem(e, "expected a string, found " + describe(e));
                }
            }
            return out;
        }

        /** A quoted field: must occur on its source line (white space collapsed) when the text is available. */
        String quote(String name, int line, boolean required) {
            String s = str(name, required);
            if (s != null && lines != null && line > 0) {
                if (!collapsedLines.get(line - 1).contains(collapse(s))) {
                    problem(node(name), "quote does not occur on line " + line + " of the source text: \""
                            + abbreviate(s) + "\"");
                }
            }
            return s;
        }

        <T> T objOrNull(String name, Function<Node, T> read, boolean mustBePresent) {
            Node v = mustBePresent ? required(name) : node(name);
            if (v == null || v.isNull()) {
                return null;
            }
            try {
                return read.apply(v);
            } catch (Invalid e) {
                return null;
            }
        }

        <T> List<T> list(String name, boolean required, Function<Node, T> read) {
            Node v = required ? required(name) : node(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!(v.value() instanceof Arr a)) {
                problem(v, "\"" + name + "\" must be an array, found " + describe(v));
                return List.of();
            }
            List<T> out = new ArrayList<>();
            for (Node e : a.elements()) {
                try {
                    T t = read.apply(e);
                    if (t != null) {
                        out.add(t);
                    }
                } catch (Invalid | IllegalArgumentException | NullPointerException ex) {
                    if (!(ex instanceof Invalid)) {
                        problem(e, ex.getMessage());
                    }
                }
            }
            return out;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "…";
    }
}
