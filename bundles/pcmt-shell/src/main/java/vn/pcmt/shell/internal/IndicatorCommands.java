package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import vn.pcmt.api.text.Numbers;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.InPlan;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.Figure;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.Target;

/**
 * The {@code indicator:*} commands: the plans' targets by indicator ({@code list}, {@code compare}) and the figures
 * recorded against them ({@code record}, {@code import}, {@code history}, {@code rollup}, {@code unrecord}).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = IndicatorCommands.class, property = {
    "osgi.command.scope=indicator", "osgi.command.function=list", "osgi.command.function=compare",
    "osgi.command.function=record", "osgi.command.function=import", "osgi.command.function=history",
    "osgi.command.function=rollup", "osgi.command.function=unrecord"})
public final class IndicatorCommands {
    static final Cli LIST = new Cli("indicator:list", "list indicators and their targets, in one plan or all")
            .opt("plan", "ID", "only this plan")
            .opt("area", "CODE", "only targets and roadmaps of this domain area (see area:list)").format();

    static final Cli COMPARE = new Cli("indicator:compare", "one indicator in every loaded plan: each plan's"
            + " targets for it side by side").format().arg("INDICATOR", "indicator id, e.g. drug-free-commune-share"
            + " (see indicator:list)");
    static final Cli RECORD = new Cli("indicator:record", "record an actual figure for a target and period (audited)")
            .opt("unit", "CODE", "the unit it is for (default: the whole province)").opt("note", "TEXT", "source, remark")
            .arg("PLAN", "plan id").arg("TARGET", "target id (see indicator:list --plan PLAN)")
            .arg("PERIOD", "2026 (year) or 2026-H1 / 2026-H2 (half-year)").arg("VALUE", "a number");
    static final Cli IMPORT = new Cli("indicator:import", "import figures from CSV (plan,target,period,value[,unit,note]):"
            + " any bad row and nothing is written; every bad row is listed with its line").arg("FILE", "a CSV file");
    static final Cli HISTORY = new Cli("indicator:history", "every value recorded for a target, with who and when")
            .format().arg("PLAN", "plan id").arg("TARGET", "target id");

    static final Cli ROLLUP = new Cli("indicator:rollup", "a target's unit-level figures over all units, per period:"
            + " summed for counts, averaged for shares; with --indicator, over every loaded plan").format()
            .opt("indicator", "CODE", "roll one indicator up over every plan measuring it (a national roll-up)")
            .optionalArg("PLAN", "plan id").optionalArg("TARGET", "target id");
    static final Cli UNRECORD = new Cli("indicator:unrecord", "remove a figure recorded by mistake (audited; the old"
            + " value stays in indicator:history)")
            .opt("unit", "CODE", "the unit's figure, not the plan's own").opt("note", "TEXT", "why")
            .arg("PLAN", "plan id").arg("TARGET", "target id").arg("PERIOD", "2026 or 2026-H1");

    private final PlanRegistry registry;
    /** Only the figure commands need the database: asked for per call, so list and compare never open it. */
    private final ComponentServiceObjects<ProgressStore> progress;

    @Activate
    public IndicatorCommands(@Reference PlanRegistry registry,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ProgressStore> progress) {
        this.registry = registry;
        this.progress = progress;
    }

    @Descriptor("list indicators and targets")
    public void list(CommandSession session, @Descriptor("[--plan ID] [--format table|json]") String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        String planId = Views.planOption(registry, a);
        String area = a.opt("area") == null ? null : Views.area(registry, a.opt("area")).code();
        List<InPlan<Target>> targets = registry.targets(planId).stream()
                .filter(t -> area == null || registry.areasOf(t.plan(), t.item()).contains(area)).toList();
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (InPlan<Target> t : targets) {
                Map<String, Object> m = new LinkedHashMap<>(Views.target(t.plan(), t.item()));
                m.put("indicatorName", t.plan().indicator(t.item().indicator()).map(i -> i.name()).orElse(null));
                m.put("attributedAreas", registry.areasOf(t.plan(), t.item()));
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        Table table = Table.h("PLAN", "INDICATOR", "NAME", "TARGET", "BY", "SECTION", "ID", "AREAS").max(2, 50);
        for (InPlan<Target> t : targets) {
            Plan p = t.plan();
            Target x = t.item();
            table.row(p.id(), x.indicator(), p.indicator(x.indicator()).map(i -> i.name()).orElse(""), x.formatted(),
                    Views.deadline(x), x.ref().section(), x.id(), String.join(", ", registry.areasOf(p, x)));
        }
        for (vn.pcmt.api.PlanService ps : planId == null ? registry.plans() : List.of(Views.plan(registry, planId))) {
            for (vn.pcmt.api.Roadmap r : ps.plan().roadmaps()) {
                if (area == null || registry.areasOf(ps.plan(), r).contains(area)) {
                    table.row(ps.plan().id(), r.indicator(), Msg.t("indicator.roadmap", r.steps().size()), r.steps().isEmpty()
                            ? "" : vn.pcmt.api.text.Numbers.format(r.steps().get(r.steps().size() - 1).value()) + "/" + r.of(),
                            r.steps().isEmpty() ? "" : r.steps().get(r.steps().size() - 1).year(), r.section(), r.id(),
                            String.join(", ", registry.areasOf(ps.plan(), r)));
                }
            }
        }
        if (table.size() == 0) {
            System.out.println(planId == null ? Msg.t("indicator.none") : Msg.t("indicator.noneIn", planId));
            return;
        }
        table.print(System.out);
    }

    /** The indicators {@code query} names: an id, or words of an id or name in any plan (one rule, {@link Names}). */
    static List<String> indicators(PlanRegistry registry, String query) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        for (String id : registry.indicatorIds()) {
            known.put(id, new ArrayList<>());
        }
        for (vn.pcmt.api.PlanService ps : registry.plans()) {
            for (vn.pcmt.api.Indicator i : ps.plan().indicators()) {
                known.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(i.name());
            }
        }
        List<String> found = Names.find(query, known).stream().filter(i -> !registry.compare(i).isEmpty()).toList();
        if (!found.isEmpty()) {
            return found; // words may name several ("xa khong ma tuy": the count and the share): all side by side
        }
        throw Views.unknown("indicator", query, registry.indicatorIds());
    }

    @Descriptor("compare one indicator across plans")
    public void compare(CommandSession session, @Descriptor("[--format table|json] INDICATOR") String... args) {
        Cli.Parsed a = COMPARE.parse(args, System.out);
        if (a == null) {
            return;
        }
        List<InPlan<Target>> targets = new ArrayList<>();
        List<String> indicators = indicators(registry, a.arg(0));
        indicators.forEach(i -> targets.addAll(registry.compare(i)));
        if (a.json()) {
            JsonOut.print(System.out, targets.stream().map(t -> Views.target(t.plan(), t.item())).toList());
            return;
        }
        boolean several = indicators.size() > 1; // words naming several indicators: say which each row is
        Table table = several ? Table.h("PLAN", "LOCALITY", "TARGET", "BY", "SECTION", "ID", "TEXT", "INDICATOR")
                .max(6, 60) : Table.h("PLAN", "LOCALITY", "TARGET", "BY", "SECTION", "ID", "TEXT").max(6, 60);
        for (InPlan<Target> t : targets) {
            Target x = t.item();
            table.row(t.plan().id(), t.plan().localityName(), x.formatted(), Views.deadline(x), x.ref().section(),
                    x.id(), x.text(), several ? x.indicator() : null);
        }
        table.print(System.out);
    }

    @Descriptor("record a figure")
    public void record(CommandSession session, @Descriptor("PLAN TARGET PERIOD VALUE [--unit CODE] [--note TEXT]")
            String... args) throws StoreException {
        Cli.Parsed a = RECORD.parse(args, System.out);
        if (a == null) {
            return;
        }
        try (Views.Held<ProgressStore> held = new Views.Held<>(progress, "indicator:record")) {
            ProgressStore store = held.service;
            String unit = Views.unitCode(store, a.opt("unit"));
            store.record(a.arg(0), a.arg(1), a.arg(2), a.arg(3), unit, a.opt("note"));
            System.out.println(unit == null ? Msg.t("figure.recorded", a.arg(0), a.arg(1), a.arg(2), a.arg(3))
                    : Msg.t("figure.recordedUnit", a.arg(0), a.arg(1), a.arg(2), a.arg(3), unit));
        }
    }

    @Descriptor("import figures from CSV")
    public void _import(CommandSession session, @Descriptor("FILE") String... args) throws StoreException {
        Cli.Parsed a = IMPORT.parse(args, System.out);
        if (a == null) {
            return;
        }
        try (Views.Held<ProgressStore> held = new Views.Held<>(progress, "indicator:import")) {
            ProgressStore store = held.service;
            ProgressStore.ImportResult r = store.importFigures(Views.path(session, a.arg(0)));
            System.out.println(Msg.t(r.rows() == 1 ? "figure.importedOne" : "figure.imported", r.rows(), r.file()));
        }
    }

    @Descriptor("history of a target's figures")
    public void history(CommandSession session, @Descriptor("PLAN TARGET") String... args) throws StoreException {
        Cli.Parsed a = HISTORY.parse(args, System.out);
        if (a == null) {
            return;
        }
        try (Views.Held<ProgressStore> held = new Views.Held<>(progress, "indicator:history")) {
            ProgressStore store = held.service;
            List<Figure> h = store.history(a.arg(0), a.arg(1));
            if (a.json()) {
                JsonOut.print(System.out, h); // the store's records as they are
                return;
            }
            if (h.isEmpty()) {
                System.out.println(Msg.t("figure.none", a.arg(0), a.arg(1)));
                return;
            }
            Table t = Table.h("PERIOD", "UNIT", "VALUE", "OPERATOR", "AT", "NOTE").max(5, 60);
            for (Figure f : h) {
                t.row(f.period(), f.unit(), Numbers.format(f.value()), f.operator(),
                        Views.at(f.at()), f.note() == null ? "" : f.note());
            }
            t.print(System.out);
        }
    }

    @Descriptor("roll a target's unit figures up by period")
    public void rollup(CommandSession session, @Descriptor("PLAN TARGET | --indicator CODE") String... args)
            throws StoreException {
        Cli.Parsed a = ROLLUP.parse(args, System.out);
        if (a == null) {
            return;
        }
        String indicator = a.opt("indicator");
        if (indicator != null && a.arg(0) != null) {
            throw ROLLUP.usageError(Msg.t("rollup.notBoth"));
        }
        if (indicator == null && a.arg(1) == null) {
            throw ROLLUP.usageError(Msg.t("usage.missing", a.arg(0) == null ? "PLAN" : "TARGET"));
        }
        try (Views.Held<ProgressStore> held = new Views.Held<>(progress, "indicator:rollup")) {
            ProgressStore store = held.service;
            List<ProgressStore.Rollup> r = indicator != null ? store.rollupIndicator(indicator)
                    : store.rollup(a.arg(0), a.arg(1));
            if (a.json()) {
                JsonOut.print(System.out, r);
                return;
            }
            if (r.isEmpty()) {
                System.out.println(Msg.t("rollup.none", indicator != null ? indicator : a.arg(0) + " " + a.arg(1)));
                return;
            }
            Table t = Table.h("PERIOD", "VALUE", "UNITS");
            r.forEach(x -> t.row(x.period(), Numbers.format(Math.round(x.value() * 100) / 100.0), x.units()));
            t.print(System.out);
        }
    }

    @Descriptor("remove a figure recorded by mistake")
    public void unrecord(CommandSession session, @Descriptor("PLAN TARGET PERIOD [--unit CODE] [--note TEXT]")
            String... args) throws StoreException {
        Cli.Parsed a = UNRECORD.parse(args, System.out);
        if (a == null) {
            return;
        }
        try (Views.Held<ProgressStore> held = new Views.Held<>(progress, "indicator:unrecord")) {
            ProgressStore store = held.service;
            String unit = Views.unitCode(store, a.opt("unit"));
            double old = store.unrecord(a.arg(0), a.arg(1), a.arg(2), unit, a.opt("note"));
            System.out.println(Msg.t("figure.unrecorded", a.arg(0) + " " + a.arg(1) + " " + a.arg(2)
                    + (unit == null ? "" : " " + unit), vn.pcmt.api.text.Numbers.format(old)));
        }
    }
}
