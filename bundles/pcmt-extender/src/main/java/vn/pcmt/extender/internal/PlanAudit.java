package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.Problem;
import vn.pcmt.api.StoreException;

/**
 * The audit of changes to the plan set made through the extender: plan:load and plan:unload, plan files and jars of
 * the deploy folder. The entry is written BEFORE the change is made, and a change whose entry cannot be written is
 * not made: a kill between the two leaves an entry for a change that did not happen (the next start makes it and
 * audits it again), never a plan that nobody recorded.
 *
 * <p>The store is looked up only when a change happens, so an unchanged deploy folder opens no database at start-up:
 * which deploy files were audited, and in which version, is kept in {@code DATA/state/deploy-audited.properties}.
 */
final class PlanAudit {
    private final BundleContext context;
    private final Path record;
    private final Properties audited = new Properties();

    PlanAudit(BundleContext context) {
        this.context = context;
        String data = context.getProperty("pcmt.data");
        java.io.File f = data != null ? Path.of(data, "state", "deploy-audited.properties").toFile()
                : context.getDataFile("deploy-audited.properties");
        this.record = f == null ? null : f.toPath();
        if (record != null) {
            try (Reader r = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
                audited.load(r);
            } catch (NoSuchFileException e) {
                // nothing audited yet
            } catch (IOException | IllegalArgumentException e) {
                // every deploy file is audited again: more entries, none missing
            }
        }
    }

    /** Whether the store is registered (at start-up it may come after the extender's first look at deploy/). */
    boolean available() {
        return context.getServiceReference(ProgressStore.class) != null;
    }

    /** Writes one entry, or throws saying the change is not made because it could not be audited. */
    void write(String action, String subject, String oldValue, String newValue) throws PlanException {
        ServiceReference<ProgressStore> ref = context.getServiceReference(ProgressStore.class);
        ProgressStore store = ref == null ? null : context.getService(ref);
        if (store == null) {
            throw refused(action, subject, "the progress store is not available (see log:display)");
        }
        try {
            store.audit(action, subject, oldValue, newValue);
        } catch (StoreException e) {
            throw refused(action, subject, e.getMessage());
        } finally {
            context.ungetService(ref);
        }
    }

    private static PlanException refused(String action, String subject, String why) {
        return new PlanException(new Problem(subject, 0, 0, "", "not done (" + action + "): the change could not be"
                + " written to the audit log, and no change is made unaudited: " + why));
    }

    /** Whether the deploy file {@code key} was audited in version {@code stamp}. */
    synchronized boolean audited(String key, String stamp) {
        String v = audited.getProperty(key);
        return v != null && v.startsWith(stamp + " ");
    }

    /** The plan id recorded with an audited deploy file, or null. */
    synchronized String planOf(String key) {
        String v = audited.getProperty(key);
        return v == null || v.indexOf(' ') < 0 ? null : v.substring(v.indexOf(' ') + 1);
    }

    synchronized java.util.Set<String> keys() {
        return audited.stringPropertyNames();
    }

    /** Records that {@code key} was audited in version {@code stamp} as plan {@code id}; a null stamp forgets it. */
    synchronized void remember(String key, String stamp, String id) {
        if (stamp == null) {
            audited.remove(key);
        } else {
            audited.setProperty(key, stamp + " " + id);
        }
        if (record == null) {
            return;
        }
        try {
            StateFile.store(record, audited, "deploy files whose load was audited: path = version");
        } catch (IOException e) {
            // the worst case: the file is audited again at the next start
        }
    }
}
