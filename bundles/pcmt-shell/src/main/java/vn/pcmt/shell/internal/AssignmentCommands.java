package vn.pcmt.shell.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.InPlan;

/** {@code assignment:list}: who must do what, by when. */
@Component(service = AssignmentCommands.class, property = {"osgi.command.scope=assignment",
    "osgi.command.function=list"})
public final class AssignmentCommands {
    static final Cli LIST = new Cli("assignment:list", "list assignments: body, role, deadline, task")
            .opt("plan", "ID", "only this plan")
            .opt("agency", "TEXT", "only duties of or with this body: canonical id (cong-an-tinh), kind (police)"
                    + " or part of its name, with or without diacritics")
            .opt("area", "CODE", "only assignments of this domain area (see area:list)")
            .format();

    private final PlanRegistry registry;

    @Activate
    public AssignmentCommands(@Reference PlanRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("list assignments")
    public void list(CommandSession session,
            @Descriptor("[--plan ID] [--agency TEXT] [--format table|json]") String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        String planId = Views.planOption(registry, a);
        String area = a.opt("area") == null ? null : AreaCommands.area(registry, a.opt("area")).code();
        List<InPlan<Assignment>> rows = registry.assignments(planId, a.opt("agency")).stream()
                .filter(r -> area == null || registry.areasOf(r.plan(), r.item()).contains(area)).toList();
        if (a.json()) {
            JsonOut.print(System.out, rows.stream().map(r -> {
                java.util.Map<String, Object> m = Views.assignment(r.plan(), r.item());
                m.put("attributedAreas", registry.areasOf(r.plan(), r.item()));
                return m;
            }).collect(Collectors.toList()));
            return;
        }
        if (rows.isEmpty() && a.opt("agency") != null && area == null) {
            throw Views.unknown("agency", a.opt("agency"),
                    registry.agencies(planId).stream().map(PlanRegistry.AgencyUse::id).toList());
        }
        if (rows.isEmpty()) {
            System.out.println("No assignments.");
            return;
        }
        Table t = new Table("PLAN", "ID", "AGENCY", "ROLE", "DUE", "SECTION", "TASK").max(1, 24).max(2, 34).max(6, 60);
        for (InPlan<Assignment> r : rows) {
            Assignment x = r.item();
            t.row(r.plan().id(), x.id(), Views.agencyName(r.plan(), x.agency()), x.role().code(), Views.due(x),
                    x.ref().section(), x.text());
        }
        t.print(System.out);
        System.out.println(rows.size() + " assignments");
    }
}
