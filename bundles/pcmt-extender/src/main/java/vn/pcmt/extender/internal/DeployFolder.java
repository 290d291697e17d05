package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * whose jar was deleted while pcmt was not running. After that the folder is looked at every {@code poll} ms, and
 * a new or changed file is taken once it is the same size and time at two looks in a row, so that a jar still
 * being copied is not installed half-written.
 *
 * <p>A file that cannot be loaded is reported once (in pcmt.log, and on the console at ERROR) with its name and
 * the reason, and tried again only when it changes. A changed plan file that is invalid leaves the previous
 * version loaded.
 */
final class DeployFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);
    static final String PLAN_SUFFIX = ".plan.json";

    private final PlanExtender extender;
    private final BundleContext context;
    private final Path dir;
    private final String prefix;
    /** What each file looked like at the previous look. */
    private Map<Path, Stamp> seen = new HashMap<>();
    /** The version of each file last acted on (loaded, or reported as bad). */
    private final Map<Path, Stamp> taken = new HashMap<>();
    private Thread watch;

    private record Stamp(long size, long modified) {}

    DeployFolder(PlanExtender extender, BundleContext context, Path dir) {
        this.extender = extender;
        this.context = context;
        this.dir = dir.toAbsolutePath().normalize();
        this.prefix = this.dir.toUri().toString();
    }

    /** The first pass, then a look every {@code poll} ms on a thread of its own. */
    void start(long poll) {
        scan(true);
        watch = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(poll);
                    try {
                        scan(false);
                    } catch (RuntimeException e) {
                        LOG.error("Looking at the deploy folder {} failed", dir, e); // and the next look tries again
                    }
                }
            } catch (InterruptedException stopped) {
                // the extender stopped
            }
        }, "pcmt-deploy-watch");
        watch.setDaemon(true);
        watch.start();
    }

    void stop() {
        if (watch != null) {
            watch.interrupt();
        }
    }

    /** One look at the folder. {@code first}: take every file as it is (nothing is being copied at start-up). */
    synchronized void scan(boolean first) {
        Map<Path, Stamp> now = list();
        List<Bundle> changed = new ArrayList<>();
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            Path file = e.getKey();
            Stamp stamp = e.getValue();
            if (stamp.equals(taken.get(file)) || (!first && !stamp.equals(seen.get(file)))) {
                continue; // unchanged, or still changing
            }
            boolean update = taken.containsKey(file);
            taken.put(file, stamp);
            if (file.getFileName().toString().endsWith(PLAN_SUFFIX)) {
                planFile(file, update);
            } else {
                jar(file, stamp, changed);
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
            if (b.getLocation().startsWith(prefix) && !now.containsKey(Path.of(java.net.URI.create(b.getLocation())))) {
                try {
                    b.uninstall();
                    changed.add(b);
                    LOG.info("Bundle {} uninstalled: {} was removed from the deploy folder", b.getSymbolicName(),
                            b.getLocation());
                } catch (BundleException | IllegalStateException ex) {
                    LOG.error("Cannot uninstall bundle {} of a removed deploy file: {}", b.getSymbolicName(),
                            ex.getMessage());
                }
            }
        }
        if (!changed.isEmpty()) {
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(changed);
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

    private void jar(Path file, Stamp stamp, List<Bundle> changed) {
        String location = file.toUri().toString();
        Bundle b = context.getBundle(location);
        String step = b == null ? "installed" : "updated";
        try (InputStream in = Files.newInputStream(file)) {
            if (b == null) {
                b = context.installBundle(location, in);
                step = "started";
                b.start();
                LOG.info("Bundle {} installed and started from {}", b.getSymbolicName(), file);
            } else if (stamp.modified() > b.getLastModified()) {
                b.update(in);
                changed.add(b);
                LOG.info("Bundle {} updated from {}", b.getSymbolicName(), file);
            }
        } catch (BundleException | IOException | IllegalStateException e) {
            // Equinox says "Error occurred installing a bundle." for a file that is no jar: the cause says why
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = root == e || root.getMessage() == null ? e.getMessage()
                    : e.getMessage() + " (" + root.getMessage() + ")";
            LOG.error("Bundle jar {} in the deploy folder was not {}: {}", file, step, why);
        }
    }

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
            if (Files.isDirectory(dir)) {
                LOG.warn("Cannot read the deploy folder {}: {}", dir, e.getMessage());
            }
        }
        return out;
    }
}
