package vn.pcmt.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.security.UserRole;

/**
 * Which role a command needs, per command like Karaf's {@code etc/org.apache.karaf.command.acl.*.cfg}: lines
 * {@code PATTERN = ROLE} in {@code config/command.acl}, a pattern being {@code scope:function}, {@code scope:*} or
 * {@code *}; the most specific pattern wins. The services check roles and scope again whatever the ACL says: the ACL
 * decides who may run a command at all, and is what guards the framework's own commands.
 */
final class Acl {
    /** What applies without a file, and what the shipped config/command.acl says. */
    static final String DEFAULTS = """
            * = viewer
            felix:* = admin
            felix:help = viewer
            gogo:help = viewer
            gogo:* = admin
            scr:* = admin
            equinox:* = admin
            obr:* = admin
            cm:* = admin
            plan:load = admin
            plan:unload = admin
            user:* = admin
            feature:* = viewer
            """;

    private final Map<String, UserRole> rules;

    private Acl(Map<String, UserRole> rules) {
        this.rules = rules;
    }

    static Acl read(Path file) {
        try {
            return parse(Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : DEFAULTS,
                    file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Acl parse(String text, String where) {
        Map<String, UserRole> rules = new LinkedHashMap<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(where + ":" + n + ": expected PATTERN = ROLE, not \"" + l + "\"");
            }
            try {
                rules.put(l.substring(0, eq).strip(), UserRole.ofCode(l.substring(eq + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ":" + n + ": " + e.getMessage());
            }
        }
        rules.putIfAbsent("*", UserRole.ADMIN); // a file without a default rule: everything not named is an admin's
        return new Acl(rules);
    }

    /** The role {@code scope:function} needs. */
    UserRole required(String command) {
        int colon = command.indexOf(':');
        for (String key : List.of(command, colon < 0 ? "*" : command.substring(0, colon) + ":*", "*")) {
            UserRole r = rules.get(key);
            if (r != null) {
                return r;
            }
        }
        return UserRole.ADMIN;
    }
}
