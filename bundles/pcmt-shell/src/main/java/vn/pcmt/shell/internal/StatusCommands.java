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
import vn.pcmt.api.Assignment;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.InPlan;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.Status;
import vn.pcmt.api.ProgressStore.StatusChange;
import vn.pcmt.api.StoreException;

/** Assignment status: {@code assignment:update} and {@code assignment:status}, kept by the store with history. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = StatusCommands.class, property = {"osgi.command.scope=assignment",
    "osgi.command.function=update", "osgi.command.function=status"})
public final class StatusCommands {
    static final Cli UPDATE = new Cli("assignment:update", "record an assignment's status (audited, with history)")
            .opt("plan", "ID", "the plan, when the assignment id exists in several")
            .opt("note", "TEXT", "why, what was done")
            .arg("ID", "assignment id (see assignment:list)").arg("STATUS", "not-started, in-progress, done or blocked");
    static final Cli STATUS = new Cli("assignment:status", "an assignment's status history")
            .opt("plan", "ID", "the plan, when the assignment id exists in several").format()
            .arg("ID", "assignment id");

    private final PlanRegistry registry;
    private final ProgressStore store;

    @Activate
    public StatusCommands(@Reference PlanRegistry registry, @Reference ProgressStore store) {
        this.registry = registry;
        this.store = store;
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
            throw new OperatorError("Assignment \"" + id + "\" exists in several plans ("
                    + String.join(", ", found.stream().map(f -> f.plan().id()).toList()) + "); add --plan ID");
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
        Status old = store.updateStatus(x.plan().id(), x.item().id(), status, a.opt("note"));
        System.out.println(x.plan().id() + " " + x.item().id() + " (" + Views.agencyName(x.plan(), x.item().agency())
                + "): " + old.code() + " → " + status.code());
    }

    /** A reporting duty is not a task with one status: each of its rounds is marked sent with report:submit. */
    private void reportingDuty(String planId, String id) {
        for (PlanService ps : planId == null ? registry.plans() : List.of(Views.plan(registry, planId))) {
            for (vn.pcmt.api.ReportingDuty d : ps.plan().reportingDuties()) {
                if (d.id().equals(id)) {
                    throw new OperatorError(id + " is a reporting duty of plan " + ps.plan().id() + ", with a round per"
                            + " period: mark a round sent with report:submit " + ps.plan().id() + " DUE-DATE [--date D]"
                            + " [--note TEXT] (the rounds and their due dates: report:due --plan " + ps.plan().id()
                            + ")");
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
        List<StatusChange> history = store.statusHistory(x.plan().id(), x.item().id());
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (StatusChange c : history) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("plan", c.plan());
                m.put("assignment", c.assignment());
                m.put("status", c.status().code());
                m.put("note", c.note());
                m.put("operator", c.operator());
                m.put("at", c.at().toString());
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        System.out.println(x.plan().id() + " " + x.item().id() + " · " + Views.agencyName(x.plan(), x.item().agency())
                + " · due " + (Views.due(x.item()).isEmpty() ? "—" : Views.due(x.item())));
        if (history.isEmpty()) {
            System.out.println("No status recorded: not-started.");
            return;
        }
        Table t = new Table("AT", "STATUS", "BY", "NOTE").max(3, 70);
        for (StatusChange c : history) {
            t.row(Views.at(c.at()), c.status().code(), c.operator(),
                    c.note() == null ? "" : c.note());
        }
        t.print(System.out);
    }
}
