package vn.pcmt.shell.internal;

import java.nio.file.Path;
import java.time.LocalDate;
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
import vn.pcmt.api.StoreException;
import vn.pcmt.api.report.ReportBuilder;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.ReportingService;

/**
 * {@code report:submit} (a reporting round marked sent) and {@code report:build} (the periodic report as .docx,
 * .xlsx and .html). Thin: parse, call the service, say what happened. The builder is got only when a report is
 * built, so POI and the chart library load then, never at start-up.
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = ReportingCommands.class, property = {
    "osgi.command.scope=report", "osgi.command.function=submit", "osgi.command.function=build"})
public final class ReportingCommands {
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

    private final Clock clock;
    private final ComponentServiceObjects<ReportingService> rounds;
    private final ComponentServiceObjects<ReportBuilder> builder;

    @Activate
    public ReportingCommands(@Reference Clock clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ReportingService> rounds,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ComponentServiceObjects<ReportBuilder> builder) {
        this.clock = clock;
        this.rounds = rounds;
        this.builder = builder;
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
        ReportingService s = rounds.getService();
        try {
            for (ReportRound r : s.submit(a.arg(0), due, a.opt("duty"), sent, a.opt("note"))) {
                System.out.println(Msg.t(r.daysLate() > 0 ? "round.sentLate" : "round.sent", r.plan(), r.duty(),
                        r.covers(), r.due(), r.sentOn(), r.daysLate()));
            }
        } finally {
            rounds.ungetService(s);
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
            throw BUILD.usageError("--period is required: 2026-H1, 2026-H2 or 2026");
        }
        if (a.opt("output") == null) {
            throw BUILD.usageError("--output DIR is required");
        }
        if (builder == null) {
            throw new OperatorError("report:build needs the report bundle (pcmt-report, with lib-poi), which is not"
                    + " installed in this feature");
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
