package vn.pcmt.shell.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.Finding;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanLoader;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.Hit;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.api.Target;

/**
 * The {@code plan:*} commands: list, show, load, unload and export plans, and look into the documents behind them
 * ({@code check}, {@code quote}, {@code search}). {@code plan:draft} is the draft bundle's (pcmt-draft).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = PlanCommands.class, property = {
    "osgi.command.scope=plan", "osgi.command.function=list", "osgi.command.function=show",
    "osgi.command.function=load", "osgi.command.function=unload", "osgi.command.function=export",
    "osgi.command.function=check", "osgi.command.function=quote", "osgi.command.function=search"})
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

    static final Cli CHECK = new Cli("plan:check", "findings about a plan's document: shares that disagree with"
            + " counts, roadmap steps that do not add up, repeated or skipped labels, empty headings, districts named"
            + " after 1/7/2025, repeated sentences (also run on every load)").format()
            .optionalArg("ID", "plan id; all plans when omitted");
    static final Cli QUOTE = new Cli("plan:quote", "print the original paragraph of a section, target, assignment,"
            + " reporting duty or legal basis from the document text shipped with the plan").format()
            .arg("ID", "plan id").arg("REF", "item id, e.g. II.2, II.2#1, III.1.2#2 (see plan:show, assignment:list)");
    static final Cli SEARCH = new Cli("plan:search", "find sections, targets, assignments, reports and legal bases"
            + " in every plan, ignoring case and diacritics (\"cong an\" finds \"Công an\")")
            .opt("plan", "ID", "only this plan").format().arg("TEXT", "words to find (quote several words)");

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
        PlanView.print(System.out, ps, registry);
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

    @Descriptor("check plans")
    public void check(CommandSession session, @Descriptor("[--format table|json] [ID]") String... args) {
        Cli.Parsed a = CHECK.parse(args, System.out);
        if (a == null) {
            return;
        }
        List<PlanService> plans = a.arg(0) == null ? registry.plans() : List.of(Views.plan(registry, a.arg(0)));
        List<Map<String, Object>> rows = new ArrayList<>();
        Table t = Table.h("PLAN", "SEVERITY", "CODE", "REF", "LINE", "FINDING").max(5, 110);
        for (PlanService ps : plans) {
            for (Finding f : ps.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("plan", ps.plan().id());
                m.put("severity", f.severity().name());
                m.put("code", f.code());
                m.put("ref", f.ref());
                m.put("line", f.line());
                m.put("message", f.message());
                rows.add(m);
                t.row(ps.plan().id(), f.severity(), f.code(), f.ref(), f.line(), f.message());
            }
        }
        acrossPlans(plans, rows, t);
        if (a.json()) {
            JsonOut.print(System.out, rows);
        } else if (rows.isEmpty()) {
            System.out.println(Msg.t("check.none"));
        } else {
            t.print(System.out);
            System.out.println(Msg.t("check.count", rows.size()));
        }
    }

    /**
     * Two loaded plans of the same locality setting the same indicator for the same year differently: report:progress
     * judges by the later document (docs/progress.md); the operator should know the two disagree.
     */
    private void acrossPlans(List<PlanService> checked, List<Map<String, Object>> rows, Table t) {
        // only plans of a checked plan's locality are read (their summaries say where they are): the rest stay unread
        java.util.Set<String> places = new java.util.HashSet<>();
        checked.forEach(ps -> places.add(vn.pcmt.api.text.Text.fold(ps.summary().locality())));
        List<vn.pcmt.api.Plan> all = registry.plans().stream().filter(ps -> ps.summary().locality() != null
                && places.contains(vn.pcmt.api.text.Text.fold(ps.summary().locality()))).map(PlanService::plan).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PlanService ps : checked) {
            vn.pcmt.api.Plan p = ps.plan();
            for (vn.pcmt.api.Target x : p.targets()) {
                for (vn.pcmt.api.Plan o : all) {
                    if (o.id().equals(p.id()) || p.locality() == null || o.locality() == null || x.deadline() == null
                            || !vn.pcmt.api.text.Text.fold(o.locality().name()).equals(vn.pcmt.api.text.Text.fold(p.locality().name()))) {
                        continue;
                    }
                    for (vn.pcmt.api.Target y : o.targets()) {
                        if (!y.indicator().equals(x.indicator()) || y.deadline() == null
                                || y.deadline().year() != x.deadline().year() || y.formatted().equals(x.formatted())) {
                            continue;
                        }
                        String key = p.id() + x.id() + o.id() + y.id();
                        if (!seen.add(key)) {
                            continue;
                        }
                        String msg = x.indicator() + " for " + x.deadline().year() + ": " + x.formatted() + " here, "
                                + y.formatted() + " in " + o.id() + " " + y.id() + " (" + o.documentDate() + ")"
                                + "; report:progress uses the later document's";
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("plan", p.id());
                        m.put("severity", "WARNING");
                        m.put("code", "targets-disagree");
                        m.put("ref", x.id());
                        m.put("line", x.ref().line());
                        m.put("message", msg);
                        rows.add(m);
                        t.row(p.id(), "WARNING", "targets-disagree", x.id(), x.ref().line(), msg);
                    }
                }
            }
        }
    }

    @Descriptor("quote a plan's document")
    public void quote(CommandSession session, @Descriptor("[--format table|json] ID REF") String... args) {
        Cli.Parsed a = QUOTE.parse(args, System.out);
        if (a == null) {
            return;
        }
        PlanService ps = Views.plan(registry, a.arg(0));
        String ref = a.arg(1);
        Hit h = registry.item(ps.plan().id(), ref)
                .orElseThrow(() -> Views.unknown(Msg.t("kind.refIn", ps.plan().id()), ref,
                        registry.itemIds(ps.plan().id())));
        List<String> lines = ps.sourceLines();
        if (lines.isEmpty()) {
            throw new OperatorError(Msg.t("quote.noText", ps.plan().id(), ps.plan().source().text()));
        }
        String paragraph = h.line() >= 1 && h.line() <= lines.size() ? lines.get(h.line() - 1) : "";
        if (a.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plan", ps.plan().id());
            m.put("kind", h.kind());
            m.put("ref", h.ref());
            m.put("line", h.line());
            m.put("document", ps.plan().source().original());
            m.put("paragraph", paragraph);
            JsonOut.print(System.out, m);
            return;
        }
        System.out.println(ps.plan().id() + " · " + h.kind() + " " + h.ref() + " · "
                + (ps.plan().source().original() != null ? ps.plan().source().original() : ps.plan().source().text())
                + ", " + Msg.t("quote.line", h.line()));
        System.out.println();
        System.out.println(paragraph.strip());
    }

    @Descriptor("search every plan")
    public void search(CommandSession session, @Descriptor("[--plan ID] [--format table|json] TEXT") String... args) {
        String[] joined = joinWords(args);
        Cli.Parsed a = SEARCH.parse(joined, System.out);
        if (a == null) {
            return;
        }
        String planId = Views.planOption(registry, a);
        List<Hit> hits = registry.search(a.arg(0)).stream().filter(h -> planId == null || h.plan().id().equals(planId))
                .toList();
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Hit h : hits) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("plan", h.plan().id());
                m.put("kind", h.kind());
                m.put("ref", h.ref());
                m.put("line", h.line());
                m.put("text", h.text());
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        if (hits.isEmpty()) {
            System.out.println(Msg.t("search.none", a.arg(0)));
            return;
        }
        Table t = Table.h("PLAN", "KIND", "REF", "LINE", "TEXT").max(4, 90);
        for (Hit h : hits) {
            t.row(h.plan().id(), Msg.code("item", h.kind()), h.ref(), h.line(), snippet(h.text(), a.arg(0)));
        }
        t.print(System.out);
        System.out.println(Msg.t("search.count", hits.size()));
    }

    /** Several words typed without quotes are one search text; options stay options. */
    static String[] joinWords(String[] args) {
        List<String> out = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            String s = args[i];
            if (s.startsWith("--")) {
                out.add(s);
                if (!s.equals("--help") && !s.contains("=") && i + 1 < args.length) {
                    out.add(args[++i]);
                }
            } else {
                words.append(words.length() == 0 ? "" : " ").append(s);
            }
        }
        if (words.length() > 0) {
            out.add(words.toString());
        }
        return out.toArray(new String[0]);
    }

    /** The text around the first match of the query's first word, diacritics ignored. */
    static String snippet(String text, String query) {
        String folded = vn.pcmt.api.text.Text.fold(text);
        String first = vn.pcmt.api.text.Text.fold(query).split(" ")[0];
        String oneLine = Table.oneLine(text);
        int at = vn.pcmt.api.text.Text.fold(oneLine).indexOf(first);
        if (at < 0 || folded.length() != oneLine.length() || at < 30) {
            return oneLine;
        }
        int start = oneLine.lastIndexOf(' ', at - 20);
        return "…" + oneLine.substring(start < 0 ? 0 : start + 1);
    }
}
