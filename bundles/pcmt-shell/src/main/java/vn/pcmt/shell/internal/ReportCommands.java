package vn.pcmt.shell.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Clock;
import vn.pcmt.api.Frequency;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ReportingDuty;

/** {@code report:due}: reporting rounds and one-off deadlines, coming and missed. */
@Component(service = ReportCommands.class, property = {"osgi.command.scope=report", "osgi.command.function=due"})
public final class ReportCommands {
    static final Cli DUE = new Cli("report:due", "reporting rounds (six-monthly, yearly …) and one-off deadlines:"
            + " those missed since the plan was issued and those coming within DAYS")
            .opt("within", "DAYS", "how far ahead to look (default 30)")
            .opt("as-of", "DATE", "the day to judge by (default: today, or pcmt.today)")
            .opt("plan", "ID", "only this plan").format();

    private final PlanRegistry registry;
    private final Clock clock;
    private final ComponentServiceObjects<ProgressStore> store;

    @Activate
    public ReportCommands(@Reference PlanRegistry registry, @Reference Clock clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ProgressStore> store) {
        this.registry = registry;
        this.clock = clock;
        this.store = store;
    }

    /** One reporting round or deadline. */
    record Due(LocalDate date, String plan, String kind, String ref, String what, String state) {}

    @Descriptor("reporting rounds and deadlines, coming and missed")
    public void due(CommandSession session, @Descriptor("[--within DAYS] [--as-of DATE] [--plan ID]") String... args) {
        Cli.Parsed a = DUE.parse(args, System.out);
        if (a == null) {
            return;
        }
        LocalDate asOf = Views.asOf(a, clock);
        int within;
        try {
            within = a.opt("within") == null ? 30 : Integer.parseInt(a.opt("within"));
        } catch (NumberFormatException e) {
            throw DUE.usageError("--within takes a number of days, not \"" + a.opt("within") + "\"");
        }
        LocalDate horizon = asOf.plusDays(within);
        String planId = Views.planOption(registry, a);
        List<Due> rows = new ArrayList<>();
        for (PlanService ps : registry.plans()) {
            Plan p = ps.plan();
            if (planId != null && !planId.equals(p.id())) {
                continue;
            }
            LocalDate issued = p.documentDate() != null ? p.documentDate() : LocalDate.of(p.period().from(), 1, 1);
            for (ReportingDuty d : p.reportingDuties()) {
                for (LocalDate date : rounds(d, p, issued)) {
                    if (date.isAfter(horizon)) {
                        continue;
                    }
                    rows.add(new Due(date, p.id(), "report " + d.frequency().code(), d.id(), d.to(), state(date, asOf, null)));
                }
            }
            Map<String, ProgressStore.StatusChange> status = AssignmentCommands.statuses(store, p.id());
            for (Assignment x : p.assignments()) {
                if (x.due() != null && !x.due().date().isAfter(horizon)) {
                    ProgressStore.StatusChange c = status.get(x.id());
                    rows.add(new Due(x.due().date(), p.id(), "deadline", x.id(), Views.agencyName(p, x.agency()) + ": "
                            + x.text(), state(x.due().date(), asOf, c == null ? null : c.status())));
                }
            }
        }
        rows.sort(Comparator.comparing(Due::date).thenComparing(Due::plan).thenComparing(Due::ref));
        if (a.json()) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Due d : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", d.date().toString());
                m.put("plan", d.plan());
                m.put("kind", d.kind());
                m.put("ref", d.ref());
                m.put("state", d.state());
                m.put("what", d.what());
                out.add(m);
            }
            JsonOut.print(System.out, out);
            return;
        }
        if (rows.isEmpty()) {
            System.out.println("Nothing due up to " + horizon + ".");
            return;
        }
        Table t = new Table("DATE", "PLAN", "KIND", "REF", "STATE", "WHAT").max(3, 28).max(5, 70);
        rows.forEach(d -> t.row(d.date(), d.plan(), d.kind(), d.ref(), d.state(), d.what()));
        t.print(System.out);
        System.out.println("as of " + asOf + ", looking " + within + " days ahead");
    }

    /** The due dates of a duty from the plan's issue to the end of its period. */
    static List<LocalDate> rounds(ReportingDuty d, Plan p, LocalDate issued) {
        List<LocalDate> out = new ArrayList<>();
        if (d.dueDate() != null) {
            out.add(d.dueDate());
        } else if (d.dueMonthDay() != null && (d.frequency() == Frequency.YEARLY || d.frequency() == Frequency.HALF_YEARLY)) {
            for (int y = p.period().from(); y <= p.period().to(); y++) {
                LocalDate date = d.dueMonthDay().atYear(y);
                if (!date.isBefore(issued)) {
                    out.add(date);
                }
            }
        }
        return out;
    }

    static String state(LocalDate date, LocalDate asOf, ProgressStore.Status status) {
        if (status == ProgressStore.Status.DONE) {
            return "done";
        }
        long days = ChronoUnit.DAYS.between(asOf, date);
        if (days < 0) {
            return status == null ? "missed (" + -days + " days ago)" : status.code() + ", late " + -days + " days";
        }
        return days == 0 ? "due today" : "due in " + days + " days";
    }
}
