package vn.pcmt.launcher;

/**
 * Start-up milestones on stderr, in milliseconds since the JVM started, when run with -Dpcmt.trace=true
 * (PCMT_JAVA_OPTS=-Dpcmt.trace=true ./pcmt -c 'plan:list'): where bench/startup.sh's time goes.
 */
final class Trace {
    private static final boolean ON = Boolean.getBoolean("pcmt.trace");
    /** Milliseconds since the JVM started (the management bean is loaded only when tracing). */
    private static long now() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private Trace() {}

    static void mark(String what) {
        if (ON) {
            System.err.printf("pcmt.trace %5d ms  %s%n", now(), what);
        }
    }

    /** Each bundle's start, as it happens. */
    static void bundles(org.osgi.framework.BundleContext ctx) {
        if (ON) {
            ctx.addBundleListener((org.osgi.framework.SynchronousBundleListener) e -> {
                String what = switch (e.getType()) {
                    case org.osgi.framework.BundleEvent.STARTING -> "starting ";
                    case org.osgi.framework.BundleEvent.STARTED -> "started  ";
                    case org.osgi.framework.BundleEvent.STOPPING -> "stopping ";
                    case org.osgi.framework.BundleEvent.STOPPED -> "stopped  ";
                    default -> null;
                };
                if (what != null) {
                    mark("  " + what + e.getBundle().getSymbolicName());
                }
            });
        }
    }
}
