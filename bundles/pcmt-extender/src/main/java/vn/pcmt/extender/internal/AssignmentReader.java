package vn.pcmt.extender.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Due;
import vn.pcmt.api.Frequency;
import vn.pcmt.api.Project;
import vn.pcmt.api.Recurrence;
import vn.pcmt.api.Ref;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Role;
import vn.pcmt.api.UnitGroup;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.ReadContext.Invalid;

/**
 * Reads who is to do what: a plan's assignments (an agency, its role, a due date or a recurrence), its projects,
 * its reporting duties (who reports to whom, how often, by which day) and its unit groups (the communes a clause
 * names). Every agency named must be declared.
 */
final class AssignmentReader {
    static final Set<String> UNIT_KINDS = Set.of("xa", "phuong", "dac-khu", "thi-tran", "huyen", "quan", "thi-xa");

    private final ReadContext cx;

    AssignmentReader(ReadContext cx) {
        this.cx = cx;
    }

    Assignment assignment(Node n) {
        int before = cx.problemCount();
        Fields f = cx.fields(n, "id", "section", "line", "areas", "agency", "role", "with", "text", "due", "recurrence",
                "draft");
        cx.draftMeta(f);
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String agency = f.agencyRef("agency", true);
        Role role = f.code("role", Role::ofCode, true);
        String text = f.quote("text", line, true);
        Due due = f.objOrNull("due", d -> {
            Fields df = cx.fields(d, "date", "text");
            LocalDate date = df.date("date", true);
            String t = df.quote("text", line, false);
            return date == null ? null : new Due(date, t);
        }, false);
        Recurrence rec = f.objOrNull("recurrence", r -> {
            Fields rf = cx.fields(r, "frequency", "text", "day");
            Frequency fr = rf.code("frequency", Frequency::ofCode, true);
            String t = rf.quote("text", line, false);
            return fr == null ? null : new Recurrence(fr, t, rf.integer("day", false));
        }, false);
        if (cx.problemCount() > before) {
            throw new Invalid();
        }
        return new Assignment(id, new Ref(section, line), f.areas(), agency, role, f.agencyRefs("with"), text, due,
                rec);
    }

    Project project(Node n) {
        Fields f = cx.fields(n, "id", "section", "line", "label", "title", "parent", "lead", "with", "areas");
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String title = f.quote("title", line, false);
        String lead = f.agencyRef("lead", false);
        return new Project(id, new Ref(section, line), f.str("label", true), title, f.strOrNull("parent", false), lead,
                f.agencyRefs("with"));
    }

    ReportingDuty reportingDuty(Node n) {
        Fields f = cx.fields(n, "id", "section", "line", "text", "from", "to", "frequency", "dueMonthDay", "dueDate",
                "areas", "draft");
        cx.draftMeta(f);
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
                cx.problem(f.node("dueMonthDay"), "dueMonthDay \"" + mdText + "\" is not MM-DD");
            }
        }
        return new ReportingDuty(id, new Ref(section, line), text, from, f.str("to", false),
                fr == null ? Frequency.ONCE : fr, md, f.date("dueDate", false));
    }

    UnitGroup unitGroup(Node n) {
        Fields f = cx.fields(n, "id", "section", "line", "text", "units", "areas");
        String id = f.itemId();
        String section = f.sectionRef(true);
        int line = f.line(true);
        String text = f.quote("text", line, false);
        List<UnitGroup.NamedUnit> units = f.list("units", true, u -> {
            Fields uf = cx.fields(u, "name", "kind");
            String name = uf.quote("name", line, true);
            return new UnitGroup.NamedUnit(name, uf.oneOf("kind", UNIT_KINDS, true));
        });
        return new UnitGroup(id, new Ref(section, line), text, units);
    }
}
