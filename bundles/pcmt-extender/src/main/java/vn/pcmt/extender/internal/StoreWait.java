package vn.pcmt.extender.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A new or changed deploy file is audited before it is loaded, and at start-up the store may not be registered yet
 * (the folder's first look runs while the extender activates): such a file waits for it, up to {@link #STORE_WAIT}
 * ms from the first file held back, then is refused saying why; batch commands wait for the file meanwhile (it is
 * counted in the {@link Readiness}). Shared by the plan files and the jars of the folder.
 */
final class StoreWait implements DeployEvent.Listener {
    static final long STORE_WAIT = 15_000;

    private final PlanAudit audit;
    private final Readiness readiness;
    private final long started = System.currentTimeMillis();
    /** Files held back, each counted once in the readiness. */
    private final Set<Path> deferred = new HashSet<>();
    private long deferSince;

    StoreWait(PlanAudit audit, Readiness readiness) {
        this.audit = audit;
        this.readiness = readiness;
    }

    /** Whether the store is not there yet but may still come: a change that needs auditing waits for it. */
    boolean mayStillCome() {
        return !audit.available() && System.currentTimeMillis() - started < STORE_WAIT;
    }

    /** Whether {@code file}, dropped and needing an audit, is held back until the next look. */
    boolean holdsBack(Path file, boolean needsAudit) {
        if (audit.available() || !needsAudit) {
            return false;
        }
        if (deferred.add(file)) {
            readiness.busy(1);
        }
        if (deferSince == 0) {
            deferSince = System.currentTimeMillis();
        }
        return System.currentTimeMillis() - deferSince < STORE_WAIT; // then refused, saying why
    }

    /** {@code file} has been acted on: batch commands no longer wait for it. */
    void taken(Path file) {
        if (deferred.remove(file)) {
            readiness.busy(-1);
        }
    }

    /** A file held back and gone from the folder is no longer waited for. */
    @Override
    public boolean on(DeployEvent event) {
        if (event instanceof DeployEvent.Looked looked) {
            deferred.removeIf(f -> {
                if (looked.files().contains(f)) {
                    return false;
                }
                readiness.busy(-1);
                return true;
            });
        }
        return true;
    }
}
