package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanLoader;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.api.Problem;
import vn.pcmt.api.security.AccessControl;

/**
 * The plan extender. Every bundle whose manifest has a {@value #HEADER} header naming a plan JSON entry is read when
 * it becomes active and its plan registered; the plan goes when the bundle stops. That is this class: the bundle
 * tracker. Plan files come in through {@link PlanFiles} ({@code plan:load}, remembered across restarts) and the
 * deploy folder ({@link DeployFolder}, whose events {@link DeployedPlans} and {@link DeployedJars} act on); this
 * class wires them together and offers the {@link PlanLoader} service for them. One path reads, validates and checks
 * every plan; a plan is registered ({@link RegisteredPlans}) only when all of that passed. A plan bundle that passed at
 * an earlier start and has not changed is registered from its summary and read when first used ({@link
 * CheckRecords}).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = PlanLoader.class, immediate = true)
public final class PlanExtender implements PlanLoader {
    /** Manifest header naming the plan JSON entry of a plan bundle. */
    public static final String HEADER = "Pcmt-Plan";
    /** Service property of the readiness signal, a {@link BooleanSupplier} that is true when no plan is being read. */
    public static final String READINESS = "pcmt.readiness";
    private static final Logger LOG = LoggerFactory.getLogger(PlanExtender.class);

    private final BundleContext context;
    private final RegisteredPlans registry;
    private final BundleTracker<String> tracker;
    /**
     * Plan bundles currently active, each with a token of its current start: a plan read for a start that has ended
     * meanwhile (the bundle stopped, or stopped and started again) is dropped. Guarded by the registry's lock.
     */
    private final Map<Bundle, Object> planBundles = new HashMap<>();
    /**
     * Plan bundles are read off the thread that starts bundles, on every core: at start-up the five plans are parsed
     * while the framework goes on starting the registry, the shell and the areas (bench/startup.sh).
     */
    private final ExecutorService readers;
    /** "Every plan bundle seen so far has been read": batch mode waits for it before running a command. */
    private final Readiness readiness;
    /** Plan bundles that passed the checks at an earlier start: registered from their summary, read when used. */
    private final CheckRecords checked;
    private final PlanFiles files;
    /** Gogo's bundle operations, audited once the platform is up. */
    private final BundleAudit bundleAudit;
    /** The deploy folder (framework property pcmt.deploy), or null without one. */
    private final DeployFolder deployFolder;

    @Activate
    public PlanExtender(BundleContext context, @Reference AccessControl access) {
        this.context = context;
        AtomicInteger n = new AtomicInteger();
        this.readers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "pcmt-plan-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.checked = CheckRecords.of(context);
        this.registry = new RegisteredPlans(context, checked);
        // the audit of plan-set changes: written before each change, which is not made without it
        PlanAudit audit = new PlanAudit(context);
        this.readiness = new Readiness(context);
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new Customizer());
        tracker.open();
        this.files = new PlanFiles(context, registry, checked, audit, access);
        files.reloadRemembered();
        // last: its first look loads the folder's plans, before activation returns
        String deploy = context.getProperty("pcmt.deploy");
        if (deploy == null) {
            this.deployFolder = null;
        } else {
            Path dir = Path.of(deploy);
            StoreWait store = new StoreWait(audit, readiness);
            this.deployFolder = new DeployFolder(dir, List.of(store,
                    new DeployedJars(context, dir, audit, store, readiness),
                    new DeployedPlans(files, audit, store, readiness, context.getProperty("pcmt.deploy.textWait"))));
            String poll = context.getProperty("pcmt.deploy.poll");
            deployFolder.start(poll == null ? 500 : Long.parseLong(poll));
        }
        this.bundleAudit = new BundleAudit(context, audit, deploy == null ? null
                : DeployFolder.locationPrefix(Path.of(deploy)));
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
        readiness.close();
        registry.close();
    }

    // ---------------------------------------------------------------- PlanLoader: plan files are PlanFiles' work

    @Override
    public Plan read(Path file) throws PlanException {
        return files.read(file);
    }

    @Override
    public PlanService load(Path file) throws PlanException {
        return files.load(file);
    }

    @Override
    public void unload(String planId) throws PlanException {
        files.unload(planId);
    }

    @Override
    public String toJson(Plan plan) {
        return PlanWriter.write(plan);
    }

    @Override
    public List<Path> loadedFiles() {
        return files.loadedFiles();
    }

    /** Whether the framework is stopping (every bundle stops then; the log does not list them one by one). */
    static boolean stopping(BundleContext context) {
        try {
            return context.getBundle(0).getState() == Bundle.STOPPING;
        } catch (IllegalStateException gone) {
            return true;
        }
    }

    // ---------------------------------------------------------------- plan bundles

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

    private static LoadedPlan.Content check(Bundle bundle, String entry) throws PlanException {
        return LoadedPlan.Content.check(readBundle(bundle, entry), bundle.getSymbolicName());
    }

    private final class Customizer implements BundleTrackerCustomizer<String> {
        @Override
        public String addingBundle(Bundle bundle, BundleEvent event) {
            String entry = bundle.getHeaders("").get(HEADER);
            if (entry == null) {
                return null;
            }
            Object start = new Object();
            synchronized (registry) {
                planBundles.put(bundle, start);
            }
            String name = entry.trim();
            String origin = "bundle:" + bundle.getSymbolicName();
            // of the content about to be read, before an update can change it
            CheckRecord.BundleStamp stamp = CheckRecords.stamp(bundle);
            Optional<PlanSummary> known = checked.plan(bundle);
            if (known.isPresent()) {
                // unchanged since it passed the checks: registered now from its summary, read when first used
                LoadedPlan later = LoadedPlan.later(known.get(), origin, () -> check(bundle, name), registry::withdraw);
                try {
                    registry.publishIfFree(later, bundle, null, null);
                } catch (PlanException e) {
                    LOG.error("Plan bundle {} was not loaded:\n{}", bundle.getSymbolicName(), e.getMessage());
                }
                return bundle.getSymbolicName();
            }
            readiness.busy(1);
            readers.execute(() -> {
                try {
                    // read and checked in parallel; only registering takes the lock
                    LoadedPlan loaded = LoadedPlan.of(check(bundle, name), origin);
                    checked.rememberPlan(bundle, stamp, loaded.summary());
                    synchronized (registry) {
                        if (planBundles.get(bundle) == start) {
                            registry.publishIfFree(loaded, bundle, null, null);
                        }
                    }
                } catch (PlanException e) {
                    LOG.error("Plan bundle {} was not loaded:\n{}", bundle.getSymbolicName(), e.getMessage());
                } finally {
                    readiness.busy(-1);
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
            synchronized (registry) {
                planBundles.remove(bundle);
                registry.removeBundle(bundle);
            }
        }
    }
}
