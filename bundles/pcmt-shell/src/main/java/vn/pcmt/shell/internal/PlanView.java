package vn.pcmt.shell.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Finding;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Section;
import vn.pcmt.api.Target;
import vn.pcmt.api.UnitGroup;

/** {@code plan:show} as the operator reads it: metadata, outline, targets, roadmaps, duties per body, reporting. */
final class PlanView {
    private PlanView() {}

    static void print(PrintStream out, PlanService ps, PlanRegistry registry) {
        Plan p = ps.plan();
        out.println(p.title() + (p.titleStated() ? "" : " " + Msg.t("plan.title.notPrinted")));
        Table meta = Table.h("FIELD", "VALUE");
        meta.row(Msg.t("plan.f.id"), p.id());
        meta.row(Msg.t("plan.f.issuer"), p.issuer());
        meta.row(Msg.t("plan.f.locality"), p.locality() == null ? Msg.t("plan.notNamed") : p.locality().name());
        meta.row(Msg.t("plan.f.number"), p.documentNumber() == null ? Msg.t("plan.notInDocument") : p.documentNumber());
        meta.row(Msg.t("plan.f.date"), p.documentDate() != null ? Dates.show(p.documentDate())
                : p.documentDateText() != null ? p.documentDateText() : Msg.t("plan.notInDocument"));
        meta.row(Msg.t("plan.f.period"), p.period());
        meta.row(Msg.t("plan.f.origin"), ps.origin());
        meta.row(Msg.t("plan.f.source"), p.source().original() != null ? p.source().original() : p.source().text());
        meta.row(Msg.t("plan.f.contents"), Msg.t("plan.contents", p.sections().size(), p.targets().size(),
                p.assignments().size(), p.reportingDuties().size(), p.legalBases().size()));
        meta.print(out);

        out.println();
        out.println(Msg.t("plan.outline"));
        for (Section s : p.sections()) {
            int depth = depth(p, s);
            out.println("  ".repeat(depth + 1) + (s.label() == null ? Msg.t("plan.noLabel") : s.label()) + " " + Table.cut(Table.oneLine(s.heading()), Math.max(30, Term.width() - 2 * depth - 12)));
        }

        out.println();
        out.println(Msg.t("plan.targets"));
        Table tt = Table.h("ID", "SECTION", "INDICATOR", "TARGET", "BY", "TEXT").max(5, 60);
        for (Target t : p.targets()) {
            tt.row(t.id(), t.ref().section(), t.indicator(), t.formatted(), Views.deadline(t), t.text());
        }
        tt.print(out);

        for (Roadmap r : p.roadmaps()) {
            out.println();
            out.println(Msg.t("plan.roadmap", r.id(), r.section(), r.indicator()));
            Table rt = Table.h("YEAR", "TARGET", "MIN NEW", "SHARE", "AS PRINTED");
            for (RoadmapStep s : r.steps()) {
                String share = r.of() == null ? "" : String.format("%.1f%%", 100.0 * s.value() / r.of());
                rt.row(s.year(), vn.pcmt.api.text.Numbers.format(s.value()) + (r.of() == null ? "" : "/" + r.of()),
                        s.minNew() == null ? "" : s.minNew(), share, s.statedShare() == null ? "" : s.statedShare());
            }
            rt.print(out);
        }

        out.println();
        out.println(Msg.t("plan.duties", p.assignments().size(), p.id()));
        Map<String, java.time.LocalDate> nextDue = new TreeMap<>();
        for (Assignment as : p.assignments()) {
            if (as.due() != null) {
                nextDue.merge(as.agency(), as.due().date(), (x, y) -> x.isAfter(y) ? y : x);
            }
        }
        Table at = Table.h("AGENCY", "NAME", "LEAD", "COORDINATE", "REQUESTED", "EARLIEST DUE").max(1, 50);
        for (PlanRegistry.AgencyUse u : registry.agencies(p.id())) { // the registry counts the duties per body
            if (u.lead() + u.coordinate() + u.requested() > 0) {
                at.row(u.id(), Views.agencyName(p, u.id()), u.lead(), u.coordinate(), u.requested(),
                        nextDue.containsKey(u.id()) ? nextDue.get(u.id()) : "");
            }
        }
        at.print(out);

        if (!p.reportingDuties().isEmpty()) {
            out.println();
            out.println(Msg.t("plan.reporting"));
            Table dt = Table.h("ID", "FREQUENCY", "DUE", "FROM", "TO").max(3, 40).max(4, 40);
            for (ReportingDuty d : p.reportingDuties()) {
                String due = d.dueMonthDay() != null ? Msg.t("plan.before", String.format("%02d/%02d", d.dueMonthDay()
                        .getDayOfMonth(), d.dueMonthDay().getMonthValue())) : d.dueDate() != null ? Dates.show(d.dueDate()) : "";
                dt.row(d.id(), Msg.code("freq", d.frequency().code()), due,
                        String.join(", ", d.from().stream().map(f -> Views.agencyName(p, f)).toList()), d.to());
            }
            dt.print(out);
        }
        for (UnitGroup g : p.unitGroups()) {
            out.println();
            out.println(Msg.t("plan.units", g.id(), g.ref().section(), g.units().size()));
            out.println("  " + String.join(", ", g.units().stream().map(UnitGroup.NamedUnit::name).toList()));
        }
        if (!p.legalBases().isEmpty()) {
            out.println();
            out.println(Msg.t("plan.legal"));
            Table lt = Table.h("NUMBER", "DATE", "ISSUER", "TEXT").max(3, 70);
            for (LegalBasis b : p.legalBases()) {
                lt.row(b.number() == null ? "" : b.number(), b.date() == null ? "" : b.date(), // as printed
                        b.issuer() == null ? "" : b.issuer(), b.text());
            }
            lt.print(out);
        }
        java.util.Map<String, int[]> missing = registry.undeployedAreas(p);
        if (!missing.isEmpty()) {
            out.println();
            int targets = 0;
            int duties = 0;
            for (int[] c : missing.values()) {
                targets += c[0];
                duties += c[1];
            }
            out.println(Msg.t("plan.areasMissing", targets, duties, String.join(", ", missing.keySet())));
        }
        List<Finding> findings = ps.findings();
        if (!findings.isEmpty()) {
            out.println();
            out.println(Msg.t("plan.findings", p.id()));
            for (Finding f : findings) {
                out.println("  " + f);
            }
        }
    }

    private static int depth(Plan p, Section s) {
        int d = 0;
        String parent = s.parent();
        while (parent != null && d < 10) {
            d++;
            parent = p.section(parent).map(Section::parent).orElse(null);
        }
        return d;
    }
}
