package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.extender.internal.DeployEvent.Stamp;

/**
 * Starts a deploy bundle so that it cannot take the platform down with it. The start is recorded in {@code
 * DATA/state/deploy-starting.properties} before it begins and forgotten when the activator returns; a jar still
 * recorded there at the next start of pcmt (pcmt ended during its start: an activator calling System.exit; or it
 * never returned) is not started again until the jar is replaced, and the console says which and why. The activator
 * runs on a thread of its own: one that has not returned after {@code pcmt.deploy.startTimeout} ms (10 s) is reported
 * and left. The start is transient: the framework never starts a deploy bundle by itself at launch, only this
 * guarded path does; {@code ./pcmt --safe} starts none.
 */
final class GuardedStart {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedStart.class);
    /** How long a deploy bundle's activator may take before it is reported and left (pcmt.deploy.startTimeout). */
    static final long START_TIMEOUT = 10_000;

    private final long startTimeout;
    /** {@code ./pcmt --safe}: no deploy bundle is started. */
    private final boolean safe;
    /** Deploy bundles whose start has begun and not returned, kept in DATA/state across runs: location → stamp. */
    private final Properties starting = new Properties();
    private final Path startingFile;
    private final Once once = new Once(LOG);

    GuardedStart(BundleContext context) {
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
    }

    /** Starts bundle {@code b} of the jar {@code file} in version {@code stamp}, unless it is a fragment or started. */
    void start(Bundle b, Path file, Stamp stamp) {
        String location = b.getLocation();
        if (b.getHeaders("").get(Constants.FRAGMENT_HOST) != null
                || (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
            return;
        }
        if (safe) {
            once.error("safe " + location, "Bundle jar {} in the deploy folder is not started: pcmt runs with --safe",
                    file);
            return;
        }
        synchronized (starting) {
            if (stamp.toString().equals(starting.getProperty(location))) {
                once.error("skip " + location, "Bundle jar {} in the deploy folder is NOT started: its start did not"
                        + " complete at an earlier run (pcmt ended, e.g. its activator called System.exit, or the"
                        + " activator never returned). Replace the jar to try again, or remove it.", file);
                return;
            }
            starting.setProperty(location, stamp.toString());
            save();
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
                    save();
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

    private void save() {
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
}
