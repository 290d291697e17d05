package vn.pcmt.shell.internal;

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
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.InPlan;
import vn.pcmt.api.Target;

/** {@code indicator:list}: the targets of one plan or all, with the indicator each measures. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = IndicatorCommands.class, property = {"osgi.command.scope=indicator",
    "osgi.command.function=list", "osgi.command.function=compare"})
public final class IndicatorCommands {
    static final Cli LIST = new Cli("indicator:list", "list indicators and their targets, in one plan or all")
            .opt("plan", "ID", "only this plan")
            .opt("area", "CODE", "only targets and roadmaps of this domain area (see area:list)").format();

    static final Cli COMPARE = new Cli("indicator:compare", "one indicator in every loaded plan: each plan's"
            + " targets for it side by side").format().arg("INDICATOR", "indicator id, e.g. drug-free-commune-share"
            + " (see indicator:list)");

    private final PlanRegistry registry;

    @Activate
    public IndicatorCommands(@Reference PlanRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("list indicators and targets")
    public void list(CommandSession session, @Descriptor("[--plan ID] [--format table|json]") String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        String planId = Views.planOption(registry, a);
        String area = a.opt("area") == null ? null : AreaCommands.area(registry, a.opt("area")).code();
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
                            ? "" : vn.pcmt.api.Numbers.format(r.steps().get(r.steps().size() - 1).value()) + "/" + r.of(),
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
}
