package vn.pcmt.config.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns of settings files whose PID nothing reads (issue 14: {@code vn.pcmt.stroe.cfg} was logged as "applied" and
 * silently did nothing). The PIDs read are those of the declarative-services components of the started bundles
 * (enabled or not: the SSH console's component is enabled only in a console) and of ManagedService(Factory) services.
 * Asked once the framework has started, and for a file added later; loaded only when the folder holds a file.
 */
final class UnusedSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UnusedSettings.class);

    private UnusedSettings() {}

    /** Logs a warning for each of {@code files} (PID to file) that no component or managed service reads. */
    static void warn(BundleContext context, Map<String, Path> files) {
        Set<String> read = read(context); // Activator.warnUnused calls only with files
        if (read == null) {
            return; // no SCR to ask: nothing can be said
        }
        files.forEach((pid, file) -> {
            if (!read.contains(pid)) {
                LOG.warn("Settings file {}: nothing reads the PID {} (a misspelt file name?); it has no effect."
                        + " PIDs read here: {}", file, pid, String.join(", ", read));
            }
        });
    }

    static Set<String> read(BundleContext context) {
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = ref == null ? null : context.getService(ref);
        if (scr == null) {
            return null;
        }
        Set<String> pids = new TreeSet<>();
        try {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
                // a component that ignores configuration still names a PID (its own name): not one it reads
                if (d.configurationPid != null && !"ignore".equals(d.configurationPolicy)) {
                    pids.addAll(java.util.List.of(d.configurationPid));
                }
            }
        } finally {
            context.ungetService(ref);
        }
        for (String type : new String[] {"org.osgi.service.cm.ManagedService", "org.osgi.service.cm.ManagedServiceFactory"}) {
            try {
                ServiceReference<?>[] refs = context.getAllServiceReferences(type, null);
                for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
                    Object pid = r.getProperty(Constants.SERVICE_PID);
                    if (pid instanceof String s) {
                        pids.add(s);
                    } else if (pid instanceof String[] a) {
                        pids.addAll(java.util.List.of(a));
                    }
                }
            } catch (InvalidSyntaxException e) {
                throw new AssertionError(e); // no filter
            }
        }
        return pids;
    }
}
