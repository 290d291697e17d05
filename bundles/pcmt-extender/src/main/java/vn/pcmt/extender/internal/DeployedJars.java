package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.PlanException;
import vn.pcmt.extender.internal.DeployEvent.Dropped;
import vn.pcmt.extender.internal.DeployEvent.Kind;
import vn.pcmt.extender.internal.DeployEvent.Looked;
import vn.pcmt.extender.internal.DeployEvent.Stamp;

/**
 * The bundle jars of the deploy folder, as its events tell of them: a jar dropped is installed, or its bundle
 * updated, each audited first, then started as {@link GuardedStart} allows; a bundle installed from the folder whose
 * jar is gone (deleted now, or while pcmt was not running) is uninstalled. The size and time of the jar each bundle
 * was installed from are kept in the extender's data area ({@code deployed.properties}), so a replacement with an
 * older time, a roll-back, is seen too. A jar that cannot be installed is reported with the reason, and tried again
 * only when it changes.
 */
final class DeployedJars implements DeployEvent.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(DeployedJars.class);

    private final BundleContext context;
    private final String prefix;
    private final PlanAudit audit;
    private final StoreWait store;
    private final Readiness readiness;
    private final GuardedStart starter;
    /** Location of each bundle installed from the folder → "size@time" of the jar it was installed from. */
    private final Path installedFile;
    private final Properties installed = new Properties();
    /** Bundles of jars gone from the folder at start-up, uninstalled once the store is there to audit it. */
    private final Set<String> deferredUninstall = new HashSet<>();
    /** Whether a bundle was installed, updated or uninstalled during the current look. */
    private boolean changed;
    private final Once once = new Once(LOG);

    DeployedJars(BundleContext context, Path dir, PlanAudit audit, StoreWait store, Readiness readiness) {
        this.context = context;
        this.prefix = DeployFolder.locationPrefix(dir);
        this.audit = audit;
        this.store = store;
        this.readiness = readiness;
        this.starter = new GuardedStart(context);
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

    @Override
    public boolean on(DeployEvent event) {
        if (event instanceof Dropped d && d.kind() == Kind.JAR) {
            if (store.holdsBack(d.file(), needsAudit(d.file(), d.stamp()))) {
                return false; // looked at again at the next pass
            }
            readiness.busy(1); // batch commands and tests wait until the bundle is installed and its start has returned
            try {
                changed |= installAndStart(d.file(), d.stamp());
            } finally {
                readiness.busy(-1);
            }
            store.taken(d.file());
        } else if (event instanceof Looked looked) {
            uninstallGone(looked.files());
            if (changed) {
                saveInstalled();
                // only what has an old revision pending removal: an updated bundle is not restarted a second time
                context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
                changed = false;
            }
        }
        return true; // a removed jar: its bundle goes at the end of the look (uninstallGone)
    }

    private boolean needsAudit(Path file, Stamp stamp) {
        String location = file.toUri().toString();
        return context.getBundle(location) == null || !stamp.toString().equals(installed.getProperty(location));
    }

    /** Installs or updates a jar's bundle, audited first, then starts it; true when one was installed or updated. */
    private boolean installAndStart(Path file, Stamp stamp) {
        String location = file.toUri().toString();
        Bundle b = context.getBundle(location);
        String from = installed.getProperty(location);
        if (b != null && (from != null ? from.equals(stamp.toString()) : stamp.modified() <= b.getLastModified())) {
            starter.start(b, file, stamp); // installed from this very jar: started again at each start of pcmt
            return false;
        }
        String step = b == null ? "installed" : "updated";
        try {
            audit.write(b == null ? "bundle.deploy" : "bundle.redeploy", file.getFileName().toString(), from,
                    stamp.toString());
        } catch (PlanException e) {
            once.error("audit " + location + stamp, "Bundle jar {} in the deploy folder was not {}: {}", file, step,
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
        starter.start(b, file, stamp);
        return true;
    }

    /** Uninstalls the bundles of the folder whose jar is gone (deleted now, or while pcmt was not running). */
    private void uninstallGone(Set<Path> present) {
        for (Bundle b : context.getBundles()) {
            String location = b.getLocation();
            if (!location.startsWith(prefix) || present.contains(Path.of(URI.create(location)))) {
                continue;
            }
            if (store.mayStillCome()) {
                // audited before it goes, once the store is there (start-up); batch commands wait for it
                if (deferredUninstall.add(location)) {
                    readiness.busy(1);
                }
                continue;
            }
            boolean wasDeferred = deferredUninstall.remove(location);
            try {
                audit.write("bundle.undeploy", Path.of(URI.create(location)).getFileName().toString(),
                        installed.getProperty(location), "removed from the deploy folder");
            } catch (PlanException e) {
                // the jar is gone: its bundle cannot stay; the failure to audit is said loudly
                LOG.error("Bundle {} is uninstalled, its jar having been removed, but {}", b.getSymbolicName(),
                        e.getMessage());
            }
            try {
                b.uninstall();
                changed = true;
                installed.remove(location);
                LOG.info("Bundle {} uninstalled: {} was removed from the deploy folder", b.getSymbolicName(),
                        location);
            } catch (BundleException | IllegalStateException ex) {
                once.error("uninstall " + location, "Cannot uninstall bundle {} of a removed deploy file: {}",
                        b.getSymbolicName(), ex.getMessage());
            } finally {
                if (wasDeferred) {
                    readiness.busy(-1); // only now: batch commands wait until it is gone
                }
            }
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
}
