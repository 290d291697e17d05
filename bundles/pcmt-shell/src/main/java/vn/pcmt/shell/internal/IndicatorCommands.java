package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.InPlan;
import vn.pcmt.api.Target;

/** {@code indicator:list}: the targets of one plan or all, with the indicator each measures. */
@Component(service = IndicatorCommands.class, property = {"osgi.command.scope=indicator",
    "osgi.command.function=list"})
public final class IndicatorCommands {
    static final Cli LIST = new Cli("indicator:list", "list indicators and their targets, in one plan or all")
            .opt("plan", "ID", "only this plan").format();

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
        List<InPlan<Target>> targets = registry.targets(planId);
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (InPlan<Target> t : targets) {
                Map<String, Object> m = new LinkedHashMap<>(Views.target(t.plan(), t.item()));
                m.put("indicatorName", t.plan().indicator(t.item().indicator()).map(i -> i.name()).orElse(null));
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        Table table = new Table("PLAN", "INDICATOR", "NAME", "TARGET", "BY", "SECTION", "ID").max(2, 50);
        for (InPlan<Target> t : targets) {
            Plan p = t.plan();
            Target x = t.item();
            table.row(p.id(), x.indicator(), p.indicator(x.indicator()).map(i -> i.name()).orElse(""), x.formatted(),
                    Views.deadline(x), x.ref().section(), x.id());
        }
        if (table.size() == 0) {
            System.out.println(planId == null ? "No targets: no plan is loaded." : "Plan " + planId + " has no targets.");
            return;
        }
        table.print(System.out);
    }
}
