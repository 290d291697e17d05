package vn.pcmt.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Finding;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanLoader;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Section;
import vn.pcmt.api.Target;
import vn.pcmt.api.UnitGroup;

/** {@code plan:*}: list, show, load, unload and export plans. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = PlanCommands.class, property = {"osgi.command.scope=plan", "osgi.command.function=list",
    "osgi.command.function=show", "osgi.command.function=load", "osgi.command.function=unload",
    "osgi.command.function=export"})
public final class PlanCommands {
    static final Cli LIST = new Cli("plan:list", "list the loaded plans").format();
    static final Cli SHOW = new Cli("plan:show", "show a plan: metadata, outline, targets, roadmap, duties")
            .format().arg("ID", "plan id (see plan:list)");
    static final Cli LOAD = new Cli("plan:load", "load a plan JSON file into the running platform; it stays loaded"
            + " across restarts until plan:unload").arg("FILE", "a *.plan.json file (docs/plan-format.md)");
    static final Cli UNLOAD = new Cli("plan:unload", "remove a plan (a plan bundle is stopped)")
            .arg("ID", "plan id");
    static final Cli EXPORT = new Cli("plan:export", "write a plan as JSON in the plan format; loading the export"
            + " gives the same plan").opt("output", "FILE", "write to FILE instead of the console")
            .arg("ID", "plan id");

    private final PlanRegistry registry;
    private final PlanLoader loader;

    @Activate
    public PlanCommands(@Reference PlanRegistry registry, @Reference PlanLoader loader) {
        this.registry = registry;
        this.loader = loader;
    }

    @Descriptor("list the loaded plans")
    public void list(CommandSession session, @Descriptor("[--format table|json]") String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        List<PlanService> plans = registry.plans();
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PlanService ps : plans) {
                PlanSummary p = ps.summary(); // listing reads no plan (see PlanService.summary)
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("locality", p.locality());
                m.put("from", p.period().from());
                m.put("to", p.period().to());
                m.put("issuer", p.issuer());
                m.put("title", p.title());
                m.put("sections", p.sections());
                m.put("targets", p.targets());
                m.put("assignments", p.assignments());
                m.put("origin", ps.origin());
                m.put("draft", p.draft());
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        if (plans.isEmpty()) {
            System.out.println(Msg.t("plan.none"));
            return;
        }
        Table t = Table.h("ID", "LOCALITY", "PERIOD", "SECTIONS", "TARGETS", "ASSIGNMENTS", "TITLE").max(6, 70);
        for (PlanService ps : plans) {
            PlanSummary p = ps.summary();
            // a draft of plan:draft is marked until someone reviews it and takes the draft field out
            t.row(p.id(), p.localityName(), p.period(), p.sections(), p.targets(), p.assignments(),
                    (p.draft() ? "[BẢN NHÁP] " : "") + p.title());
        }
        t.print(System.out);
    }

    @Descriptor("show a plan")
    public void show(CommandSession session, @Descriptor("[--format table|json] ID") String... args) {
        Cli.Parsed a = SHOW.parse(args, System.out);
        if (a == null) {
            return;
        }
        PlanService ps = Views.plan(registry, a.arg(0));
        Plan p = ps.plan();
        if (a.json()) {
            System.out.print(loader.toJson(p));
            return;
        }
        PrintStream out = System.out;
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
                rt.row(s.year(), vn.pcmt.api.Numbers.format(s.value()) + (r.of() == null ? "" : "/" + r.of()),
                        s.minNew() == null ? "" : s.minNew(), share, s.statedShare() == null ? "" : s.statedShare());
            }
            rt.print(out);
        }

        out.println();
        out.println(Msg.t("plan.duties", p.assignments().size(), p.id()));
        Map<String, int[]> byAgency = new TreeMap<>();
        Map<String, String> nextDue = new TreeMap<>();
        for (Assignment as : p.assignments()) {
            int[] c = byAgency.computeIfAbsent(as.agency(), k -> new int[3]);
            c[as.role().ordinal()]++;
            if (as.due() != null) {
                nextDue.merge(as.agency(), as.due().date().toString(), (x, y) -> x.compareTo(y) <= 0 ? x : y); // ISO sorts
            }
        }
        Table at = Table.h("AGENCY", "NAME", "LEAD", "COORDINATE", "REQUESTED", "EARLIEST DUE").max(1, 50);
        byAgency.forEach((id, c) -> at.row(id, Views.agencyName(p, id), c[0], c[1], c[2], nextDue.containsKey(id) ? java.time.LocalDate.parse(nextDue.get(id)) : ""));
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

    @Descriptor("load a plan JSON file")
    public void load(CommandSession session, @Descriptor("FILE") String... args) {
        Cli.Parsed a = LOAD.parse(args, System.out);
        if (a == null) {
            return;
        }
        Path file = Views.path(session, a.arg(0));
        try {
            PlanService ps = loader.load(file);
            PlanSummary p = ps.summary(); // a file unchanged since it was last checked is not read again here
            // audited by the loader, before the plan was registered (no plan is registered unaudited)
            System.out.println(Msg.t("plan.loadedFrom", p.id(), p.sections(), p.targets(), p.assignments(), file));
            if (p.warnings() > 0) {
                System.out.println(Msg.t("plan.warnings", p.warnings(), p.id()));
            }
        } catch (PlanException e) {
            throw new OperatorError(Msg.t("plan.notLoaded") + "\n" + e.getMessage());
        }
    }

    @Descriptor("remove a plan")
    public void unload(CommandSession session, @Descriptor("ID") String... args) {
        Cli.Parsed a = UNLOAD.parse(args, System.out);
        if (a == null) {
            return;
        }
        PlanService ps = Views.plan(registry, a.arg(0));
        String id = ps.summary().id();
        try {
            loader.unload(id);
        } catch (PlanException e) {
            throw new OperatorError(e.getMessage());
        }
        // audited by the loader before the plan was removed
        System.out.println(Msg.t("plan.unloaded", id, ps.origin()));
    }

    @Descriptor("export a plan as JSON")
    public void export(CommandSession session, @Descriptor("[--output FILE] ID") String... args) throws IOException {
        Cli.Parsed a = EXPORT.parse(args, System.out);
        if (a == null) {
            return;
        }
        String json = loader.toJson(Views.plan(registry, a.arg(0)).plan());
        if (a.opt("output") == null) {
            System.out.print(json);
            return;
        }
        Views.writeFile(session, a.opt("output"), json);
    }
}
