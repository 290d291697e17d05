package vn.pcmt.store.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.Target;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.security.AccessControl;
import vn.pcmt.api.security.Identity;
import vn.pcmt.api.security.UserRole;

/**
 * The {@link ProgressStore} on whatever database the configured {@link DataSourceFactory} opens: H2 embedded, in
 * the data folder, by default. Another database is configuration: {@code config/vn.pcmt.store.cfg} with its
 * {@code url}, and {@code dataSourceFactory.target} selecting its driver's DataSourceFactory. Delayed: the database
 * is opened when a command first needs it, not at start-up. Here a change is checked against the user's role and
 * scope before anything is written; the work itself is the {@link Store}'s ({@link Opening} opens it).
 */
@Component(service = {ProgressStore.class, vn.pcmt.api.report.ReportingService.class}, configurationPid = "vn.pcmt.store",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JdbcStore.Config.class)
public final class JdbcStore implements ProgressStore, vn.pcmt.api.report.ReportingService {

    @ObjectClassDefinition(name = "pcmt store", description = "Where progress, status and audit are kept")
    public @interface Config {
        @AttributeDefinition(description = "JDBC URL; empty: an H2 file database DATA/db/pcmt (AUTO_SERVER lets a"
                + " second console on the same data folder share it)")
        String url() default "";

        String user() default "sa";

        String password() default "";

        @AttributeDefinition(description = "ignored since issue 15: the audit names the identity running each command")
        String operator() default "";

        @AttributeDefinition(description = "selects the driver's DataSourceFactory service")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";
    }

    private final Store store;
    /** Why the database could not be opened; null when it was. */
    private final StoreException failure;
    private final PlanRegistry registry;
    /** Who runs the current command, and whether they may write (issue 15): asked before every write. */
    private final AccessControl access;
    /** Today: recognitions and figures dated after it are refused. */
    private final vn.pcmt.api.Clock clock;
    /** The data folder: a large import's full list of bad rows is written to its log/ folder. */
    private final String data;

    @Activate
    public JdbcStore(@Reference(name = "dataSourceFactory", cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) DataSourceFactory factory, @Reference PlanRegistry registry,
            @Reference AccessControl access, Config config, BundleContext context, @Reference vn.pcmt.api.Clock clock) {
        this.registry = registry;
        this.access = access;
        this.clock = clock;
        this.data = context.getProperty("pcmt.data") == null ? "data" : context.getProperty("pcmt.data");
        java.util.function.Supplier<Audit.Actor> actor = () -> {
            Identity who = access.current();
            return new Audit.Actor(who.name(), who.channel());
        };
        Store opened = null;
        StoreException failure = null;
        try {
            opened = Opening.open(factory, config, context, data, actor);
        } catch (StoreException e) {
            failure = e; // logged by Opening, and said again by every store command (store())
        }
        this.store = opened;
        this.failure = failure;
    }

    /** The open store, or the reason it could not be opened, for the command that asked. */
    private Store store() throws StoreException {
        if (failure != null) {
            throw new StoreException(failure.getMessage(), failure);
        }
        return store;
    }

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    public Status updateStatus(String plan, String assignment, Status status, String note) throws StoreException {
        requirePlanWrite(plan, "assignment:update");
        return store().statuses().update(plan, assignment, status, note);
    }

    @Override
    public Map<String, StatusChange> statuses(String plan) throws StoreException {
        return store().statuses().of(plan);
    }

    @Override
    public List<StatusChange> statusHistory(String plan, String assignment) throws StoreException {
        return store().statuses().history(plan, assignment);
    }

    @Override
    public void audit(String action, String subject, String oldValue, String newValue) throws StoreException {
        store().audit().record(action, subject, oldValue, newValue);
    }

    @Override
    public List<AuditEntry> audit(LocalDate since) throws StoreException {
        return store().audit().since(since);
    }

    @Override
    public String operator() {
        return access.current().name(); // who runs the command (Audit.operator answers the same), store open or not
    }

    @Override
    public AuditCheck verifyAudit() throws StoreException {
        return store().audit().verify();
    }

    /** An operator writes only in the plans or province of their scope; refused before anything is written. */
    private void requirePlanWrite(String planId, String action) {
        String province = registry.plan(planId).map(ps -> ps.plan().locality() == null ? null
                : ps.plan().locality().name()).orElse(null);
        access.requirePlanWrite(planId, province, action);
    }

