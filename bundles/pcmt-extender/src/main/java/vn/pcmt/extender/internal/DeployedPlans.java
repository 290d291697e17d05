package vn.pcmt.extender.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.PlanException;
import vn.pcmt.extender.internal.DeployEvent.Dropped;
import vn.pcmt.extender.internal.DeployEvent.Kind;
import vn.pcmt.extender.internal.DeployEvent.Looked;
import vn.pcmt.extender.internal.DeployEvent.Removed;

/**
 * The plan files of the deploy folder, as its events tell of them: a new file is loaded, a changed one reloaded (an
 * invalid new version leaves the previous one loaded), a deleted one unloaded, each through {@link PlanFiles} and
 * audited. A file that cannot be loaded is reported once (in pcmt.log, and on the console at ERROR) with its name and
 * the reason, and tried again only when it changes; but a plan file whose document text has not come yet (copied
 * after the JSON) is looked at again at each look, for up to {@code pcmt.deploy.textWait} ms. Plan files audited as
 * loaded that were removed while pcmt was stopped are audited as removed once the store is there.
 */
final class DeployedPlans implements DeployEvent.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(DeployedPlans.class);
    /** How long a plan file waits for its text before it is refused (framework property pcmt.deploy.textWait). */
    static final long TEXT_WAIT = 30_000;

    private final PlanFiles files;
    private final PlanAudit audit;
    private final StoreWait store;
    private final Readiness readiness;
    private final long textWait;
    /** Plan files whose text has not come yet, with the time they were first seen without it. */
    private final Map<Path, Long> waitingText = new HashMap<>();
    /** Deploy plan files audited as loaded and removed while pcmt was stopped, to audit as removed. */
    private List<String> removedWhileStopped = List.of();
    private final Once once = new Once(LOG);

    DeployedPlans(PlanFiles files, PlanAudit audit, StoreWait store, Readiness readiness, String textWait) {
        this.files = files;
        this.audit = audit;
        this.store = store;
        this.readiness = readiness;
        this.textWait = textWait == null ? TEXT_WAIT : Long.parseLong(textWait);
    }

    @Override
    public boolean on(DeployEvent event) {
        if (event instanceof Dropped d && d.kind() == Kind.PLAN_FILE) {
            if (store.holdsBack(d.file(), !audit.audited(key(d.file()), d.stamp().toString()))) {
                return false; // looked at again at the next pass
            }
            boolean took = load(d.file(), d.replaces(), d.stamp().toString());
            store.taken(d.file());
            return took;
        } else if (event instanceof Removed r && r.kind() == Kind.PLAN_FILE) {
            files.undeploy(r.file());
        } else if (event instanceof Looked looked) {
            waitingText.keySet().removeIf(f -> !looked.files().contains(f));
            auditRemovedWhileStopped(looked);
        }
        return true;
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Loads or reloads a plan file; false when its text has not come yet (then it is looked at again). */
    private boolean load(Path file, boolean update, String stamp) {
        try {
            if (update) {
                files.redeploy(file, stamp);
            } else {
                files.deploy(file, stamp);
            }
            waitingText.remove(file);
            once.forget("text " + file);
        } catch (PlanException e) {
            if (e.getMessage().contains(PlanCodec.NO_TEXT)) {
                // its text may still be on its way (copied after the JSON): look again at each pass, say it once
                long first = waitingText.computeIfAbsent(file, f -> System.currentTimeMillis());
                if (System.currentTimeMillis() - first < textWait) {
                    if (once.first("wait " + file)) {
                        LOG.warn("Plan file {} in the deploy folder waits for its document text (up to {} s):\n{}",
                                file, textWait / 1000, e.getMessage());
                    }
                } else {
                    once.error("text " + file, "Plan file {} in the deploy folder was refused: its document text did"
                            + " not come within {} s; it loads when the text is put beside it:\n{}", file,
                            textWait / 1000, e.getMessage());
                }
                return false;
            }
            LOG.error(update ? "Changed plan file {} was not reloaded; the previous version stays:\n{}"
                    : "Plan file {} in the deploy folder was not loaded:\n{}", file, e.getMessage());
        }
        return true;
    }

    /**
     * Deploy plan files audited as loaded whose file is gone (removed while pcmt was stopped) are audited as
     * removed, once the store is there; batch commands wait for it.
     */
    private void auditRemovedWhileStopped(Looked looked) {
        if (looked.first()) {
            Set<Path> present = looked.files().stream().filter(f -> Kind.of(f) == Kind.PLAN_FILE)
                    .map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toSet());
            removedWhileStopped = audit.keys().stream().filter(k -> !present.contains(Path.of(k))).sorted().toList();
            if (!removedWhileStopped.isEmpty()) {
                readiness.busy(1); // audited once the store is there; batch commands wait for it
            }
        }
        if (removedWhileStopped.isEmpty() || store.mayStillCome()) {
            return;
        }
        for (String key : removedWhileStopped) {
            try {
                audit.write("plan.undeploy", String.valueOf(audit.planOf(key)), "file:" + key,
                        "removed from the deploy folder while pcmt was stopped");
                audit.remember(key, null, null);
            } catch (PlanException e) {
                LOG.error("{}", e.getMessage());
            }
        }
        removedWhileStopped = List.of();
        readiness.busy(-1);
    }
}
