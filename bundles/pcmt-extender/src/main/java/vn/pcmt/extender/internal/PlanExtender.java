package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.AssignmentService;
import vn.pcmt.api.Finding;
import vn.pcmt.api.IndicatorService;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanLoader;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.api.Problem;
import vn.pcmt.api.security.AccessControl;
import vn.pcmt.api.security.UserRole;

/**
 * The plan extender. Every bundle whose manifest has a {@value #HEADER} header naming a plan JSON entry is read when
 * it becomes active and its plan registered; the plan goes when the bundle stops. Plan files come in through
 * {@link #load(Path)} ({@code plan:load}, remembered across restarts) or the deploy folder ({@link DeployFolder}).
 * One path reads, validates and checks them all; a plan is registered only when all of that passed. A plan bundle
 * that passed at an earlier start and has not changed is registered from its summary and read when first used
 * ({@link CheckRecords}).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = PlanLoader.class, immediate = true)
public final class PlanExtender implements PlanLoader {
    /** Manifest header naming the plan JSON entry of a plan bundle. */
    public static final String HEADER = "Pcmt-Plan";
    /** Service property of the readiness signal, a {@link BooleanSupplier} that is true when no plan is being read. */
    public static final String READINESS = "pcmt.readiness";
    private static final Logger LOG = LoggerFactory.getLogger(PlanExtender.class);

    private final BundleContext context;
    private final BundleTracker<String> tracker;
    private final Path remembered;
    /** Registered plans by id, in load order. Guarded by {@code this}. */
    private final Map<String, Entry> plans = new LinkedHashMap<>();
    /**
     * Plan bundles currently active, each with a token of its current start: a plan read for a start that has ended
     * meanwhile (the bundle stopped, or stopped and started again) is dropped. Guarded by this.
     */
    private final Map<Bundle, Object> planBundles = new HashMap<>();
    /**
     * Plan bundles are read off the thread that starts bundles, on every core: at start-up the five plans are parsed
     * while the framework goes on starting the registry, the shell and the areas (bench/startup.sh).
     */
    private final ExecutorService readers;
    private final AtomicInteger pending = new AtomicInteger();
    /** "Every plan bundle seen so far has been read": batch mode waits for it before running a command. */
    private final ServiceRegistration<BooleanSupplier> idle;
    /** Plan bundles that passed the checks at an earlier start: registered from their summary, read when used. */
    private final CheckRecords checked;
    /** The audit of plan-set changes: written before each change, which is not made without it. */
    private final PlanAudit audit;
    /** Gogo's bundle operations, audited once the platform is up. */
    private final BundleAudit bundleAudit;
    /** The deploy folder (framework property pcmt.deploy), or null without one. */
    private final DeployFolder deployFolder;

    private record Entry(LoadedPlan plan, ServiceRegistration<?> registration, Bundle bundle, Path file) {}

    /** plan:load and plan:unload are an admin's (issue 15); refused before anything changes. */
    private final AccessControl access;

    @Activate
    public PlanExtender(BundleContext context, @Reference AccessControl access) {
        this.context = context;
        this.access = access;
        String data = context.getProperty("pcmt.data");
        this.remembered = data != null ? Path.of(data, "state", "loaded-plans.txt")
                : context.getDataFile("loaded-plans.txt").toPath();
        AtomicInteger n = new AtomicInteger();
        this.readers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "pcmt-plan-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.checked = CheckRecords.of(context);
        this.audit = new PlanAudit(context);
        this.idle = context.registerService(BooleanSupplier.class, () -> pending.get() == 0,
                new Hashtable<>(Map.of(READINESS, "plans")));
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new Customizer());
        tracker.open();
        for (Path file : rememberedFiles()) {
            try {
                registerFile(file.toAbsolutePath().normalize(), null);
            } catch (PlanException e) {
                LOG.error("Cannot reload plan {} loaded earlier with plan:load:\n{}", file, e.getMessage());
            }
        }
        // last: its first pass loads the folder's plans through this extender, before activation returns
        String deploy = context.getProperty("pcmt.deploy");
        this.deployFolder = deploy == null ? null : new DeployFolder(this, context, Path.of(deploy));
        if (deployFolder != null) {
            String poll = context.getProperty("pcmt.deploy.poll");
            deployFolder.start(poll == null ? 500 : Long.parseLong(poll));
        }
        this.bundleAudit = new BundleAudit(context, audit, deploy == null ? null
                : Path.of(deploy).toAbsolutePath().normalize().toUri().toString());
        context.addBundleListener(bundleAudit);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(bundleAudit);
        if (deployFolder != null) {
            deployFolder.stop();
        }
        tracker.close();
        readers.shutdownNow();
        unregisterQuietly(idle);
        synchronized (this) {
            for (Entry e : plans.values()) {
                unregisterQuietly(e.registration());
            }
            plans.clear();
        }
    }

    // ---------------------------------------------------------------- PlanLoader

    @Override
    public Plan read(Path file) throws PlanException {
        return readFile(file).parsed().plan();
    }

    @Override
    public PlanService load(Path file) throws PlanException {
        access.require(UserRole.ADMIN, "plan:load");
        Path abs = file.toAbsolutePath().normalize();
        LoadedPlan p = registerFile(abs, (id, origin) -> audit.write("plan.load", id, null, origin));
        remember(abs, true);
        return p;
    }

    /** Writes the audit entry of a plan about to be registered (its id and origin), or refuses the change. */
    interface BeforePublish {
        void audit(String id, String origin) throws PlanException;
    }

    /**
     * Loads a file from the deploy folder: like {@link #load(Path)} but not remembered (the folder is), and, like a
     * plan:load file at start-up, registered from its record when it passed the checks before and neither it nor
     * its source text has changed since.
     */
    LoadedPlan deploy(Path file, String stamp) throws PlanException {
        Path abs = file.toAbsolutePath().normalize();
        String key = abs.toString();
        boolean known = audit.audited(key, stamp); // loaded and audited at an earlier start: not a change
        LoadedPlan p = registerFile(abs, known ? null : (id, origin) -> audit.write("plan.deploy", id, null, origin));
        if (!known) {
            audit.remember(key, stamp, p.summary().id());
        }
        return p;
    }

    /** Counts work batch commands must wait for (a deploy file waiting for the store to audit it). */
    void busy(int delta) {
        pending.addAndGet(delta);
    }

    /** The audit of plan-set changes (the deploy folder audits its jars through it). */
    PlanAudit audit() {
        return audit;
    }

    /** Deploy files audited as loaded whose file is gone (removed while pcmt was stopped). */
    List<String> removedWhileStopped(java.util.Set<Path> present) {
        return audit.keys().stream().filter(k -> !present.contains(Path.of(k))).sorted().toList();
    }

    /** Audits those files as removed. */
    void auditRemovedWhileStopped(List<String> keys) {
        for (String key : keys) {
            try {
                audit.write("plan.undeploy", String.valueOf(audit.planOf(key)), "file:" + key,
                        "removed from the deploy folder while pcmt was stopped");
                audit.remember(key, null, null);
            } catch (PlanException e) {
                LOG.error("{}", e.getMessage());
            }
        }
    }

    /** A plan file: from its record when it passed before and is unchanged (read when first used), else read now. */
    private LoadedPlan registerFile(Path abs, BeforePublish before) throws PlanException {
        Optional<PlanSummary> known = checked.planFile(abs);
        if (known.isPresent()) {
            return publishIfFree(LoadedPlan.later(known.get(), "file:" + abs,
                    () -> check(readFile(abs).parsed(), abs.toString()), this::withdraw), null, abs, before);
        }
        FileRead read = readFile(abs);
        LoadedPlan loaded = prepare(abs, read.parsed(), null);
        checked.rememberPlanFile(abs, read.stamp(), loaded.summary());
        return publishIfFree(loaded, null, abs, before);
    }

    /**
     * Replaces the plan of a changed deploy file. The new file is read and checked before the old plan is touched,
     * so the old plan stays if the new file is invalid or its id is taken by another plan.
     */
    void redeploy(Path file, String stamp) throws PlanException {
        Path abs = file.toAbsolutePath().normalize();
        FileRead read = readFile(abs);
        LoadedPlan next = prepare(abs, read.parsed(), null);
        checked.rememberPlanFile(abs, read.stamp(), next.summary());
        synchronized (this) {
            String old = idOfFile(abs);
            String id = next.summary().id();
            if (!id.equals(old) && plans.containsKey(id)) {
                throw conflict(abs.toString(), id);
            }
            audit.write("plan.deploy", id, old == null ? null : old + " (earlier version)", next.origin());
            if (old != null) {
                unregisterQuietly(plans.remove(old).registration());
            }
            publish(next, null, abs);
        }
        audit.remember(abs.toString(), stamp, next.summary().id());
    }

    /** Removes the plan of a deleted deploy file. */
    synchronized void undeploy(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String id = idOfFile(abs);
        if (id != null) {
            try {
                audit.write("plan.undeploy", id, "file:" + abs, "removed from the deploy folder");
                audit.remember(abs.toString(), null, null);
            } catch (PlanException e) {
                // the file is gone: its plan cannot stay; the failure to audit is said loudly
                LOG.error("Plan {} unloaded, its file {} having been removed, but {}", id, abs, e.getMessage());
            }
            unregisterQuietly(plans.remove(id).registration());
            LOG.info("Plan {} unloaded: {} was removed", id, file);
        }
    }

    @Override
    public void unload(String planId) throws PlanException {
        access.require(UserRole.ADMIN, "plan:unload");
        Entry e;
        synchronized (this) {
            e = plans.get(planId);
            if (e == null) {
                throw new PlanException(new Problem(null, 0, 0, "", "no plan \"" + planId + "\" is loaded; loaded: "
                        + String.join(", ", plans.keySet())));
            }
            audit.write("plan.unload", planId, e.plan().origin(), null);
            if (e.bundle() == null) {
                plans.remove(planId);
                unregisterQuietly(e.registration());
            }
        }
        if (e.bundle() != null) {
            try {
                // a plan bundle's plan goes when the bundle stops; stopping it persistently keeps it gone on restart
                e.bundle().stop();
            } catch (BundleException ex) {
                throw new PlanException(new Problem(null, 0, 0, "", "cannot stop bundle "
                        + e.bundle().getSymbolicName() + ": " + ex.getMessage()));
            }
        } else {
            remember(e.file(), false);
        }
        LOG.info("Plan {} unloaded", planId);
    }

    @Override
    public String toJson(Plan plan) {
        return PlanWriter.write(plan);
    }

    @Override
    public synchronized List<Path> loadedFiles() {
        return plans.values().stream().map(Entry::file).filter(f -> f != null).collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- reading

    /** A plan file as read, with the stamp of what was read: each file's size and time taken just before reading it. */
    private record FileRead(PlanCodec.Parsed parsed, CheckRecord.PlanFileStamp stamp) {}

    private static FileRead readFile(Path file) throws PlanException {
        byte[] json;
        CheckRecord.FileStamp jsonStamp = CheckRecord.FileStamp.of(file);
        String[] textName = new String[1];
        CheckRecord.FileStamp[] textStamp = new CheckRecord.FileStamp[1];
        try {
            json = Limits.read(file, Limits.MAX_PLAN_BYTES, "plan file");
        } catch (NoSuchFileException e) {
            throw new PlanException(new Problem(file.toString(), 0, 0, "", "no such file"));
        } catch (PlanCodec.TextRefused e) {
            throw new PlanException(new Problem(file.toString(), 0, 0, "", e.getMessage()));
        } catch (IOException e) {
            throw new PlanException(new Problem(file.toString(), 0, 0, "", "cannot read: " + e.getMessage()));
        }
        Path dir = file.toAbsolutePath().getParent();
        PlanCodec.Parsed parsed = PlanCodec.read(json, file.toString(), name -> {
            Path t = dir.resolve(name);
            textName[0] = name;
            textStamp[0] = CheckRecord.FileStamp.of(t);
            return textBeside(dir, t);
        });
        return new FileRead(parsed, new CheckRecord.PlanFileStamp(jsonStamp, textName[0], textStamp[0]));
    }

    /**
     * The bytes of a plan's text {@code t} in the plan's folder {@code dir}; null when there is none. A link is
     * followed only to a plain file that is itself in the plan's folder: a text kept elsewhere (a link to
     * /etc/passwd, or to another folder) is refused with the reason.
     */
    static byte[] textBeside(Path dir, Path t) throws IOException {
        if (!Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(t)) {
            Path real;
            try {
                real = t.toRealPath();
            } catch (IOException e) {
                throw new PlanCodec.TextRefused("the document text " + t.getFileName() + " is a link to nothing");
            }
            if (!real.getParent().equals(dir.toRealPath())) {
                throw new PlanCodec.TextRefused("the document text " + t.getFileName() + " is a link to " + real
                        + ", outside the plan's folder; it must be a file beside the plan");
            }
        }
        if (!Files.isRegularFile(t)) {
            throw new PlanCodec.TextRefused("the document text " + t.getFileName() + " is not a plain file");
        }
        return Limits.read(t, Limits.MAX_TEXT_BYTES, "document text");
    }

    private static PlanCodec.Parsed readBundle(Bundle b, String entry) throws PlanException {
        String where = b.getSymbolicName() + "!/" + entry;
        URL url = b.getEntry(entry);
        if (url == null) {
            throw new PlanException(new Problem(where, 0, 0, "", "the bundle's " + HEADER
                    + " header names an entry that does not exist"));
        }
        byte[] json;
        try (InputStream in = url.openStream()) {
            json = in.readAllBytes();
        } catch (IOException e) {
            throw new PlanException(new Problem(where, 0, 0, "", "cannot read: " + e.getMessage()));
        }
        int slash = entry.lastIndexOf('/');
        String dir = slash < 0 ? "" : entry.substring(0, slash + 1);
        return PlanCodec.read(json, where, name -> {
            URL t = b.getEntry(dir + name);
            if (t == null) {
                return null;
            }
            try (InputStream in = t.openStream()) {
                return in.readAllBytes();
            }
        });
    }

    // ---------------------------------------------------------------- registering

    /** Registers a checked plan unless its id is taken. The checking stays outside the lock (see the readers). */
    private synchronized LoadedPlan publishIfFree(LoadedPlan loaded, Bundle bundle, Path file, BeforePublish before)
            throws PlanException {
        if (plans.containsKey(loaded.summary().id())) {
            throw conflict(bundle != null ? bundle.getSymbolicName() : file.toString(), loaded.summary().id());
        }
        PlanSummary n = loaded.summary();
        for (Entry e : plans.values()) {
            PlanSummary o = e.plan().summary();
            if (o.title().equals(n.title()) && o.issuer().equals(n.issuer()) && o.period().equals(n.period())
                    && java.util.Objects.equals(o.locality(), n.locality())) {
                // the same document under another id (a copy with its id changed): loaded, its quotes checked, but said
                LOG.warn("Plan {} ({}) has the title, issuer, locality and period of plan {} ({}): the same document"
                        + " loaded twice under two ids?", n.id(), loaded.origin(), o.id(), e.plan().origin());
            }
        }
        if (before != null) {
            before.audit(loaded.summary().id(), loaded.origin());
        }
        publish(loaded, bundle, file);
        return loaded;
    }

    /** Checks a parsed plan; ERROR findings refuse it. Registers nothing. */
    private static LoadedPlan prepare(Path file, PlanCodec.Parsed parsed, Bundle bundle) throws PlanException {
        String origin = bundle != null ? "bundle:" + bundle.getSymbolicName() : "file:" + file;
        return LoadedPlan.of(check(parsed, bundle != null ? bundle.getSymbolicName() : file.toString()), origin);
    }

    private static LoadedPlan.Content check(PlanCodec.Parsed parsed, String where) throws PlanException {
        Limits.checkItems(parsed.plan(), where);
        List<Finding> findings = PlanChecker.check(parsed.plan(), parsed.lines());
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new PlanException(errors.stream()
                    .map(f -> new Problem(where, f.line(), 0, f.ref(), f.code() + ": " + f.message())).toList());
        }
        return new LoadedPlan.Content(parsed.plan(), parsed.lines(), findings);
    }

    /** Registers a prepared plan. Callers hold the lock and have checked that its id is free. */
    private void publish(LoadedPlan loaded, Bundle bundle, Path file) {
        PlanSummary plan = loaded.summary();
        String origin = loaded.origin();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PlanService.PLAN_ID, plan.id());
        props.put(PlanService.LOCALITY, plan.locality() == null ? "" : plan.locality());
        props.put(PlanService.PERIOD_FROM, plan.period().from());
        props.put(PlanService.PERIOD_TO, plan.period().to());
        props.put(PlanService.ORIGIN, origin);
        ServiceRegistration<?> reg = context.registerService(new String[] {PlanService.class.getName(),
            IndicatorService.class.getName(), AssignmentService.class.getName()}, loaded, props);
        plans.put(plan.id(), new Entry(loaded, reg, bundle, bundle == null ? file : null));
        if (loaded.isRead()) {
            LOG.info("Plan {} loaded from {}: {} sections, {} targets, {} assignments, {} check warnings", plan.id(),
                    origin, plan.sections(), plan.targets(), plan.assignments(), plan.warnings());
        } else {
            // a routine start: the log records plans read and checked, and changes, not every start
            LOG.debug("Plan {} registered from {} as checked at an earlier start; read when first used", plan.id(),
                    origin);
        }
    }

    /**
     * A plan registered from its record that could not be read when first used: unregistered (the other plans go
     * on) and its record dropped, so that the next start reads it and reports what is wrong.
     */
    private void withdraw(LoadedPlan plan, String why) {
        synchronized (this) {
            Entry e = plans.get(plan.summary().id());
            if (e == null || e.plan() != plan) {
                return;
            }
            plans.remove(plan.summary().id());
            unregisterQuietly(e.registration());
            if (e.bundle() != null) {
                checked.forget(e.bundle());
            } else if (e.file() != null) {
                checked.forget(e.file());
            }
        }
        LOG.warn("{}", why); // the log; the command that asked for the plan shows it on the console
    }

    private PlanException conflict(String where, String id) {
        Entry other = plans.get(id);
        return new PlanException(new Problem(where, 0, 0, "/id", "duplicate plan id \"" + id
                + "\": already loaded from " + (other == null ? "another source" : other.plan().origin())));
    }

    private String idOfFile(Path file) {
        return plans.entrySet().stream().filter(e -> file.equals(e.getValue().file())).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Whether the framework is stopping (every bundle stops then; the log does not list them one by one). */
    static boolean stopping(BundleContext context) {
        try {
            return context.getBundle(0).getState() == Bundle.STOPPING;
        } catch (IllegalStateException gone) {
            return true;
        }
    }

    private static void unregisterQuietly(ServiceRegistration<?> reg) {
        try {
            reg.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework is stopping
        }
    }

    // ---------------------------------------------------------------- remembered plan:load files

    private List<Path> rememberedFiles() {
        try {
            return Files.readAllLines(remembered, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank())
                    .map(Path::of).collect(Collectors.toList());
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", remembered, e.getMessage());
            return List.of();
        }
    }

    private synchronized void remember(Path file, boolean add) {
        List<Path> files = new ArrayList<>(rememberedFiles());
        files.remove(file);
        if (add) {
            files.add(file);
        }
        try {
            Files.createDirectories(remembered.getParent());
            Path tmp = remembered.resolveSibling(remembered.getFileName() + ".tmp");
            Files.write(tmp, files.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
            Files.move(tmp, remembered, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot record the loaded plan files in {}: {}", remembered, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- plan bundles

    private final class Customizer implements BundleTrackerCustomizer<String> {
        @Override
        public String addingBundle(Bundle bundle, BundleEvent event) {
            String entry = bundle.getHeaders("").get(HEADER);
            if (entry == null) {
                return null;
            }
            Object start = new Object();
            synchronized (PlanExtender.this) {
                planBundles.put(bundle, start);
            }
            String name = entry.trim();
            CheckRecord.BundleStamp stamp = CheckRecords.stamp(bundle); // of the content about to be read, before an update can change it
            Optional<PlanSummary> known = checked.plan(bundle);
            if (known.isPresent()) {
                // unchanged since it passed the checks: registered now from its summary, read when first used
                LoadedPlan later = LoadedPlan.later(known.get(), "bundle:" + bundle.getSymbolicName(),
                        () -> check(readBundle(bundle, name), bundle.getSymbolicName()), PlanExtender.this::withdraw);
                try {
                    publishIfFree(later, bundle, null, null);
                } catch (PlanException e) {
                    LOG.error("Plan bundle {} was not loaded:\n{}", bundle.getSymbolicName(), e.getMessage());
                }
                return bundle.getSymbolicName();
            }
            pending.incrementAndGet();
            readers.execute(() -> {
                try {
                    // read and checked in parallel; only registering takes the lock
                    LoadedPlan loaded = prepare(null, readBundle(bundle, name), bundle);
                    checked.rememberPlan(bundle, stamp, loaded.summary());
                    synchronized (PlanExtender.this) {
                        if (planBundles.get(bundle) == start) {
                            publishIfFree(loaded, bundle, null, null);
                        }
                    }
                } catch (PlanException e) {
                    LOG.error("Plan bundle {} was not loaded:\n{}", bundle.getSymbolicName(), e.getMessage());
                } finally {
                    pending.decrementAndGet();
                }
            });
            return bundle.getSymbolicName();
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, String planId) {
            // nothing: a plan changes only by a bundle update, which stops and starts it
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, String symbolicName) {
            synchronized (PlanExtender.this) {
                planBundles.remove(bundle);
                plans.values().removeIf(e -> {
                    if (e.bundle() != bundle) {
                        return false;
                    }
                    unregisterQuietly(e.registration());
                    if (stopping(context)) {
                        LOG.debug("Plan {} unloaded: pcmt is stopping", e.plan().summary().id());
                    } else {
                        LOG.info("Plan {} unloaded: bundle {} stopped", e.plan().summary().id(), symbolicName);
                    }
                    return true;
                });
            }
        }
    }
}
