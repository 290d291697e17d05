package vn.pcmt.shell.internal;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import vn.pcmt.api.Clock;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.report.ReportBuilder;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.ReportingService;

/**
 * The {@code report:*} commands: reporting rounds and one-off deadlines, coming and missed ({@code due}), a plan's
 * progress as of a day ({@code progress}, {@code export}), a round marked sent ({@code submit}) and the periodic
 * report as .docx, .xlsx and .html ({@code build}). The builder is got only when a report is built, so POI and the
 * chart library load then, never at start-up.
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = ReportCommands.class, property = {
    "osgi.command.scope=report", "osgi.command.function=due", "osgi.command.function=progress",
    "osgi.command.function=export", "osgi.command.function=submit", "osgi.command.function=build"})
public final class ReportCommands {
    static final Cli DUE = new Cli("report:due", "reporting rounds (six-monthly, yearly …) and one-off deadlines:"
            + " those missed since the plan was issued and those coming within DAYS")
            .opt("within", "DAYS", "how far ahead to look (default 30)")
            .opt("as-of", "DATE", "the day to judge by (default: today, or pcmt.today)")
            .opt("plan", "ID", "only this plan").format();

    static final Cli PROGRESS = new Cli("report:progress", "every target of a plan as of a day: baseline, target, what"
            + " is expected by then (roadmap), the latest actual, share reached and status (rule in README)")
            .opt("as-of", "DATE", "the day (default: today, or pcmt.today)").format().arg("PLAN", "plan id");

    static final Cli EXPORT = new Cli("report:export", "the progress of a plan (or all) as a file for others: CSV"
            + " (spreadsheets; UTF-8 with BOM, Vietnamese headers), JSON (scripts; numbers as numbers) or Markdown:"
            + " targets, tasks by lead body, reporting rounds, roadmap")
            .opt("format", "FORMAT", "file format", "csv", "json", "md").opt("as-of", "DATE", "the day (default: today)")
            .opt("table", "TABLE", "for CSV, the one table to write (default targets)", "targets", "tasks", "rounds")
            .flag("all", "every loaded plan")
            .opt("output", "FILE", "write to FILE instead of the console").optionalArg("PLAN", "plan id (or --all)");

    static final Cli SUBMIT = new Cli("report:submit", "mark a reporting round sent (audited): report:due then shows it"
            + " as sent, with its date")
            .opt("date", "DATE", "the day it was sent (default: today)")
            .opt("note", "TEXT", "e.g. the report's number, \"Báo cáo số 245/BC-CAT\"")
            .opt("duty", "ID", "only this reporting duty, when several fall due the same day")
            .arg("PLAN", "plan id").arg("ROUND", "the round's due date, as report:due shows it (15/12/2026 or 2026-12-15)");
    static final Cli BUILD = new Cli("report:build", "the periodic report of a plan as documents: a .docx laid out as"
            + " a Vietnamese administrative report (Nghị định 30/2020), an .xlsx annex, a printable .html")
            .opt("period", "PERIOD", "2026-H1 (6 tháng đầu năm), 2026-H2 or 2026 (cả năm)")
            .opt("as-of", "DATE", "figures as of this day (default: the end of the period, or today if earlier)")
            .opt("output", "DIR", "the folder to write to (made if its parent exists)")
            .arg("PLAN", "plan id");

    private final PlanRegistry registry;
    private final Clock clock;
    private final ComponentServiceObjects<ProgressStore> store;
    private final ComponentServiceObjects<ReportingService> rounds;
    private final ComponentServiceObjects<ReportBuilder> builder;

    @Activate
    public ReportCommands(@Reference PlanRegistry registry, @Reference Clock clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ProgressStore> store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL)
            ComponentServiceObjects<ReportingService> rounds,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ComponentServiceObjects<ReportBuilder> builder) {
        this.registry = registry;
        this.clock = clock;
        this.store = store;
        this.rounds = rounds;
        this.builder = builder;
    }

    /**
     * One reporting round or deadline: its kind ({@code report}, {@code deadline}) and state ({@code sent},
     * {@code due}, {@code missed}; {@code done}, {@code due}, {@code overdue}) as stable codes for JSON, the words
     * for the table beside them.
     */
    record Due(LocalDate date, String plan, String kind, String ref, String what, String state, long daysToDue,
            LocalDate sentOn, String kindText, String stateText) {}

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
            throw DUE.usageError(Msg.t("report.withinBad", a.opt("within")));
        }
        LocalDate horizon = asOf.plusDays(within);
        String planId = Views.planOption(registry, a);
        List<Due> rows = new ArrayList<>();
        try (Views.Held<ReportingService> held = new Views.Held<>(rounds, "report:due")) {
            ReportingService rs = held.service;
            for (ReportRound r : rs.rounds(planId, asOf, horizon)) {
                rows.add(new Due(r.due(), r.plan(), "report", r.duty(), r.covers() + " → " + r.to(),
                        r.state().code(), r.daysToDue(), r.sentOn(), Msg.t("due.kind.report", freq(r.frequency().code())),
                        roundState(r)));
            }
            for (vn.pcmt.api.report.TaskDue d : rs.deadlines(planId, asOf, horizon)) {
                Plan p = Views.plan(registry, d.plan()).plan();
                rows.add(new Due(d.due(), d.plan(), "deadline", d.assignment().id(), Views.agencyName(p,
                        d.assignment().agency()) + ": " + d.assignment().text(), d.state().code(), d.daysToDue(), null,
                        Msg.t("due.kind.deadline"), taskState(d)));
            }
        } catch (vn.pcmt.api.StoreException e) {
            throw new OperatorError(e.getMessage());
        }
        rows.sort(Comparator.comparing(Due::date).thenComparing(Due::plan).thenComparing(Due::ref));
        if (a.json()) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Due d : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", d.date());
                m.put("plan", d.plan());
                m.put("kind", d.kind());
                m.put("ref", d.ref());
                m.put("state", d.state());
                m.put("daysToDue", d.daysToDue());
                m.put("sentOn", d.sentOn());
                m.put("what", d.what());
                out.add(m);
            }
            JsonOut.print(System.out, out);
            return;
        }
        if (rows.isEmpty()) {
            System.out.println(Msg.t("due.nothing", horizon));
            return;
        }
        Table t = Table.h("DATE", "PLAN", "KIND", "REF", "STATE", "WHAT").max(3, 28).max(5, 70);
        rows.forEach(d -> t.row(d.date(), d.plan(), d.kindText(), d.ref(), d.stateText(), d.what()));
        t.print(System.out);
        System.out.println(Msg.t("due.footer", asOf, within));
    }

    /** "sent 10/12/2026", "due in 22 days", "missed (160 days ago)". */
    static String roundState(ReportRound r) {
        return switch (r.state()) {
            case SENT -> r.daysLate() > 0 ? Msg.t("due.sentLate", r.sentOn(), r.daysLate()) : Msg.t("due.sent", r.sentOn());
            case DUE -> r.daysToDue() == 0 ? Msg.t("due.today") : Msg.t("due.inDays", r.daysToDue());
            case MISSED -> Msg.t("due.missedRound", -r.daysToDue(), r.plan(), r.due());
        };
    }

    /** "done", "due in 3 days", "missed (12 days ago)", "in progress, 12 days late". */
    static String taskState(vn.pcmt.api.report.TaskDue d) {
        return switch (d.state()) {
            case DONE -> Msg.t("status.done");
            case DUE -> d.daysToDue() == 0 ? Msg.t("due.today") : Msg.t("due.inDays", d.daysToDue());
            case OVERDUE -> d.status() == ProgressStore.Status.NOT_STARTED ? Msg.t("due.missed", d.daysLate())
                    : Msg.t("due.lateStatus", Msg.code("status", d.status().code()), d.daysLate());
        };
    }

    @Descriptor("progress of a plan's targets")
    public void progress(CommandSession session, @Descriptor("[--as-of DATE] [--format table|json] PLAN") String... args)
            throws vn.pcmt.api.StoreException {
        Cli.Parsed a = PROGRESS.parse(args, System.out);
        if (a == null) {
            return;
        }
        Plan p = Views.plan(registry, a.arg(0)).plan();
        LocalDate asOf = Views.asOf(a, clock);
        try (Views.Held<ProgressStore> s = new Views.Held<>(store, "report:progress");
                Views.Held<ReportingService> rs = new Views.Held<>(rounds, "report:progress")) {
            printProgress(a, p, asOf, s.service, rs.service.roadmap(p.id(), asOf));
        }
    }

    private static void printProgress(Cli.Parsed a, Plan p, LocalDate asOf, ProgressStore s,
            List<vn.pcmt.api.report.RoadmapRow> steps) throws vn.pcmt.api.StoreException {
        ProgressStore.ProgressReport r = s.progress(p.id(), asOf);
        if (a.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plan", p.id());
            m.put("asOf", asOf.toString());
            m.put("unitsInProvince", r.unitsInProvince());
            m.put("planDenominator", r.planDenominator());
            m.put("denominatorFrom", r.denominatorFrom());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ProgressStore.TargetProgress t : r.targets()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("target", t.target().id());
                row.put("indicator", t.target().indicator());
                row.put("goal", t.target().formatted());
                row.put("deadline", t.target().deadline() == null ? null : t.target().deadline().year());
                row.put("baseline", t.baseline());
                row.put("expected", t.expected());
                row.put("expectedFrom", t.expectedFrom());
                row.put("actual", t.actual());
                row.put("actualFrom", t.actualFrom());
                row.put("reached", t.reached());
                row.put("status", t.status());
                row.put("note", t.note());
                rows.add(row);
            }
            m.put("targets", rows);
            List<Map<String, Object>> road = new ArrayList<>();
            for (vn.pcmt.api.report.RoadmapRow st : steps) { // numbers as numbers; status an English code
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("year", st.year());
                row.put("planned", st.planned());
                row.put("of", st.of());
                row.put("recognised", st.recognised());
                row.put("due", st.due());
                row.put("status", st.status());
                row.put("shortBy", st.shortBy());
                road.add(row);
            }
            m.put("roadmap", road);
            JsonOut.print(System.out, m);
            return;
        }
        System.out.println(Msg.t("progress.header", p.id(), asOf) + (p.locality() == null ? ""
                : " · " + p.locality().name() + ": " + (r.planDenominator() == null
                        ? Msg.t("progress.unitsImported", r.unitsInProvince())
                        : Msg.t("progress.communesImported", r.unitsInProvince(), r.planDenominator(), r.denominatorFrom()))));
        Table t = Table.h("TARGET", "INDICATOR", "GOAL", "BY", "BASELINE", "EXPECTED", "ACTUAL", "REACHED", "STATUS",
                "SOURCE").max(1, 30).max(8, 44).max(9, 40);
        for (ProgressStore.TargetProgress x : r.targets()) {
            t.row(x.target().id(), x.target().indicator(), x.target().formatted(), Views.deadline(x.target()),
                    num(x.baseline()), x.expected() == null ? "" : num(x.expected()) + " (" + x.expectedFrom() + ")",
                    num(x.actual()), x.reached() == null ? "" : String.format("%.0f%%", x.reached()),
                    progressStatus(x.status()) + (x.note() == null ? "" : ": " + x.note()),
                    x.actualFrom() == null ? "" : x.actualFrom());
        }
        t.print(System.out);
        if (!steps.isEmpty()) {
            System.out.println();
            System.out.println(Msg.t("progress.roadmapTitle"));
            Table rt = Table.h("YEAR", "PLANNED", "RECOGNISED", "STATUS");
            for (vn.pcmt.api.report.RoadmapRow st : steps) {
                String of = st.of() == null ? "" : "/" + st.of();
                rt.row(st.year(), vn.pcmt.api.text.Numbers.format(st.planned()) + of, st.recognised() + of
                        + (st.due() ? "" : Msg.t("progress.soFar")), st.shortBy() > 0
                        ? Msg.t("progress.roadmapShort", st.shortBy()) : progressStatus(st.status()));
            }
            rt.print(System.out);
        }
    }

    /** A progress status as the operator reads it; JSON keeps the English code (docs/progress.md). */
    static String progressStatus(Object code) {
        String c = String.valueOf(code);
        return Msg.or("progress.status." + c.replace(' ', '-'), c);
    }

    /** A reporting frequency's code (monthly, six-monthly …) in the operator's language. */
    static String freq(String code) {
        return Msg.or("freq." + code, code);
    }

    private static String num(Double d) {
        return d == null ? "" : d == Math.rint(d) ? vn.pcmt.api.text.Numbers.format(d) : String.format("%.1f", d);
    }

    @Descriptor("export a plan's progress report")
    public void export(CommandSession session, @Descriptor("PLAN|--all --format csv|json|md [--table T] [--as-of DATE]"
            + " [--output FILE]") String... args) throws vn.pcmt.api.StoreException, java.io.IOException {
        Cli.Parsed a = EXPORT.parse(args, System.out);
        if (a == null) {
            return;
        }
        if (a.opt("format") == null) {
            throw EXPORT.usageError(Msg.t("report.formatRequired"));
        }
        if ((a.arg(0) == null) == !a.flag("all")) {
            throw EXPORT.usageError(Msg.t("report.planOrAll"));
        }
        List<Plan> plans = a.flag("all") ? registry.plans().stream().map(PlanService::plan)
                .sorted(Comparator.comparing(Plan::id)).toList() : List.of(Views.plan(registry, a.arg(0)).plan());
        LocalDate asOf = Views.asOf(a, clock);
        String text;
        try (Views.Held<ReportingService> held = new Views.Held<>(rounds, "report:export");
                Views.Held<ProgressStore> store = new Views.Held<>(this.store, "report:export")) {
            ReportingService rs = held.service;
            ProgressStore s = store.service;
            List<Exports.PlanExport> out = new ArrayList<>();
            for (Plan p : plans) {
                out.add(new Exports.PlanExport(p, s.progress(p.id(), asOf), rs.roadmap(p.id(), asOf),
                        Exports.tasks(p, s.statuses(p.id()), asOf), rs.rounds(p.id(), asOf, null)));
            }
            text = Exports.write(a.opt("format"), a.opt("table"), out);
        }
        if (a.opt("output") == null) {
            System.out.print(text);
            return;
        }
        Views.writeFile(session, a.opt("output"), text);
    }

    @Descriptor("mark a reporting round sent")
    public void submit(CommandSession session, @Descriptor("PLAN ROUND [--date D] [--note TEXT] [--duty ID]")
            String... args) throws StoreException {
        Cli.Parsed a = SUBMIT.parse(args, System.out);
        if (a == null) {
            return;
        }
        if (rounds == null) {
            throw Views.needsStore("report:submit");
        }
        LocalDate due = date(SUBMIT, "ROUND", a.arg(1));
        LocalDate sent = a.opt("date") == null ? null : date(SUBMIT, "--date", a.opt("date"));
        try (Views.Held<ReportingService> s = new Views.Held<>(rounds, "report:submit")) {
            for (ReportRound r : s.service.submit(a.arg(0), due, a.opt("duty"), sent, a.opt("note"))) {
                System.out.println(Msg.t(r.daysLate() > 0 ? "round.sentLate" : "round.sent", r.plan(), r.duty(),
                        r.covers(), r.due(), r.sentOn(), r.daysLate()));
            }
        }
    }

    @Descriptor("build the periodic report as .docx, .xlsx and .html")
    public void build(CommandSession session, @Descriptor("PLAN --period 2026-H1|2026 [--as-of D] --output DIR")
            String... args) throws StoreException {
        Cli.Parsed a = BUILD.parse(args, System.out);
        if (a == null) {
            return;
        }
        if (a.opt("period") == null) {
            throw BUILD.usageError(Msg.t("report.periodRequired"));
        }
        if (a.opt("output") == null) {
            throw BUILD.usageError(Msg.t("report.outputRequired"));
        }
        if (builder == null) {
            throw new OperatorError(Msg.t("report.noBuilder"));
        }
        LocalDate asOf = a.opt("as-of") == null ? null : date(BUILD, "--as-of", a.opt("as-of"));
        Path out = Views.path(session, a.opt("output"));
        ReportBuilder b = builder.getService();
        try {
            ReportBuilder.Built built = b.build(a.arg(0), a.opt("period"), asOf, out);
            System.out.println(Msg.t("report.built", a.arg(0), built.period(), built.asOf()));
            for (Path f : built.files()) {
                System.out.println("  " + f);
            }
        } finally {
            builder.ungetService(b);
        }
    }

    /** dd/mm/yyyy, d/m/yyyy or ISO (Dates): a round is typed as report:due shows it. */
    private static LocalDate date(Cli cli, String what, String s) {
        LocalDate d = Dates.parseOrNull(s);
        if (d == null) {
            throw cli.usageError(Msg.t("date.bad", what, s));
        }
        return d;
    }
}
