package vn.pcmt.config.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings folder ({@code config/}) as ConfigAdmin configurations: each {@code PID.cfg} file is the
 * configuration of that PID (e.g. {@code vn.pcmt.store.cfg}). {@link #sync(boolean)} applies new and changed files and
 * deletes the configuration of a deleted file; a configuration is updated only when its properties changed, so the
 * components using it are not restarted for nothing.
 */
final class ConfigFolder {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigFolder.class);
    private final ConfigurationAdmin cm;
    private final Path dir;
    private final UnaryOperator<String> properties;
    /** Size and time of each file when last applied (or refused), so unchanged files are not read again. */
    private final Map<Path, String> applied = new HashMap<>();
    /** Size and time of each file at the previous look: a changed file is applied once it has stopped changing. */
    private Map<Path, String> seen = new HashMap<>();
    /** The PID of each file applied without error and still present, with its file. */
    private final Map<String, Path> pids = new java.util.TreeMap<>();

    ConfigFolder(ConfigurationAdmin cm, Path dir, UnaryOperator<String> properties) {
        this.cm = cm;
        this.dir = dir.toAbsolutePath().normalize();
        this.properties = properties;
    }

    /**
     * One look at the folder. {@code first}: apply every file as it is; later looks apply a new or changed file once
     * it is the same at two looks in a row, so that a file caught in the middle of an editor's save is not applied.
     */
    synchronized Map<String, Path> sync(boolean first) {
        Map<String, Path> done = new java.util.TreeMap<>();
        Set<String> present = new HashSet<>();
        Map<Path, String> now = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + ConfigFiles.SUFFIX)) {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                present.add(f.toString());
                String stamp = Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
                now.put(f, stamp);
                if (stamp.equals(applied.get(f)) || (!first && !stamp.equals(seen.get(f)))) {
                    continue; // unchanged, or still changing
                }
                applied.put(f, stamp);
                if (apply(f)) {
                    done.put(ConfigFiles.pid(f), f);
                }
            }
            seen = now;
        } catch (IOException e) {
            if (Files.isDirectory(dir)) {
                LOG.warn("Cannot read the settings folder {}: {}", dir, e.getMessage());
            }
            return done; // no folder: nothing to apply, and nothing to delete on its account
        }
        applied.keySet().removeIf(f -> !present.contains(f.toString()));
        pids.values().removeIf(f -> !present.contains(f.toString()));
        pids.putAll(done);
        deleteOrphans(present);
        return done;
    }

    /** The PID of each settings file applied and still there, with its file. */
    synchronized Map<String, Path> pids() {
        return new java.util.TreeMap<>(pids);
    }

    /** Applies one file; false when it could not be (said in the log). */
    private boolean apply(Path f) {
        String pid = ConfigFiles.pid(f);
        try {
            Hashtable<String, Object> props = ConfigFiles.read(f, properties);
            Configuration c = cm.getConfiguration(pid, "?");
            if (!same(c.getProperties(), props)) {
                c.update(props);
                LOG.info("Settings {} applied from {}", pid, f);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            LOG.error("Settings not applied: {}", why.startsWith(f.toString()) ? why : f + ": " + why);
            return false;
        }
    }

    /** Configurations that came from a file of this folder that is gone. */
    private void deleteOrphans(Set<String> present) {
        try {
            Configuration[] all = cm.listConfigurations("(" + ConfigFiles.FILE + "=*)");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Object file = c.getProperties() == null ? null : c.getProperties().get(ConfigFiles.FILE);
                if (file instanceof String s && Path.of(s).getParent().equals(dir) && !present.contains(s)) {
                    String pid = c.getPid(); // not to be asked once deleted
                    c.delete();
                    LOG.info("Settings {} removed: {} was deleted", pid, s);
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Cannot list the configurations made from {}: {}", dir, e.getMessage());
        }
    }

    private static boolean same(Dictionary<String, Object> current, Hashtable<String, Object> next) {
        if (current == null) {
            return false;
        }
        int n = 0;
        for (Enumeration<String> keys = current.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            if (k.equals("service.pid") || k.equals("service.factoryPid") || k.equals("service.bundleLocation")) {
                continue;
            }
            n++;
            if (!Objects.equals(current.get(k), next.get(k))) {
                return false;
            }
        }
        return n == next.size();
    }
}
