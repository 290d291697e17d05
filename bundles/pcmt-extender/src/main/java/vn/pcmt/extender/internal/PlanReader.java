package vn.pcmt.extender.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.DraftInfo;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.Locality;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.Project;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.Section;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.Target;
import vn.pcmt.api.UnitGroup;
import vn.pcmt.extender.internal.Json.Arr;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.ReadContext.Invalid;

/**
 * Turns a plan JSON tree into a {@link Plan}, checking everything docs/plan-format.md requires. It does not stop
 * at the first problem: every problem is collected with its line, column and JSON pointer ({@link ReadContext}),
 * and the plan is refused if there is any.
 *
 * <p>This class reads the document itself (format, id, title, issuer, locality, dates, period, source, draft) and
 * the order of its parts; the parts are read by {@link DeclarationReader} (sections, agencies, indicators, legal
 * bases), {@link TargetReader} (targets, roadmaps) and {@link AssignmentReader} (assignments, projects, reporting
 * duties, unit groups).
 */
final class PlanReader {
    static final int FORMAT_VERSION = 1;
    /**
     * What an area code looks like. Areas are open: any deployed area bundle adds one (a province's "aftercare"
     * pillar, say), so a plan may name an area whose bundle is not deployed here; only the form is checked.
     */
    static final Pattern AREA_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int AREA_CODE_MAX = 40;
    private static final Pattern PLAN_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Null when {@code code} is a well-formed area code, else what is wrong with it. */
    static String areaCodeProblem(String code) {
        if (code.length() > AREA_CODE_MAX || !AREA_CODE.matcher(code).matches()) {
            return "bad area code \"" + code + "\": lowercase letters and digits, words joined by \"-\", at most "
                    + AREA_CODE_MAX + " characters (supply, demand, harm, propaganda, aftercare, cross-cutting …)";
        }
        return null;
    }

    private final ReadContext cx;
    private final DeclarationReader declarations;
    private final TargetReader targets;
    private final AssignmentReader assignments;

    /**
     * @param file  the name used in problems
     * @param lines the source document's lines, to check quotes against; null when the text is not available
     */
    PlanReader(String file, List<String> lines) {
        this.cx = new ReadContext(file, lines);
        this.declarations = new DeclarationReader(cx);
        this.targets = new TargetReader(cx);
        this.assignments = new AssignmentReader(cx);
    }

    Plan read(Node root) throws PlanException {
        Plan plan = null;
        try {
            plan = plan(root);
        } catch (Invalid e) {
            // recorded already; the problem list below says what
        }
        if (!cx.problems().isEmpty() || plan == null) {
            throw new PlanException(cx.problems());
        }
        return plan;
    }

    private Plan plan(Node root) {
        Fields f = cx.fields(root, "$schema", "format", "id", "title", "titleStated", "issuer", "locality",
                "documentNumber", "documentDate", "documentDateText", "period", "source", "legalBases", "agencies",
                "sections", "indicators", "targets", "roadmaps", "projects", "assignments", "reportingDuties",
                "unitGroups", "draft");
        Node fmt = f.required("format");
        if (fmt != null && !(fmt.value() instanceof Number n && n.intValue() == FORMAT_VERSION)) {
            cx.problem(fmt, "unsupported format " + fmt.value() + "; this platform reads format " + FORMAT_VERSION);
        }
        String id = f.str("id", true);
        if (id != null && !PLAN_ID.matcher(id).matches()) {
            cx.problem(f.node("id"), "plan id \"" + id + "\" must be lower-case letters, digits and '-'");
        }
        String title = f.str("title", true);
        Boolean titleStated = f.bool("titleStated");
        String issuer = f.str("issuer", true);
        Locality locality = f.objOrNull("locality", n -> {
            Fields l = cx.fields(n, "name", "level");
            return new Locality(l.str("name", true), l.oneOf("level", Set.of("province", "city"), true));
        }, true);
        String number = f.strOrNull("documentNumber", true);
        LocalDate date = f.date("documentDate", true);
        String dateText = f.str("documentDateText", false);
        PlanPeriod period = f.objOrNull("period", this::period, true);
        cx.period = period; // deadlines and roadmap years are checked against it
        SourceDocument source = f.objOrNull("source", n -> {
            Fields s = cx.fields(n, "text", "original");
            return new SourceDocument(s.str("text", true), s.str("original", false));
        }, true);

        // sections, agencies and indicators first: everything else refers to them
        List<Section> sections = f.list("sections", true, declarations::section);
        List<Agency> agencies = f.list("agencies", true, declarations::agency);
        List<Indicator> indicators = f.list("indicators", true, declarations::indicator);
        List<LegalBasis> legal = f.list("legalBases", true, declarations::legalBasis);
        List<Target> targetList = f.list("targets", true, targets::target);
        List<Roadmap> roadmaps = f.list("roadmaps", false, targets::roadmap);
        List<Project> projects = f.list("projects", false, assignments::project);
        List<Assignment> assignmentList = f.list("assignments", true, assignments::assignment);
        List<ReportingDuty> duties = f.list("reportingDuties", true, assignments::reportingDuty);
        List<UnitGroup> groups = f.list("unitGroups", false, assignments::unitGroup);
        DraftInfo draft = f.objOrNull("draft", this::draftInfo, false); // last: it counts the drafted items
        uniqueIds(f, "legalBases", legal, LegalBasis::id);
        uniqueIds(f, "targets", targetList, Target::id);
        uniqueIds(f, "roadmaps", roadmaps, Roadmap::id);
        uniqueIds(f, "projects", projects, Project::id);
        uniqueIds(f, "assignments", assignmentList, Assignment::id);
        uniqueIds(f, "reportingDuties", duties, ReportingDuty::id);
        uniqueIds(f, "unitGroups", groups, UnitGroup::id);
        if (!cx.problems().isEmpty()) {
            return null;
        }
        return new Plan(id, title, titleStated == null || titleStated, issuer, locality, number, date, dateText,
                period, source, legal, agencies, sections, indicators, targetList, roadmaps, projects, assignmentList,
                duties, groups, draft);
    }

    private PlanPeriod period(Node n) {
        Fields p = cx.fields(n, "from", "to");
        Integer from = p.year("from", true);
        Integer to = p.year("to", true);
        if (from != null && to != null && to < from) {
            cx.problem(n, "period ends (" + to + ") before it starts (" + from + ")");
            return null;
        }
        return from == null || to == null ? null : new PlanPeriod(from, to);
    }

    /** The plan's {@code draft} (plan:draft): the tool's counts, or those of the items' own draft metadata. */
    private DraftInfo draftInfo(Node n) {
        Fields f = cx.fields(n, "tool", "from", "items", "lowConfidence", "findings", "differences");
        String from = f.str("from", false);
        Integer items = f.integer("items", false);
        Integer low = f.integer("lowConfidence", false);
        f.list("findings", false, x -> x.value() instanceof String s ? s : null);
        f.list("differences", false, x -> {
            cx.fields(x, "plan", "indicator", "year", "loaded", "drafted", "target");
            return null;
        });
        // counted on the items when they carry their metadata; an export (plan:export) keeps only the counts
        return cx.draftItems > 0 ? new DraftInfo(from, cx.draftItems, cx.draftLow)
                : new DraftInfo(from, items == null ? 0 : items, low == null ? 0 : low);
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
                cx.problem(a.elements().get(i), "duplicate id \"" + v + "\" in " + array);
            }
        }
    }
}
