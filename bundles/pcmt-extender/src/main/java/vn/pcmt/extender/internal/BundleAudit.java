package vn.pcmt.extender.internal;

import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.InvalidSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.PlanException;

/**
 * Bundle operations made once the platform is up (Gogo's install, start, stop, update, uninstall; plan and area
 * bundles come and go with them) written to the audit log with the operator. The framework reports them after the
 * fact, so such an entry follows its change rather than preceding it; the deploy folder audits its own jars first
 * and is left out here. Starting and stopping the platform itself is not an operator's change and is not audited:
 * the launcher registers a service with {@code pcmt.ready=true} once its start is complete.
 */
final class BundleAudit implements BundleListener {
    private static final Logger LOG = LoggerFactory.getLogger(BundleAudit.class);
    private static final Map<Integer, String> ACTIONS = Map.of(BundleEvent.INSTALLED, "bundle.install",
            BundleEvent.STARTED, "bundle.start", BundleEvent.STOPPED, "bundle.stop", BundleEvent.UPDATED,
            "bundle.update", BundleEvent.UNINSTALLED, "bundle.uninstall");

    private final BundleContext context;
    private final PlanAudit audit;
    private final String deployPrefix;
    private volatile boolean ready;

    BundleAudit(BundleContext context, PlanAudit audit, String deployPrefix) {
        this.context = context;
        this.audit = audit;
        this.deployPrefix = deployPrefix;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String action = ACTIONS.get(event.getType());
        Bundle b = event.getBundle();
        if (action == null || PlanExtender.stopping(context) || !ready()
                || (deployPrefix != null && b.getLocation().startsWith(deployPrefix))) {
            return;
        }
        try {
            audit.write(action, b.getSymbolicName() + " " + b.getVersion() + " (id " + b.getBundleId() + ")", null,
                    b.getLocation());
        } catch (PlanException e) {
            LOG.error("{} of bundle {}: {}", action, b.getSymbolicName(), e.getMessage());
        }
    }

    private boolean ready() {
        if (!ready) {
            try {
                ready = context.getServiceReferences((String) null, "(pcmt.ready=true)") != null;
            } catch (InvalidSyntaxException | IllegalStateException e) {
                return false;
            }
        }
        return ready;
    }
}