    /** A unit's province must be in the operator's scope. */
    private void requireUnitWrite(String unit, String action) throws StoreException {
        access.require(UserRole.OPERATOR, action);
        String province = store().units().list(null).stream().filter(u -> u.code().equals(unit)).map(AdminUnit::province)
                .findFirst().orElse(null);
        if (province != null) {
            access.requireProvinceWrite(province, action);
        }
    }

    // ------------------------------------------------------------------ units

    @Override
    public ImportResult importUnits(Path csv) throws StoreException {
        access.require(UserRole.OPERATOR, "unit:import");
        List<Csv.Row> rows = Csv.read(csv, UnitImport.COLUMNS);
        UnitImport.Checked checked = UnitImport.check(csv, rows, knownProvinces());
        List<String> problems = new java.util.ArrayList<>(checked.problems());
        List<AdminUnit> units = checked.units();
        for (AdminUnit u : units) {
            if (!access.current().role().includes(UserRole.ADMIN)) {
                try {
                    access.requireProvinceWrite(u.province(), "unit:import");
                } catch (vn.pcmt.api.security.AccessDeniedException e) {
                    problems.add(csv + ": unit " + u.code() + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new StoreException(Words.t("import.badRows", problems.size()) + "\n" + String.join("\n", problems));
        }
        store().units().insert(units, csv.toString());
        return new ImportResult(csv.toString(), units.size());
    }

    /** The 34 provinces, the localities of the loaded plans and the provinces already holding units. */
    private List<String> knownProvinces() throws StoreException {
        java.util.LinkedHashSet<String> known = new java.util.LinkedHashSet<>(vn.pcmt.api.text.Text.provinces());
        registry.plans().forEach(ps -> {
            String l = ps.summary().localityName();
            if (l != null && !vn.pcmt.api.text.Text.words(l).isEmpty()) {
                known.add(l);
            }
        });
        store().units().list(null).forEach(u -> known.add(u.province()));
        return List.copyOf(known);
    }

    @Override
    public List<AdminUnit> units(String province) throws StoreException {
        return store().units().list(province);
    }

    @Override
    public void recognize(String unit, LocalDate date, String decision) throws StoreException {
        requireUnitWrite(unit, "unit:recognize");
        notAfterToday(date, Words.t("word.recognition"));
        store().units().recognize(unit, date, decision);
    }

    @Override
    public void withdraw(String unit, LocalDate date, String decision) throws StoreException {
        requireUnitWrite(unit, "unit:withdraw");
        notAfterToday(date, Words.t("word.withdrawal"));
        store().units().withdraw(unit, date, decision);
    }

    @Override
    public void withdrawRecognition(String unit, String recognition, String decision) throws StoreException {
        requireUnitWrite(unit, "unit:withdraw");
        Corrections.withdrawRecognition(store(), unit, recognition, decision);
    }

    @Override
    public void retireUnit(String unit, LocalDate date, String why) throws StoreException {
        requireUnitWrite(unit, "unit:retire");
        Corrections.retire(store(), unit, date, why);
    }

    @Override
    public double unrecord(String plan, String target, String period, String unit, String note) throws StoreException {
        requirePlanWrite(plan, "indicator:unrecord");
        plan(plan).target(target).orElseThrow(() -> new StoreException(Words.t("figure.unknownTarget", target, plan)));
        return Corrections.unrecord(store(), plan, target, period, unit == null ? "" : unit, note);
    }

    private void notAfterToday(LocalDate date, String what) throws StoreException {
        if (date.isAfter(clock.today())) {
            throw new StoreException(Words.t("date.future", what, date, clock.today()));
        }
    }

    @Override
    public List<String> drugFree(String province, LocalDate date) throws StoreException {
        return store().units().drugFree(province, date);
    }

    // ------------------------------------------------------------------ figures

    /** One plan (refused with the loaded ones when unknown), or every loaded plan when {@code id} is null. */
    private List<Plan> plans(String id) throws StoreException {
        return id == null ? registry.plans().stream().map(PlanService::plan).toList() : List.of(plan(id));
    }

    private Plan plan(String id) throws StoreException {
        return registry.plan(id).map(PlanService::plan).orElseThrow(() -> new StoreException(Words.t("plan.unknown", id,
                String.join(", ", registry.plans().stream().map(ps -> ps.plan().id()).toList()))));
    }

    @Override
    public void record(String plan, String target, String period, String value, String unit, String note)
            throws StoreException {
        Plan p = plan(plan);
        access.requirePlanWrite(plan, p.locality() == null ? null : p.locality().name(), "indicator:record");
        FigureCheck.Checked f;
        try {
            f = FigureCheck.check(p, target, period, value, unit, note, clock.today());
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage());
        }
        if (!f.unit().isEmpty() && !store().units().has(f.unit())) {
            throw new StoreException(Words.t("unit.unknown", f.unit()));
        }
        store().figures().write(List.of(f), null);
    }

    @Override
    public ImportResult importFigures(Path csv) throws StoreException {
        java.util.Set<String> units = store().units().codes();
        String name = csv.getFileName() == null ? "import" : csv.getFileName().toString();
        Path report = Path.of(data, "log", name + "." + java.time.LocalDateTime.now().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".bad-rows.txt");
        access.require(UserRole.OPERATOR, "indicator:import");
        // a row of a plan outside the operator's scope is a bad row: nothing of the file is written
        return FigureImport.run(store().figures(), csv, id -> registry.plan(id).map(PlanService::plan).map(p -> {
            if (!access.mayWritePlan(p.id(), p.locality() == null ? null : p.locality().name())) {
                throw new IllegalArgumentException(Words.t("import.outOfScope", p.id(), access.current().describe()));
            }
            return p;
        }), units, report, clock.today());
    }

    @Override
    public List<Figure> history(String plan, String target) throws StoreException {
        plan(plan);
        return store().figures().history(plan, target);
    }

    // ------------------------------------------------------------------ progress

    @Override
    public ProgressReport progress(String planId, LocalDate asOf) throws StoreException {
        Plan p = plan(planId);
        String place = p.locality() == null ? null : vn.pcmt.api.text.Text.fold(p.locality().name());
        // only plans of the same locality are read (their summaries say where they are): the rest stay unread
        return Progress.of(p, store(), asOf, place == null ? List.of(p) : registry.plans().stream()
                .filter(ps -> ps.summary().locality() != null && vn.pcmt.api.text.Text.fold(ps.summary().locality())
                        .equals(place)).map(PlanService::plan).toList());
    }

    @Override
    public List<Rollup> rollup(String planId, String target) throws StoreException {
        Plan p = plan(planId);
        Target t = p.target(target).orElseThrow(() -> new StoreException(Words.t("figure.unknownTarget", target, planId)));
        return store().figures().rollup(planId, target, t.unit() != vn.pcmt.api.TargetUnit.COUNT);
    }

    @Override
    public List<Rollup> rollupIndicator(String indicator) throws StoreException {
        IndicatorSeries s = IndicatorSeries.of(registry, indicator);
        return store().figures().rollup(s.series(), s.mean());
    }

    // ------------------------------------------------------------------ reporting rounds (ReportingService)

    @Override
    public List<vn.pcmt.api.report.ReportRound> rounds(String planId, LocalDate asOf, LocalDate until)
            throws StoreException {
        List<Plan> plans = plans(planId);
        return Rounds.rounds(store(), plans, asOf, until);
    }

    @Override
    public List<vn.pcmt.api.report.TaskDue> deadlines(String planId, LocalDate asOf, LocalDate until)
            throws StoreException {
        List<Plan> plans = plans(planId);
        List<vn.pcmt.api.report.TaskDue> out = new java.util.ArrayList<>();
        for (Plan p : plans) {
            out.addAll(Deadlines.judge(p, store().statuses().of(p.id()), asOf, until));
        }
        out.sort(Deadlines.ORDER);
        return out;
    }

    @Override
    public List<vn.pcmt.api.report.ReportRound> submit(String planId, LocalDate due, String duty, LocalDate sentOn,
            String note) throws StoreException {
        requirePlanWrite(planId, "report:submit");
        return Rounds.submit(store(), plan(planId), due, duty, sentOn == null ? clock.today() : sentOn, note, clock.today());
    }

    @Override
    public List<vn.pcmt.api.report.RoadmapRow> roadmap(String planId, LocalDate asOf) throws StoreException {
        return Rounds.roadmap(store(), plan(planId), asOf);
    }
}
