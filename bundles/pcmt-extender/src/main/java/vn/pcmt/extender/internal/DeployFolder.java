package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.PlanException;

/**
 * The deploy folder ({@code --deploy}, default {@code deploy/}): bundle jars (plan bundles, or any other) and
 * {@code *.plan.json} files dropped there are loaded, changed ones reloaded, deleted ones removed.
 *
 * <p>The first pass runs while the extender activates, before the platform reports its plans read, so a batch
 * command ({@code ./pcmt -c …}) sees every plan of the folder; it also removes bundles installed from the folder
 * whose jar was deleted while pcmt was not running, and updates those whose jar was replaced (the size and time of
 * the jar each bundle was installed from are kept in the extender's data area, so a replacement with an older
 * time, a roll-back, is seen too). After that the folder is looked at every {@code poll} ms, and a new or changed
 * file is taken once it is the same size and time at two looks in a row, so that a jar still being copied is not
 * installed half-written.
 *
 * <p>A file that cannot be loaded is reported once (in pcmt.log, and on the console at ERROR) with its name and
 * the reason, and tried again only when it changes. A changed plan file that is invalid leaves the previous
 * version loaded. A folder that cannot be read is reported once and changes nothing: its files are not taken as
 * deleted.
 */
final class DeployFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);
    static final String PLAN_SUFFIX = ".plan.json";

    private final PlanExtender extender;
    private final BundleContext context;
    private final Path dir;
    private final String prefix;
    /** Location of each bundle installed from the folder → "size@time" of the jar it was installed from. */
    private final Path installedFile;
    private final Properties installed = new Properties();
    /** What each file looked like at the previous look. */
    private Map<Path, Stamp> seen = new HashMap<>();
    /** The version of each file last acted on (loaded, or reported as bad). */
    private final Map<Path, Stamp> taken = new HashMap<>();
    /** How long a deploy bundle's activator may take before it is reported and left (pcmt.deploy.startTimeout). */
    static final long START_TIMEOUT = 10_000;
    private final long startTimeout;
    /** {@code ./pcmt --safe}: no deploy bundle is started. */
    private final boolean safe;
    /** Deploy bundles whose start has begun and not returned, kept in DATA/state across runs: location → stamp. */
    private final Properties starting = new Properties();
    private final Path startingFile;
    /** How long a plan file waits for its document text before it is refused (framework property pcmt.deploy.textWait). */
    static final long TEXT_WAIT = 30_000;
    private final long textWait;
    /** Plan files whose text has not come yet, with the time they were first seen without it. */
    private final Map<Path, Long> waitingText = new HashMap<>();
    /** Problems already reported, so that a lasting one is not logged at every look. */
    private final Set<String> reported = new HashSet<>();
    private final Object wake = new Object();
    private volatile boolean stopped;
    private Thread watch;

    private record Stamp(long size, long modified) {
        @Override
        public String toString() {
            return size + "@" + modified;
        }
    }

    DeployFolder(PlanExtender extender, BundleContext context, Path dir) {
        this.extender = extender;
        this.context = context;
        this.dir = dir.toAbsolutePath().normalize();
        this.prefix = this.dir.toUri().toString();
        String wait = context.getProperty("pcmt.deploy.textWait");
        this.textWait = wait == null ? TEXT_WAIT : Long.parseLong(wait);
        this.safe = Boolean.parseBoolean(context.getProperty("pcmt.safe"));
        String timeout = context.getProperty("pcmt.deploy.startTimeout");
        this.startTimeout = timeout == null ? START_TIMEOUT : Long.parseLong(timeout);
        String state = context.getProperty("pcmt.data");
        this.startingFile = state == null ? null : Path.of(state, "state", "deploy-starting.properties");
        if (startingFile != null) {
            try (Reader r = Files.newBufferedReader(startingFile, StandardCharsets.UTF_8)) {
                starting.load(r);
            } catch (NoSuchFileException e) {
                // no start was under way
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read {} ({})", startingFile, e.getMessage());
            }
        }
        java.io.File data = context.getDataFile("deployed.properties"); // what each deployed bundle came from
        this.installedFile = data == null ? null : data.toPath();
        if (installedFile != null) {
            try (Reader r = Files.newBufferedReader(installedFile, StandardCharsets.UTF_8)) {
                installed.load(r);
            } catch (NoSuchFileException e) {
                // nothing deployed yet
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read {} ({}): deployed jars are compared by time only", installedFile, e.getMessage());
            }
        }
    }

    /** The first pass, then a look every {@code poll} ms on a thread of its own. */
    void start(long poll) {
        scan(true);
        watch = new Thread(() -> {
            while (!stopped) {
                synchronized (wake) {
                    try {
                        wake.wait(poll);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    scan(false);
                } catch (RuntimeException e) {
                    LOG.error("Looking at the deploy folder {} failed", dir, e); // and the next look tries again
                }
            }
        }, "pcmt-deploy-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Ends the watching, after the look under way if any (not interrupted: it may be reading a jar). */
    void stop() {
        stopped = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        if (watch != null && watch != Thread.currentThread()) {
            try {
                watch.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One look at the folder. {@code first}: take every file as it is (nothing is being copied at start-up). */
    synchronized void scan(boolean first) {
        if (stopped) {
            return;
        }
        Map<Path, Stamp> now = list();
        if (now == null) {
            return; // unreadable or absent: nothing is taken as deleted
        }
        boolean changedBundles = false;
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            Path file = e.getKey();
            Stamp stamp = e.getValue();
            if (stamp.equals(taken.get(file)) || (!first && !stamp.equals(seen.get(file)))) {
                continue; // unchanged, or still changing
            }
            if (mustWaitForStore(file, stamp)) {
                continue; // looked at again at the next pass
            }
            boolean known = taken.containsKey(file);
            taken.put(file, stamp);
            if (file.getFileName().toString().endsWith(PLAN_SUFFIX)) {
                planFile(file, known, stamp.toString());
            } else {
                changedBundles |= jar(file, stamp);
            }
            if (deferred.remove(file)) {
                extender.busy(-1);
            }
        }
        for (Path f : new ArrayList<>(deferred)) {
            if (!now.containsKey(f) && deferred.remove(f)) {
                extender.busy(-1);
            }
        }
        waitingText.keySet().removeIf(f -> !now.containsKey(f));
        for (Path gone : new ArrayList<>(taken.keySet())) {
            if (!now.containsKey(gone)) {
                taken.remove(gone);
                if (gone.getFileName().toString().endsWith(PLAN_SUFFIX)) {
                    extender.undeploy(gone);
                }
            }
        }
        for (Bundle b : context.getBundles()) {
            // a bundle from this folder whose jar is gone (deleted now, or while pcmt was not running)
            String location = b.getLocation();
            if (location.startsWith(prefix) && !now.containsKey(Path.of(java.net.URI.create(location)))) {
                if (!extender.audit().available() && System.currentTimeMillis() - started < STORE_WAIT) {
                    // audited before it goes, once the store is there (start-up); batch commands wait for it
                    if (deferredUninstall.add(location)) {
                        extender.busy(1);
                    }
                    continue;
                }
                boolean wasDeferred = deferredUninstall.remove(location);
                try {
                    extender.audit().write("bundle.undeploy", Path.of(java.net.URI.create(location)).getFileName()
                            .toString(), installed.getProperty(location), "removed from the deploy folder");
                } catch (PlanException e) {
                    // the jar is gone: its bundle cannot stay; the failure to audit is said loudly
                    LOG.error("Bundle {} is uninstalled, its jar having been removed, but {}", b.getSymbolicName(),
                            e.getMessage());
                }
                try {
                    b.uninstall();
                    changedBundles = true;
                    installed.remove(location);
                    LOG.info("Bundle {} uninstalled: {} was removed from the deploy folder", b.getSymbolicName(),
                            location);
                } catch (BundleException | IllegalStateException ex) {
                    once("uninstall " + location, "Cannot uninstall bundle {} of a removed deploy file: {}",
                            b.getSymbolicName(), ex.getMessage());
                } finally {
                    if (wasDeferred) {
                        extender.busy(-1); // only now: batch commands wait until it is gone
                    }
                }
            }
        }
        if (first) {
            removedWhileStopped = extender.removedWhileStopped(now.keySet().stream().filter(f -> f.getFileName()
                    .toString().endsWith(PLAN_SUFFIX)).map(f -> f.toAbsolutePath().normalize())
                    .collect(java.util.stream.Collectors.toSet()));
            if (!removedWhileStopped.isEmpty()) {
                extender.busy(1); // audited once the store is there; batch commands wait for it
            }
        }
        if (!removedWhileStopped.isEmpty() && (extender.audit().available()
                || System.currentTimeMillis() - started > STORE_WAIT)) {
            extender.auditRemovedWhileStopped(removedWhileStopped);
            removedWhileStopped = java.util.List.of();
            extender.busy(-1);
        }
        if (changedBundles) {
            saveInstalled();
            // only what has an old revision pending removal: an updated bundle is not restarted a second time
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
        }
        seen = now;
    }

    /**
     * A new or changed file is audited before it is loaded, and at start-up the store may not be registered yet (the
     * first pass runs while the extender activates): such a file waits for it, up to {@link #STORE_WAIT} ms, and
     * batch commands wait for the file (the extender's readiness signal counts it).
     */
    private boolean mustWaitForStore(Path file, Stamp stamp) {
        if (extender.audit().available() || !needsAudit(file, stamp)) {
            return false;
        }
        if (deferred.add(file)) {
            extender.busy(1);
        }
        if (deferSince == 0) {
            deferSince = System.currentTimeMillis();
        }
        return System.currentTimeMillis() - deferSince < STORE_WAIT; // then refused, saying why
    }

    static final long STORE_WAIT = 15_000;
    /** Deploy plan files audited as loaded and removed while pcmt was stopped, to audit as removed. */
    private java.util.List<String> removedWhileStopped = java.util.List.of();
    private final long started = System.currentTimeMillis();
    private final Set<Path> deferred = new HashSet<>();
    private final Set<String> deferredUninstall = new HashSet<>();
    private long deferSince;

    private boolean needsAudit(Path file, Stamp stamp) {
        if (file.getFileName().toString().endsWith(PLAN_SUFFIX)) {
            return !extender.audit().audited(file.toAbsolutePath().normalize().toString(), stamp.toString());
        }
        String location = file.toUri().toString();
        return context.getBundle(location) == null || !stamp.toString().equals(installed.getProperty(location));
    }

    private void planFile(Path file, boolean update, String stamp) {
        try {
            if (update) {
                extender.redeploy(file, stamp);
            } else {
                extender.deploy(file, stamp);
            }
            waitingText.remove(file);
            reported.remove("text " + file);
        } catch (PlanException e) {
            if (e.getMessage().contains(PlanCodec.NO_TEXT)) {
                // its text may still be on its way (copied after the JSON): look again at each pass, say it once
                taken.remove(file);
                long first = waitingText.computeIfAbsent(file, f -> System.currentTimeMillis());
                if (System.currentTimeMillis() - first < textWait) {
                    if (reported.add("wait " + file)) {
                        LOG.warn("Plan file {} in the deploy folder waits for its document text (up to {} s):\n{}",
                                file, textWait / 1000, e.getMessage());
                    }
                } else {
                    once("text " + file, "Plan file {} in the deploy folder was refused: its document text did not"
                            + " come within {} s; it loads when the text is put beside it:\n{}", file, textWait / 1000,
                            e.getMessage());
                }
                return;
            }
            LOG.error(update ? "Changed plan file {} was not reloaded; the previous version stays:\n{}"
                    : "Plan file {} in the deploy folder was not loaded:\n{}", file, e.getMessage());
        }
    }

    /**
     * Installs or updates the bundle of a jar, auditing it first, then starts it as {@link #startGuarded} allows;
     * true when a bundle was installed or updated.
     */
    private boolean jar(Path file, Stamp stamp) {
        extender.busy(1); // batch commands and tests wait until the bundle is installed and its start has returned
        try {
            return installAndStart(file, stamp);
        } finally {
            extender.busy(-1);
        }
    }

    private boolean installAndStart(Path file, Stamp stamp) {
        String location = file.toUri().toString();
        Bundle b = context.getBundle(location);
        String from = installed.getProperty(location);
        if (b != null && (from != null ? from.equals(stamp.toString()) : stamp.modified() <= b.getLastModified())) {
            startGuarded(b, file, stamp); // installed from this very jar: started again at each start of pcmt
            return false;
        }
        String step = b == null ? "installed" : "updated";
        try {
            extender.audit().write(b == null ? "bundle.deploy" : "bundle.redeploy", file.getFileName().toString(),
                    from, stamp.toString());
        } catch (PlanException e) {
            once("audit " + location + stamp, "Bundle jar {} in the deploy folder was not {}: {}", file, step,
                    e.getMessage());
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (b == null) {
                b = context.installBundle(location, in);
            } else {
                if ((b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                    b.stop(Bundle.STOP_TRANSIENT); // restarted below, guarded, not by update()
                }
                b.update(in);
            }
            installed.setProperty(location, stamp.toString());
            LOG.info("Bundle {} {} from {}", b.getSymbolicName(), step, file);
        } catch (BundleException | IOException | IllegalStateException e) {
            // Equinox says "Error occurred installing a bundle." for a file that is no jar: the cause says why
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = root == e || root.getMessage() == null ? e.getMessage()
                    : e.getMessage() + " (" + root.getMessage() + ")";
            LOG.error("Bundle jar {} in the deploy folder was not {}: {}", file, step, why);
            return installed.containsKey(location);
        }
        startGuarded(b, file, stamp);
        return true;
    }

    /**
     * Starts a deploy bundle so that it cannot take the platform down with it. The start is recorded in
     * {@code starting.properties} (the framework's data area of the extender) before it begins and forgotten when
     * the activator returns; a jar still recorded there at the next start of pcmt (pcmt ended during its start: an
     * activator calling System.exit; or it never returned) is not started again until the jar is replaced, and the
     * console says which and why. The activator runs on a thread of its own: one that has not returned after
     * {@code pcmt.deploy.startTimeout} ms (10 s) is reported and left. The start is transient: the framework never
     * starts a deploy bundle by itself at launch, only this guarded path does; {@code ./pcmt --safe} starts none.
     */
    private void startGuarded(Bundle b, Path file, Stamp stamp) {
        String location = b.getLocation();
        if (b.getHeaders("").get(org.osgi.framework.Constants.FRAGMENT_HOST) != null
                || (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
            return;
        }
        if (safe) {
            once("safe " + location, "Bundle jar {} in the deploy folder is not started: pcmt runs with --safe", file);
            return;
        }
        synchronized (starting) {
            if (stamp.toString().equals(starting.getProperty(location))) {
                once("skip " + location, "Bundle jar {} in the deploy folder is NOT started: its start did not complete"
                        + " at an earlier run (pcmt ended, e.g. its activator called System.exit, or the activator never"
                        + " returned). Replace the jar to try again, or remove it.", file);
                return;
            }
            starting.setProperty(location, stamp.toString());
            saveStarting();
        }
        Throwable[] failed = {null};
        Thread t = new Thread(() -> {
            try {
                b.start(Bundle.START_TRANSIENT);
            } catch (BundleException | IllegalStateException | SecurityException e) {
                failed[0] = e;
            } finally {
                synchronized (starting) {
                    starting.remove(location); // returned, late or not: nothing to hold against it next time
                    saveStarting();
                }
            }
        }, "pcmt-deploy-start " + file.getFileName());
        t.setDaemon(true);
        t.start();
        try {
            t.join(startTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (t.isAlive()) {
            LOG.error("Bundle {} from the deploy folder: its activator has not returned after {} s; it is left"
                    + " starting, and is not started at the next start of pcmt unless its jar is replaced",
                    b.getSymbolicName(), startTimeout / 1000.0);
        } else if (failed[0] != null) {
            LOG.error("Bundle jar {} in the deploy folder was not started: {}", file, failed[0].getMessage());
        } else {
            LOG.info("Bundle {} started from {}", b.getSymbolicName(), file);
        }
    }

    private void saveStarting() {
        if (startingFile == null) {
            return;
        }
        try {
            StateFile.store(startingFile, starting,
                    "deploy bundles whose start has not returned: location = size@time of their jar");
        } catch (IOException e) {
            LOG.warn("Cannot record the deploy bundles being started in {}: {}", startingFile, e.getMessage());
        }
    }

    private void saveInstalled() {
        if (installedFile == null) {
            return;
        }
        try {
            StateFile.store(installedFile, installed,
                    "bundles installed from the deploy folder: location = size@time of their jar");
        } catch (IOException e) {
            LOG.warn("Cannot record the deployed jars in {}: {}", installedFile, e.getMessage());
        }
    }

    /** The jars and plan files of the folder; null when it cannot be read or does not exist. */
    private Map<Path, Stamp> list() {
        Map<Path, Stamp> out = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{jar," + PLAN_SUFFIX.substring(1) + "}")) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f)) {
                        out.put(f, new Stamp(Files.size(f), Files.getLastModifiedTime(f).toMillis()));
                    }
                } catch (IOException gone) {
                    // deleted while listing
                }
            }
        } catch (IOException e) {
            once("folder", "Cannot read the deploy folder {}: {}; nothing in it is loaded or removed until it can be",
                    dir, String.valueOf(e.getMessage()));
            return null;
        }
        reported.remove("folder");
        return out;
    }

    /** Logs a lasting problem the first time only. */
    private void once(String key, String message, Object... args) {
        if (reported.add(key)) {
            LOG.error(message, args);
        }
    }
}
