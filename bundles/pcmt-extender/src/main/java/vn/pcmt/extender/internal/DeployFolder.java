package vn.pcmt.extender.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.extender.internal.DeployEvent.Dropped;
import vn.pcmt.extender.internal.DeployEvent.Kind;
import vn.pcmt.extender.internal.DeployEvent.Looked;
import vn.pcmt.extender.internal.DeployEvent.Removed;
import vn.pcmt.extender.internal.DeployEvent.Stamp;

/**
 * The deploy folder ({@code --deploy}, default {@code deploy/}): bundle jars (plan bundles, or any other) and
 * {@code *.plan.json} files dropped there are loaded, changed ones reloaded, deleted ones removed. This class
 * watches the folder and publishes what it sees as {@link DeployEvent}s; its subscribers act on them: {@link
 * DeployedPlans} on plan files, {@link DeployedJars} on jars.
 *
 * <p>The first look runs while the extender activates, before the platform reports its plans read, so a batch
 * command ({@code ./pcmt -c …}) sees every plan of the folder. After that the folder is looked at every {@code poll}
 * ms, and a new or changed file is published once it is the same size and time at two looks in a row, so that a jar
 * still being copied is not installed half-written. A file is published again only when it changes, unless a
 * subscriber did not take it yet (see {@link DeployEvent.Listener}). A folder that cannot be read is reported once
 * and changes nothing: its files are not taken as deleted.
 */
final class DeployFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);

    private final Path dir;
    private final List<DeployEvent.Listener> listeners;
    /** What each file looked like at the previous look. */
    private Map<Path, Stamp> seen = new HashMap<>();
    /** The version of each file last taken by the subscribers. */
    private final Map<Path, Stamp> taken = new HashMap<>();
    private final Once once = new Once(LOG);
    private final Object wake = new Object();
    private volatile boolean stopped;
    private Thread watch;

    /** {@code listeners}: told of every event, in this order. */
    DeployFolder(Path dir, List<DeployEvent.Listener> listeners) {
        this.dir = dir.toAbsolutePath().normalize();
        this.listeners = List.copyOf(listeners);
    }

    /** The start of the location of every bundle installed from the folder {@code dir}. */
    static String locationPrefix(Path dir) {
        return dir.toAbsolutePath().normalize().toUri().toString();
    }

    /** The first look, then a look every {@code poll} ms on a thread of its own. */
    void start(long poll) {
        scan(true);
        watch = new Thread(() -> {
            while (!stopped) {
                synchronized (wake) {
                    try {
                        wake.wait(poll);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    scan(false);
                } catch (RuntimeException e) {
                    LOG.error("Looking at the deploy folder {} failed", dir, e); // and the next look tries again
                }
            }
        }, "pcmt-deploy-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Ends the watching, after the look under way if any (not interrupted: it may be reading a jar). */
    void stop() {
        stopped = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        if (watch != null && watch != Thread.currentThread()) {
            try {
                watch.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One look at the folder. {@code first}: take every file as it is (nothing is being copied at start-up). */
    synchronized void scan(boolean first) {
        if (stopped) {
            return;
        }
        Map<Path, Stamp> now = list();
        if (now == null) {
            return; // unreadable or absent: nothing is taken as deleted
        }
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            Path file = e.getKey();
            Stamp stamp = e.getValue();
            if (stamp.equals(taken.get(file)) || (!first && !stamp.equals(seen.get(file)))) {
                continue; // unchanged, or still changing
            }
            if (publish(new Dropped(file, Kind.of(file), stamp, taken.containsKey(file)))) {
                taken.put(file, stamp);
            }
        }
        for (Path gone : new ArrayList<>(taken.keySet())) {
            if (!now.containsKey(gone)) {
                taken.remove(gone);
                publish(new Removed(gone, Kind.of(gone)));
            }
        }
        publish(new Looked(Set.copyOf(now.keySet()), first));
        seen = now;
    }

    /** Tells every subscriber; whether all of them took it. */
    private boolean publish(DeployEvent event) {
        boolean took = true;
        for (DeployEvent.Listener l : listeners) {
            took &= l.on(event);
        }
        return took;
    }

    /** The jars and plan files of the folder; null when it cannot be read or does not exist. */
    private Map<Path, Stamp> list() {
        Map<Path, Stamp> out = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                "*.{jar," + Kind.PLAN_SUFFIX.substring(1) + "}")) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f)) {
                        out.put(f, new Stamp(Files.size(f), Files.getLastModifiedTime(f).toMillis()));
                    }
                } catch (IOException gone) {
                    // deleted while listing
                }
            }
        } catch (IOException e) {
            once.error("folder", "Cannot read the deploy folder {}: {}; nothing in it is loaded or removed until it"
                    + " can be", dir, String.valueOf(e.getMessage()));
            return null;
        }
        once.forget("folder");
        return out;
    }
}
