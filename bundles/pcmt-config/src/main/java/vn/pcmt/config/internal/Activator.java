package vn.pcmt.config.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.LoggerFactory;

/**
 * Applies the settings folder (framework property {@code pcmt.config}) to ConfigAdmin. The first pass runs inside
 * {@link #start}, since ConfigAdmin starts at an earlier level: the components that read a configuration (the
 * store) find it in place when they activate. Then the folder is looked at every {@code pcmt.config.poll} ms
 * (default 1000) for changed, new and deleted files.
 */
public final class Activator implements BundleActivator {
    private ServiceTracker<ConfigurationAdmin, Watch> tracker;

    @Override
    public void start(BundleContext context) {
        String dir = context.getProperty("pcmt.config");
        if (dir == null) {
            return;
        }
        long poll = Long.parseLong(context.getProperty("pcmt.config.poll") == null ? "1000"
                : context.getProperty("pcmt.config.poll"));
        tracker = new ServiceTracker<>(context, ConfigurationAdmin.class, null) {
            @Override
            public Watch addingService(ServiceReference<ConfigurationAdmin> ref) {
                ConfigurationAdmin cm = context.getService(ref);
                if (cm == null) {
                    return null;
                }
                ConfigFolder folder = new ConfigFolder(cm, Path.of(dir), name -> {
                    String v = context.getProperty(name);
                    return v != null ? v : System.getProperty(name);
                });
                folder.sync(true);
                return new Watch(folder, poll);
            }

            @Override
            public void removedService(ServiceReference<ConfigurationAdmin> ref, Watch w) {
                w.stop();
                context.ungetService(ref);
            }
        };
        tracker.open();
    }

    @Override
    public void stop(BundleContext context) {
        if (tracker != null) {
            tracker.close();
        }
    }

    /** The thread that looks at the folder again every {@code poll} ms. */
    static final class Watch {
        private final Thread thread;
        private final Object wake = new Object();
        private volatile boolean stopped;

        Watch(ConfigFolder folder, long poll) {
            thread = new Thread(() -> {
                while (!stopped) {
                    synchronized (wake) {
                        try {
                            wake.wait(poll);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (stopped) {
                        return;
                    }
                    try {
                        folder.sync(false);
                    } catch (RuntimeException e) {
                        // one bad look must not end the watching
                        LoggerFactory.getLogger(Activator.class).error("Looking at the settings folder failed", e);
                    }
                }
            }, "pcmt-config-watch");
            thread.setDaemon(true);
            thread.start();
        }

        /** Ends the watching after the look under way, if any (ConfigAdmin is not to be used once released). */
        void stop() {
            stopped = true;
            synchronized (wake) {
                wake.notifyAll();
            }
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
