package vn.pcmt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * A running pcmt: Equinox booted through the standard {@link FrameworkFactory}, the bundles of the chosen features
 * installed from the repository, and the Gogo command processor to run commands with. Used by {@link Main} and by
 * the in-framework tests, so both exercise the same start-up.
 */
public final class Platform implements AutoCloseable {
    /** SLF4J lives on the class path (one binding, configured from config/); bundles import it from here. */
    static final String SYSTEM_PACKAGES_EXTRA = "org.slf4j;version=2.0.17,org.slf4j.event;version=2.0.17,"
            + "org.slf4j.helpers;version=2.0.17,org.slf4j.spi;version=2.0.17"
            // net.i2p.crypto.eddsa (ed25519 keys for the SSH console: SSHD 2.20 has no JDK EdDSA support) imports it
            + ",sun.security.x509";
    static final int LAST_START_LEVEL = 30;
    /**
     * Batch mode stops below this level: bundles at 25 and above (the JLine console) serve only the interactive
     * console, so a batch run neither starts a terminal nor pays for it.
     */
    static final int CONSOLE_START_LEVEL = 25;

    /** What to start: where things are, which features, and whether the Gogo console is interactive. */
    public record Settings(Path home, Path data, Path deploy, Path config, Path repository, List<String> features,
            boolean interactive, Map<String, String> extra) {

        public static Settings defaults(Path home, Path data, List<String> features) {
            return new Settings(home, data, home.resolve("deploy"), home.resolve("config"),
                    home.resolve("launcher/target/repository"), features, false, Map.of());
        }

        public Settings withDeploy(Path d) {
            return new Settings(home, data, d, config, repository, features, interactive, extra);
        }

        public Settings withExtra(Map<String, String> e) {
            return new Settings(home, data, deploy, config, repository, features, interactive, e);
        }

        public Settings withConfig(Path c) {
            return new Settings(home, data, deploy, c, repository, features, interactive, extra);
        }

        public Settings withInteractive(boolean i) {
            return new Settings(home, data, deploy, config, repository, features, i, extra);
        }
    }

    /** The outcome of a command: exit code 0 or 1, what it printed, and the error message if it failed. */
    public record Result(int exit, String out, String err) {}

    private final Framework framework;
    /** Held while this framework owns DATA/cache. */
    private java.nio.channels.FileChannel lock;
    /** The cache of a second console, deleted when it stops; null for the owner. */
    private Path privateCache;

    private Platform(Framework framework) {
        this.framework = framework;
    }

