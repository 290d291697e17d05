package vn.pcmt.security.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.pcmt.api.security.UserRole;

/**
 * The users, in {@code DATA/security/users.properties}: a folder and a file only their owner may read (0700, 0600),
 * written whole to a temporary file and moved over the old one, so a reader never sees half a file. Small (an office
 * has a handful of officers), read again whenever it changed on disk.
 */
final class UserFile {
    /** One user: role, scope, password hash, public keys ("TYPE BASE64"), failed logins in a row, lock. */
    record User(String name, UserRole role, List<String> plans, String province, String password, List<String> keys,
            int failures, Instant lockedUntil) {
        User {
            plans = List.copyOf(plans);
            keys = List.copyOf(keys);
        }

        User withFailures(int n, Instant locked) {
            return new User(name, role, plans, province, password, keys, n, locked);
        }

        User withPassword(String hash) {
            return new User(name, role, plans, province, hash, keys, 0, null);
        }
    }

    private final Path file;

    UserFile(Path data) {
        this.file = data.resolve("security").resolve("users.properties");
    }

    Path path() {
        return file;
    }

    synchronized Map<String, User> read() {
        Map<String, User> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".role")) {
                String n = key.substring(0, key.length() - ".role".length());
                String locked = p.getProperty(n + ".lockedUntil", "");
                out.put(n, new User(n, UserRole.ofCode(p.getProperty(key)), split(p.getProperty(n + ".plans", "")),
                        blank(p.getProperty(n + ".province")), blank(p.getProperty(n + ".password")),
                        split(p.getProperty(n + ".keys", ""), ","), Integer.parseInt(p.getProperty(n + ".failures", "0")),
                        locked.isEmpty() ? null : Instant.parse(locked)));
            }
        }
        return out;
    }

    synchronized void write(Map<String, User> users) {
        Properties p = new Properties();
        for (User u : users.values()) {
            String n = u.name();
            p.setProperty(n + ".role", u.role().code());
            p.setProperty(n + ".plans", String.join(",", u.plans()));
            p.setProperty(n + ".keys", String.join(",", u.keys()));
            p.setProperty(n + ".failures", Integer.toString(u.failures()));
            if (u.province() != null) {
                p.setProperty(n + ".province", u.province());
            }
            if (u.password() != null) {
                p.setProperty(n + ".password", u.password());
            }
            if (u.lockedUntil() != null) {
                p.setProperty(n + ".lockedUntil", u.lockedUntil().toString());
            }
        }
        try {
            Path dir = file.getParent();
            ownerOnly(dir, true);
            Path tmp = Files.createTempFile(dir, "users", ".tmp");
            ownerOnly(tmp, false);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "pcmt users (user:add, user:remove, user:passwd); owner-only");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates (a folder) or restricts a path to its owner: 0700 for folders, 0600 for files, where POSIX allows. */
    static void ownerOnly(Path p, boolean folder) throws IOException {
        if (folder) {
            Files.createDirectories(p);
        }
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own ACLs apply
        }
    }

    private static List<String> split(String s) {
        return split(s, ",");
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isBlank() ? List.of() : new ArrayList<>(Arrays.stream(s.split(sep)).map(String::strip)
                .filter(x -> !x.isEmpty()).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
