package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            boolean known = taken.containsKey(file);
            taken.put(file, stamp);
            if (file.getFileName().toString().endsWith(PLAN_SUFFIX)) {
                planFile(file, known);
            } else {
                changedBundles |= jar(file, stamp);
            }
        }
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
                try {
                    b.uninstall();
                    changedBundles = true;
                    installed.remove(location);
                    LOG.info("Bundle {} uninstalled: {} was removed from the deploy folder", b.getSymbolicName(),
                            location);
                } catch (BundleException | IllegalStateException ex) {
                    once("uninstall " + location, "Cannot uninstall bundle {} of a removed deploy file: {}",
                            b.getSymbolicName(), ex.getMessage());
                }
            }
        }
        if (changedBundles) {
            saveInstalled();
            // only what has an old revision pending removal: an updated bundle is not restarted a second time
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
        }
        seen = now;
    }

    private void planFile(Path file, boolean update) {
        try {
            if (update) {
                extender.redeploy(file);
            } else {
                extender.deploy(file);
            }
        } catch (PlanException e) {
            LOG.error(update ? "Changed plan file {} was not reloaded; the previous version stays:\n{}"
                    : "Plan file {} in the deploy folder was not loaded:\n{}", file, e.getMessage());
        }
    }

    /** Installs or updates the bundle of a jar; true when a bundle was installed or updated. */
    private boolean jar(Path file, Stamp stamp) {
        String location = file.toUri().toString();
        Bundle b = context.getBundle(location);
        String from = installed.getProperty(location);
        if (b != null && (from != null ? from.equals(stamp.toString()) : stamp.modified() <= b.getLastModified())) {
            return false; // installed from this very jar (the time check: a bundle deployed before this record)
        }
        String step = b == null ? "installed" : "updated";
        try (InputStream in = Files.newInputStream(file)) {
            if (b == null) {
                b = context.installBundle(location, in);
                installed.setProperty(location, stamp.toString());
                step = "started";
                b.start();
                LOG.info("Bundle {} installed and started from {}", b.getSymbolicName(), file);
            } else {
                b.update(in);
                installed.setProperty(location, stamp.toString());
                LOG.info("Bundle {} updated from {}", b.getSymbolicName(), file);
            }
            return true;
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
    }

    private void saveInstalled() {
        if (installedFile == null) {
            return;
        }
        try {
            Files.createDirectories(installedFile.getParent());
            Path tmp = Files.createTempFile(installedFile.getParent(), "deployed", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                installed.store(w, "bundles installed from the deploy folder: location = size@time of their jar");
            }
            Files.move(tmp, installedFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