    public static Platform start(Settings s) throws BundleException, IOException, InterruptedException {
        Trace.mark("launcher main");
        Features features = new Features(s.home().resolve("features"));
        List<Features.Feature> resolved = features.resolve(s.features());
        List<Features.BundleRef> bundles = Features.bundles(resolved);
        for (Features.BundleRef b : bundles) {
            if (!Files.isRegularFile(b.file(s.repository()))) {
                throw new LaunchException("bundle " + b.id() + " of feature(s) " + s.features() + " is not in "
                        + s.repository() + "; build with: mvn -q install -DskipTests");
            }
        }
        Files.createDirectories(s.data());
        OwnerOnly.restrictTree(s.data()); // 0700: nothing in the data folder is other users' business
        Files.createDirectories(s.deploy());
        // H2's shared-console server (AUTO_SERVER) binds every interface unless told otherwise; set before H2 loads
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        // One framework owns DATA/cache. A second console on the same data folder (sharing its database and state)
        // gets a cache of its own for its lifetime, since two frameworks cannot share one.
        java.nio.channels.FileChannel lockChannel = java.nio.channels.FileChannel.open(s.data().resolve("cache.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock = lockChannel.tryLock();
        boolean owner = lock != null;
        Path cache = owner ? s.data().resolve("cache") : Files.createTempDirectory(s.data(), "cache-" + ProcessHandle.current().pid() + "-");
        // the stamp of what is installed now, read once: compared with the cache's, and written with a cleaned one
        String stamp = CacheStamp.stamp(bundles, s.repository(), s.features());
        boolean clean = !owner || CacheStamp.mustClean(s.data(), stamp);

        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        if (clean) {
            props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SYSTEM_PACKAGES_EXTRA + "," + Features.jacksonExports());
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        // Equinox sets gosh.args to --nointeractive when unset (platform.md trap 1): always set it ourselves.
        // Interactive: no --noshutdown, so that `exit` or Ctrl-D stops the platform.
        props.put("gosh.args", s.interactive() ? "--login" : "--nointeractive");
        Path gosh = s.data().resolve("gosh");
        Files.createDirectories(gosh.resolve("etc"));
        Path profile = s.config().resolve("gosh_profile");
        if (Files.isRegularFile(profile)) {
            Files.copy(profile, gosh.resolve("etc/gosh_profile"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        props.put("gosh.home", gosh.toString());
        // pcmt-config applies config/*.cfg to ConfigAdmin; the extender loads the deploy folder (pcmt.deploy)
        props.put("pcmt.config", s.config().toString());
        // SCR reports a component that fails to activate (a database that cannot open) on the console
        props.put("ds.loglevel", "warn");
        // SCR keeps the parsed component descriptors in its data area instead of parsing ~20 XML files at every
        // start (bench/startup.sh: -30 ms)
        props.put("ds.cache.metadata", "true");
        // A delayed component once activated stays until a reference it needs goes. The commands ask for the store
        // per call (ComponentServiceObjects), so that one which does not need it never opens the database; without
        // this SCR would close the database after every such command and open it again for the next (a console's
        // 2,000 status updates each paid an open, and the database server other consoles share came and went).
        props.put("ds.delayed.keepInstances", "true");
        props.put("pcmt.home", s.home().toString());
        props.put("pcmt.data", s.data().toString());
        props.put("pcmt.deploy", s.deploy().toString());
        // the channel of what this process runs as itself (pcmt-security): the console serves batch and SSH sessions
        props.put("pcmt.channel", s.interactive() ? "local" : "batch");
        Properties logging = LogConfig.settings(s.config());
        props.put("pcmt.log.file", LogConfig.logFile(s.data(), logging).toString());
        props.putAll(s.extra());

        if (bundles.stream().anyMatch(b -> b.id().startsWith("vn.pcmt:"))) {
            LogConfig.install(logging); // before any bundle logs; only pcmt's bundles log
        }
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi framework on the class path"));
        Framework fw = factory.newFramework(props);
        fw.init();
        forwardFrameworkLog(fw.getBundleContext(), logging);
        Trace.mark("framework initialised" + (clean ? " (cache cleaned)" : ""));
        BundleContext ctx = fw.getBundleContext();
        // feature:list gets the features as data from this service, read when it asks (not comma-joined properties)
        java.util.function.Supplier<List<Map<String, Object>>> featureData = () -> {
            try {
                return features.asData(s.features());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ctx.registerService(java.util.function.Supplier.class, featureData,
                new java.util.Hashtable<>(Map.of("pcmt.data", "features")));
        // Bundles of the deploy folder are never started by the framework itself at launch (a jar whose activator
        // calls System.exit would end every start): the extender starts them, guarded (GuardedStart in pcmt-extender).
        String deployed = s.deploy().toAbsolutePath().normalize().toUri().toString();
        for (Bundle b : ctx.getBundles()) {
            if (b.getLocation().startsWith(deployed)) {
                b.stop(); // not active yet: only clears its persistent autostart setting
            }
        }
        List<Bundle> fresh = new ArrayList<>();
        for (Features.BundleRef b : bundles) {
            if (ctx.getBundle(b.location()) != null) {
                continue; // from the persisted cache, in the state the operator left it
            }
            try (InputStream in = Files.newInputStream(b.file(s.repository()))) {
                Bundle installed = ctx.installBundle(b.location(), in);
                installed.adapt(BundleStartLevel.class).setStartLevel(Math.max(1, Math.min(LAST_START_LEVEL, b.startOrder())));
                fresh.add(installed);
            }
        }
        for (Bundle b : fresh) {
            if (b.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                b.start(); // persistent: a restart starts it again unless the operator stopped it
            }
        }
        Trace.mark("bundles installed and marked for start");
        Trace.bundles(ctx);
        fw.start();
        Trace.mark("framework started");
        CountDownLatch levels = new CountDownLatch(1);
        int level = s.interactive() ? LAST_START_LEVEL : CONSOLE_START_LEVEL - 1;
        fw.adapt(FrameworkStartLevel.class).setStartLevel(level, e -> levels.countDown());
        if (!levels.await(60, TimeUnit.SECONDS)) {
            throw new LaunchException("the framework did not reach start level " + level + " in 60 s");
        }
        Trace.mark("start level " + level + " reached");
        Platform platform = new Platform(fw);
        platform.awaitPlansRead(30_000);
        Trace.mark("plans read");
        // from here on, bundle operations are an operator's changes and are audited (the extender's BundleAudit)
        ctx.registerService(Object.class, new Object(), new java.util.Hashtable<>(Map.of("pcmt.ready", "true")));
        if (clean && owner) {
            CacheStamp.write(s.data(), stamp);
        }
        platform.lock = lockChannel;
        platform.privateCache = owner ? null : cache;
        return platform;
    }

    /**
     * Warnings and errors that bundles write to the OSGi Log Service (Equinox provides it; SCR reports a component
     * that failed to activate there) go to pcmt.log through SLF4J, under the logger "osgi.BUNDLE", so the log the
     * console points to holds them. Only the file: such entries carry stack traces, and the command that met the
     * failure already says so on the console.
     */
    private static void forwardFrameworkLog(BundleContext ctx, Properties logging) {
        ServiceReference<org.osgi.service.log.LogReaderService> ref =
                ctx.getServiceReference(org.osgi.service.log.LogReaderService.class);
        if (ref == null) {
            return;
        }
        ctx.getService(ref).addLogListener(entry -> {
            org.osgi.service.log.LogLevel level = entry.getLogLevel();
            if (level != org.osgi.service.log.LogLevel.ERROR && level != org.osgi.service.log.LogLevel.WARN) {
                return;
            }
            LogConfig.install(logging); // a platform without pcmt's bundles sets logging up only when it needs it
            String bundle = entry.getBundle() == null ? "framework" : entry.getBundle().getSymbolicName();
            org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("osgi." + bundle);
            if (level == org.osgi.service.log.LogLevel.ERROR) {
                log.error(entry.getMessage(), entry.getException());
            } else {
                log.warn(entry.getMessage(), entry.getException());
            }
        });
    }

    /**
     * Waits until the plan extender has read every plan bundle started so far (it reads them on other threads), so
     * that a batch command sees every plan. Without an extender (feature bare) there is nothing to wait for.
     */
    @SuppressWarnings("unchecked")
    public void awaitPlansRead(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        try {
            ServiceReference<?>[] refs = context().getAllServiceReferences(BooleanSupplier.class.getName(),
                    "(pcmt.readiness=plans)");
            if (refs == null) {
                return;
            }
            BooleanSupplier ready = (BooleanSupplier) context().getService(refs[0]);
            try {
                while (ready != null && !ready.getAsBoolean() && System.nanoTime() < end) {
                    Thread.sleep(2);
                }
            } finally {
                context().ungetService(refs[0]);
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }


    /** Bundles that should be active but are not (not resolved or failed to start), with the reason. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Bundle b : context().getBundles()) {
            boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            int level = b.adapt(BundleStartLevel.class).getStartLevel();
            if (!fragment && level <= framework.adapt(FrameworkStartLevel.class).getStartLevel()
                    && b.getState() != Bundle.ACTIVE && b.getState() != Bundle.STARTING
                    && b.getBundleId() != 0) {
                out.add(b.getSymbolicName() + " is " + state(b.getState()));
            }
        }
        return out;
    }

    static String state(int s) {
        return switch (s) {
            case Bundle.INSTALLED -> "INSTALLED (not resolved)";
            case Bundle.RESOLVED -> "RESOLVED (stopped; start it with: start ID, see lb)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    /**
     * Waits until Gogo knows the command {@code scope:function} (DS activates command components asynchronously).
     * Returns false if it did not appear within the timeout.
     */
    public boolean awaitCommand(String command, long millis) throws InterruptedException {
        return gogo().awaitCommand(command, millis);
    }

    /** Runs one command line through Gogo, capturing output; exit 1 with the message when it fails. */
    public Result execute(String commandLine) throws InterruptedException {
        return gogo().execute(commandLine);
    }

    /** Runs a command line (or a whole script) in a new Gogo session; a failure prints its message and returns 1. */
    public int execute(CharSequence program, InputStream in, PrintStream out, PrintStream err) throws InterruptedException {
        return gogo().execute(program, in, out, err);
    }

    /** Every scope:function registered with Gogo. */
    public List<String> commands() {
        return gogo().commands();
    }

    private GogoCommands gogo() {
        return new GogoCommands(context()); // holds nothing but the context: made per call
    }

    /** Blocks until the framework stops (interactive console: when the operator exits). */
    public void awaitStop() throws InterruptedException {
        FrameworkEvent e;
        long stopping = 0;
        while ((e = framework.waitForStop(500)).getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            if (framework.getState() != Bundle.ACTIVE) {
                stopping = stopping == 0 ? System.nanoTime() : stopping;
                if (givingUp(stopping)) {
                    stuck();
                    break;
                }
            }
        }
        release();
        if (e.getType() == FrameworkEvent.ERROR && e.getThrowable() != null) {
            throw new LaunchException("the framework stopped with an error", e.getThrowable());
        }
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        long stopping = System.nanoTime();
        while (framework.waitForStop(500).getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            if (givingUp(stopping)) {
                stuck();
                break;
            }
        }
        release();
    }

    /**
     * Whether to stop waiting for the framework to stop: after {@link #STOP_GRACE} when a bundle is still starting
     * (an activator that never returns, a deploy jar sleeping in its start, holds Equinox's stop for good, and `exit`
     * must still end the process), else after 30 s.
     */
    private boolean givingUp(long since) {
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
        if (waited > 30_000) {
            return true;
        }
        if (waited < STOP_GRACE) {
            return false;
        }
        try {
            return java.util.Arrays.stream(framework.getBundleContext().getBundles())
                    .anyMatch(b -> b.getState() == Bundle.STARTING && b.getBundleId() != 0);
        } catch (RuntimeException gone) {
            return false;
        }
    }

    /** How long a stop may be held by a bundle still starting before pcmt ends anyway. */
    static final long STOP_GRACE = 5_000;

    private void stuck() {
        String starting = java.util.Arrays.stream(framework.getBundleContext() == null ? new Bundle[0]
                : framework.getBundleContext().getBundles()).filter(b -> b.getState() == Bundle.STARTING
                        || b.getState() == Bundle.STOPPING).map(Bundle::getSymbolicName).collect(Collectors.joining(", "));
        System.err.println("pcmt: the framework did not stop"
                + (starting.isEmpty() ? "" : " (held by " + starting + ")") + "; ending anyway");
    }

    private void release() {
        try {
            if (lock != null) {
                lock.close();
            }
            if (privateCache != null) {
                Main.deleteTree(privateCache);
            }
        } catch (IOException e) {
            // best effort: a leftover private cache is harmless
        }
    }
}
