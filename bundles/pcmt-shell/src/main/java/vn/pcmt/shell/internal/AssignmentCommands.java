package vn.pcmt.shell.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.ReferenceCardinality;
import vn.pcmt.api.Clock;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.StoreException;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.InPlan;

/** {@code assignment:list}: who must do what, by when. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = AssignmentCommands.class, property = {"osgi.command.scope=assignment",
    "osgi.command.function=list"})
public final class AssignmentCommands {
    static final Cli LIST = new Cli("assignment:list", "list assignments: body, role, deadline, task")
            .opt("plan", "ID", "only this plan")
            .opt("agency", "TEXT", "only duties of or with this body: canonical id (cong-an-tinh), kind (police)"
                    + " or part of its name, with or without diacritics")
            .opt("area", "CODE", "only assignments of this domain area (see area:list)")
            .flag("overdue", "only one-off tasks past their due date and not done (status from assignment:update)")
            .opt("as-of", "DATE", "the day to judge lateness by (default: today, or pcmt.today)")
            .format();

    private final PlanRegistry registry;
    private final Clock clock;
    /** Only --overdue needs the database; asking for the store only then keeps assignment:list from opening it. */
    private final ComponentServiceObjects<ProgressStore> store;

    @Activate
    public AssignmentCommands(@Reference PlanRegistry registry, @Reference Clock clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ProgressStore> store) {
        this.registry = registry;
        this.clock = clock;
        this.store = store;
    }

    /** Current statuses of a plan's assignments, or none when the store is not deployed. */
    static Map<String, ProgressStore.StatusChange> statuses(ComponentServiceObjects<ProgressStore> store, String plan) {
        try {
            return Views.withStore(store, Map::of, s -> s.statuses(plan));
        } catch (StoreException e) {
            throw new OperatorError(e.getMessage());
        }
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
        boolean overdue = a.flag("overdue");
        LocalDate asOf = Views.asOf(a, clock);
        Map<String, Map<String, ProgressStore.StatusChange>> status = new HashMap<>();
        if (overdue) {
            rows = rows.stream().filter(r -> {
                if (r.item().due() == null || !r.item().due().date().isBefore(asOf)) {
                    return false;
                }
                ProgressStore.StatusChange c = status.computeIfAbsent(r.plan().id(), id -> statuses(store, id))
                        .get(r.item().id());
                return c == null || c.status() != ProgressStore.Status.DONE;
            }).toList();
        }
        if (a.json()) {
            JsonOut.print(System.out, rows.stream().map(r -> {
                java.util.Map<String, Object> m = Views.assignment(r.plan(), r.item());
                m.put("attributedAreas", registry.areasOf(r.plan(), r.item()));
                if (overdue) {
                    ProgressStore.StatusChange c = status.get(r.plan().id()).get(r.item().id());
                    m.put("status", c == null ? "not-started" : c.status().code());
                    m.put("daysLate", java.time.temporal.ChronoUnit.DAYS.between(r.item().due().date(), asOf));
                }
                return m;
            }).collect(Collectors.toList()));
            return;
        }
        if (rows.isEmpty() && overdue) {
            System.out.println(Msg.t("assignment.noneOverdue", asOf));
            return;
        }
        if (rows.isEmpty() && a.opt("agency") != null && area == null) {
            throw Views.unknown("agency", a.opt("agency"),
                    registry.agencies(planId).stream().map(PlanRegistry.AgencyUse::id).toList());
        }
        if (rows.isEmpty()) {
            System.out.println(Msg.t("assignment.none"));
            return;
        }
        Table t = overdue
                ? Table.h("PLAN", "ID", "AGENCY", "ROLE", "DUE", "DAYS LATE", "STATUS", "TASK").max(2, 34).max(7, 60)
                : Table.h("PLAN", "ID", "AGENCY", "ROLE", "DUE", "SECTION", "TASK").max(2, 34).max(6, 60);
        for (InPlan<Assignment> r : rows) {
            Assignment x = r.item();
            if (overdue) {
                ProgressStore.StatusChange c = status.get(r.plan().id()).get(x.id());
                t.row(r.plan().id(), x.id(), Views.agencyName(r.plan(), x.agency()), Msg.code("role", x.role().code()),
                        Views.due(x), java.time.temporal.ChronoUnit.DAYS.between(x.due().date(), asOf),
                        Msg.code("status", c == null ? "not-started" : c.status().code()), x.text());
            } else {
                t.row(r.plan().id(), x.id(), Views.agencyName(r.plan(), x.agency()), Msg.code("role", x.role().code()),
                        Views.due(x), x.ref().section(), x.text());
            }
        }
        t.print(System.out);
        System.out.println(overdue ? Msg.t("assignment.countOverdue", rows.size(), asOf) : Msg.t("assignment.count", rows.size()));
    }
}
