package vn.pcmt.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Clock;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.InPlan;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.Status;
import vn.pcmt.api.ProgressStore.StatusChange;
import vn.pcmt.api.StoreException;

/**
 * The {@code assignment:*} commands: who must do what, by when ({@code list}), and each assignment's status, kept
 * by the store with its history ({@code update}, {@code status}).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = AssignmentCommands.class, property = {"osgi.command.scope=assignment",
    "osgi.command.function=list", "osgi.command.function=update", "osgi.command.function=status"})
public final class AssignmentCommands {
    static final Cli LIST = new Cli("assignment:list", "list assignments: body, role, deadline, task")
            .opt("plan", "ID", "only this plan")
            .opt("agency", "TEXT", "only duties of or with this body: canonical id (cong-an-tinh), kind (police)"
                    + " or part of its name, with or without diacritics")
            .opt("area", "CODE", "only assignments of this domain area (see area:list)")
            .flag("overdue", "only one-off tasks past their due date and not done (status from assignment:update)")
            .opt("as-of", "DATE", "the day to judge lateness by (default: today, or pcmt.today)")
            .format();
    static final Cli UPDATE = new Cli("assignment:update", "record an assignment's status (audited, with history)")
            .opt("plan", "ID", "the plan, when the assignment id exists in several")
            .opt("note", "TEXT", "why, what was done")
            .arg("ID", "assignment id (see assignment:list)").arg("STATUS", "not-started, in-progress, done or blocked");
    static final Cli STATUS = new Cli("assignment:status", "an assignment's status history")
            .opt("plan", "ID", "the plan, when the assignment id exists in several").format()
            .arg("ID", "assignment id");

    private final PlanRegistry registry;
    private final Clock clock;
    /** Only --overdue, update and status need the database; asking for the store only then keeps list from opening it. */
    private final ComponentServiceObjects<ProgressStore> store;
    /** --overdue: the deadlines judged by the reporting service, asked for only then. */
    private final ComponentServiceObjects<vn.pcmt.api.report.ReportingService> reporting;

    @Activate
    public AssignmentCommands(@Reference PlanRegistry registry, @Reference Clock clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ProgressStore> store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL)
            ComponentServiceObjects<vn.pcmt.api.report.ReportingService> reporting) {
        this.registry = registry;
        this.clock = clock;
        this.store = store;
        this.reporting = reporting;
    }

    @Descriptor("list assignments")
    public void list(CommandSession session,
            @Descriptor("[--plan ID] [--agency TEXT] [--format table|json]") String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        String planId = Views.planOption(registry, a);
        String area = a.opt("area") == null ? null : Views.area(registry, a.opt("area")).code();
        List<InPlan<Assignment>> rows = registry.assignments(planId, a.opt("agency")).stream()
                .filter(r -> area == null || registry.areasOf(r.plan(), r.item()).contains(area)).toList();
        boolean overdue = a.flag("overdue");
        LocalDate asOf = Views.asOf(a, clock);
        Map<String, vn.pcmt.api.report.TaskDue> late = new HashMap<>(); // by key(plan, assignment)
        if (overdue) {
            for (vn.pcmt.api.report.TaskDue d : overdue(planId, asOf)) {
                late.put(key(d.plan(), d.assignment().id()), d);
            }
            rows = rows.stream().filter(r -> late.containsKey(key(r.plan().id(), r.item().id()))).toList();
        }
        if (a.json()) {
            JsonOut.print(System.out, rows.stream().map(r -> {
                java.util.Map<String, Object> m = Views.assignment(r.plan(), r.item());
                m.put("attributedAreas", registry.areasOf(r.plan(), r.item()));
                if (overdue) {
                    vn.pcmt.api.report.TaskDue d = late.get(key(r.plan().id(), r.item().id()));
                    m.put("status", d.status().code());
                    m.put("daysLate", d.daysLate());
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
                vn.pcmt.api.report.TaskDue d = late.get(key(r.plan().id(), x.id()));
                t.row(r.plan().id(), x.id(), Views.agencyName(r.plan(), x.agency()), Msg.code("role", x.role().code()),
                        Views.due(x), d.daysLate(), Msg.code("status", d.status().code()), x.text());
            } else {
                t.row(r.plan().id(), x.id(), Views.agencyName(r.plan(), x.agency()), Msg.code("role", x.role().code()),
                        Views.due(x), x.ref().section(), x.text());
            }
        }
        t.print(System.out);
        System.out.println(overdue ? Msg.t("assignment.countOverdue", rows.size(), asOf) : Msg.t("assignment.count", rows.size()));
    }

    private static String key(String plan, String assignment) {
        return plan + "\u0000" + assignment;
    }

    /** The deadlines past and not done as of a day, judged by the reporting service (the store). */
    private List<vn.pcmt.api.report.TaskDue> overdue(String planId, LocalDate asOf) {
        try (Views.Held<vn.pcmt.api.report.ReportingService> rs = new Views.Held<>(reporting,
                "assignment:list --overdue")) {
            return rs.service.deadlines(planId, asOf, asOf).stream()
                    .filter(d -> d.state() == vn.pcmt.api.report.TaskState.OVERDUE).toList();
        } catch (StoreException e) {
            throw new OperatorError(e.getMessage());
        }
    }

    /** The assignment named by id (and --plan when ambiguous), or an error with close matches. */
    static InPlan<Assignment> find(PlanRegistry registry, String planId, String id) {
        List<InPlan<Assignment>> found = new ArrayList<>();
        for (PlanService ps : planId == null ? registry.plans() : List.of(Views.plan(registry, planId))) {
            ps.plan().assignment(id).ifPresent(a -> found.add(new InPlan<>(ps.plan(), a)));
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new OperatorError(Msg.t("assignment.severalPlans", id,
                    String.join(", ", found.stream().map(f -> f.plan().id()).toList())));
        }
        List<String> ids = registry.assignments(planId, null).stream().map(r -> r.item().id()).distinct().toList();
        throw Views.unknown("assignment", id, ids);
    }

    @Descriptor("record an assignment's status")
    public void update(CommandSession session, @Descriptor("[--plan ID] [--note TEXT] ID STATUS") String... args)
            throws StoreException {
        Cli.Parsed a = UPDATE.parse(args, System.out);
        if (a == null) {
            return;
        }
        reportingDuty(Views.planOption(registry, a), a.arg(0));
        InPlan<Assignment> x = find(registry, Views.planOption(registry, a), a.arg(0));
        Status status;
        try {
            status = Status.ofCode(a.arg(1));
        } catch (IllegalArgumentException e) {
            throw UPDATE.usageError(e.getMessage());
        }
        Status old;
        try (Views.Held<ProgressStore> held = new Views.Held<>(store, "assignment:update")) {
            old = held.service.updateStatus(x.plan().id(), x.item().id(), status, a.opt("note"));
        }
        System.out.println(Msg.t("assignment.updated", x.plan().id() + " " + x.item().id(),
                Views.agencyName(x.plan(), x.item().agency()), Msg.code("status", old.code()),
                Msg.code("status", status.code())));
    }

    /** A reporting duty is not a task with one status: each of its rounds is marked sent with report:submit. */
    private void reportingDuty(String planId, String id) {
        for (PlanService ps : planId == null ? registry.plans() : List.of(Views.plan(registry, planId))) {
            for (vn.pcmt.api.ReportingDuty d : ps.plan().reportingDuties()) {
                if (d.id().equals(id)) {
                    throw new OperatorError(Msg.t("assignment.isReportingDuty", id, ps.plan().id()));
                }
            }
        }
    }

    @Descriptor("an assignment's status history")
    public void status(CommandSession session, @Descriptor("[--plan ID] [--format table|json] ID") String... args)
            throws StoreException {
        Cli.Parsed a = STATUS.parse(args, System.out);
        if (a == null) {
            return;
        }
        InPlan<Assignment> x = find(registry, Views.planOption(registry, a), a.arg(0));
        List<StatusChange> history;
        try (Views.Held<ProgressStore> held = new Views.Held<>(store, "assignment:status")) {
            history = held.service.statusHistory(x.plan().id(), x.item().id());
        }
        if (a.json()) {
            JsonOut.print(System.out, history); // the store's records as they are
            return;
        }
        System.out.println(Msg.t("assignment.heading", x.plan().id() + " " + x.item().id(),
                Views.agencyName(x.plan(), x.item().agency()), Views.due(x.item()).isEmpty() ? "—" : Views.due(x.item())));
        if (history.isEmpty()) {
            System.out.println(Msg.t("assignment.noStatus", Msg.code("status", "not-started")));
            return;
        }
        Table t = Table.h("AT", "STATUS", "OPERATOR", "NOTE").max(3, 70);
        for (StatusChange c : history) {
            t.row(Views.at(c.at()), Msg.code("status", c.status().code()), c.operator(),
                    c.note() == null ? "" : c.note());
        }
        t.print(System.out);
    }
}
