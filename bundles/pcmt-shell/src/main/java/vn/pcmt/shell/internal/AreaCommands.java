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
import vn.pcmt.api.AreaDefinition;
import vn.pcmt.api.CatalogueIndicator;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;

/** {@code area:list} and {@code area:show}: the pillars deployed, their catalogues and their share of each plan. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = AreaCommands.class, property = {"osgi.command.scope=area", "osgi.command.function=list",
    "osgi.command.function=show"})
public final class AreaCommands {
    static final Cli LIST = new Cli("area:list", "the domain areas deployed (one bundle each) and how many targets"
            + " and assignments of the loaded plans belong to each").format();
    static final Cli SHOW = new Cli("area:show", "an area: description, indicator catalogue, its targets and"
            + " assignments per plan").format().arg("CODE", "supply, demand, harm or propaganda (see area:list)");

    private final PlanRegistry registry;

    @Activate
    public AreaCommands(@Reference PlanRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("list the deployed areas")
    public void list(CommandSession session, @Descriptor("[--format table|json]") String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Table t = Table.h("CODE", "TÊN", "NAME", "INDICATORS", "TARGETS", "ASSIGNMENTS");
        for (AreaDefinition d : registry.areas()) {
            int[] c = counts(d.code(), null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("nameVi", d.area().nameVi());
            m.put("nameEn", d.area().nameEn());
            m.put("description", d.area().description());
            m.put("indicators", d.indicators().size());
            m.put("targets", c[0]);
            m.put("assignments", c[1]);
            rows.add(m);
            t.row(d.code(), d.area().nameVi(), d.area().nameEn(), d.indicators().size(), c[0], c[1]);
        }
        if (a.json()) {
            JsonOut.print(System.out, rows);
        } else if (rows.isEmpty()) {
            System.out.println(Msg.t("area.none"));
        } else {
            t.print(System.out);
        }
    }

    @Descriptor("show an area")
    public void show(CommandSession session, @Descriptor("[--format table|json] CODE") String... args) {
        Cli.Parsed a = SHOW.parse(args, System.out);
        if (a == null) {
            return;
        }
        AreaDefinition d = Views.area(registry, a.arg(0));
        if (a.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("nameVi", d.area().nameVi());
            m.put("nameEn", d.area().nameEn());
            m.put("description", d.area().description());
            List<Map<String, Object>> inds = new ArrayList<>();
            for (CatalogueIndicator c : d.indicators()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("code", c.code());
                i.put("name", c.name());
                i.put("unit", c.unit());
                i.put("direction", c.direction().code());
                i.put("rollup", c.rollup().code());
                i.put("definition", c.definition());
                i.put("planTargets", registry.compare(c.code()).size());
                inds.add(i);
            }
            m.put("indicators", inds);
            m.put("keywords", d.keywords());
            JsonOut.print(System.out, m);
            return;
        }
        System.out.println(d.code() + " · " + d.area().nameVi() + " (" + d.area().nameEn() + ")");
        System.out.println(d.area().description());
        System.out.println();
        System.out.println(Msg.t("area.catalogue"));
        Table t = Table.h("CODE", "NAME", "UNIT", "BETTER", "ROLL-UP", "PLAN TARGETS").max(1, 70);
        for (CatalogueIndicator c : d.indicators()) {
            t.row(c.code(), c.name(), c.unit(), Msg.code("direction", c.direction().code()), Msg.code("rollup", c.rollup().code()), registry.compare(c.code()).size());
        }
        t.print(System.out);
        System.out.println();
        System.out.println(Msg.t("area.perPlan"));
        Table p = Table.h("PLAN", "TARGETS", "ASSIGNMENTS");
        for (PlanService ps : registry.plans()) {
            int[] c = counts(d.code(), ps);
            p.row(ps.plan().id(), c[0], c[1]);
        }
        p.print(System.out);
    }

    /** Targets and assignments of one plan (or all) attributed to {@code code}. */
    private int[] counts(String code, PlanService only) {
        int[] c = new int[2];
        for (PlanService ps : only == null ? registry.plans() : List.of(only)) {
            c[0] += (int) ps.plan().targets().stream().filter(x -> registry.areasOf(ps.plan(), x).contains(code)).count();
            c[1] += (int) ps.plan().assignments().stream().filter(x -> registry.areasOf(ps.plan(), x).contains(code)).count();
        }
        return c;
    }
}
