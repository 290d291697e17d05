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
                // once the framework has reached its start level, the components say which PIDs they read
                if (pastOwnLevel(context)) {
                    warnUnused(context, folder.pids()); // this bundle restarted in a running framework
                } else {
                    context.addFrameworkListener(new org.osgi.framework.FrameworkListener() {
                        @Override
                        public void frameworkEvent(org.osgi.framework.FrameworkEvent e) {
                            if (e.getType() == org.osgi.framework.FrameworkEvent.STARTLEVEL_CHANGED) {
                                context.removeFrameworkListener(this);
                                warnUnused(context, folder.pids());
                            }
                        }
                    });
                }
                return new Watch(folder, poll, context);
            }

            @Override
            public void removedService(ServiceReference<ConfigurationAdmin> ref, Watch w) {
                w.stop();
                context.ungetService(ref);
            }
        };
        tracker.open();
    }

    /**
     * The framework is past this bundle's start level: it was started in a running framework, not while the launcher
     * raises the level (which ends with one STARTLEVEL_CHANGED event; the framework's STARTED came at level 1).
     */
    static boolean pastOwnLevel(BundleContext context) {
        int level = context.getBundle(0).adapt(org.osgi.framework.startlevel.FrameworkStartLevel.class).getStartLevel();
        return level > context.getBundle().adapt(org.osgi.framework.startlevel.BundleStartLevel.class).getStartLevel();
    }

    /** {@link UnusedSettings} is loaded only when there is a settings file (most starts have none). */
    static void warnUnused(BundleContext context, java.util.Map<String, Path> files) {
        if (!files.isEmpty()) {
            try {
                UnusedSettings.warn(context, files);
            } catch (IllegalStateException | NoClassDefFoundError e) {
                // stopping, or no DS API wired: the warning is a courtesy, the settings are applied either way
            }
        }
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

        Watch(ConfigFolder folder, long poll, BundleContext context) {
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
                        warnUnused(context, folder.sync(false));
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
