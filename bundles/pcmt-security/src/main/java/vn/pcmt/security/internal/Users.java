package vn.pcmt.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.security.Identity;
import vn.pcmt.api.security.UserRole;

/**
 * The users of this data folder ({@link UserFile}) and their logins. Only an admin adds, removes or changes users.
 * A login by password or key that fails {@link #MAX_FAILURES} times in a row locks the user for {@link #LOCK};
 * the lock and every change of users are audited.
 */
@Component(service = Users.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public final class Users {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Users.class);

    private final Access access;
    private final PlanRegistry registry;
    private final UserFile file;
    /**
     * For the audit. Looked up only when something is written: a reference, even optional, makes SCR activate the
     * store, which opens the database, at every start (plan:list paid ~15 MiB and H2's start for it).
     */
    private final BundleContext context;

    @Activate
    public Users(@Reference Access access, @Reference PlanRegistry registry, BundleContext context) {
        this.access = access;
        this.registry = registry;
        this.context = context;
        this.file = new UserFile(access.data());
    }

    /** What user:list shows: no hash, the keys as fingerprints. */
    record Listed(String name, UserRole role, List<String> plans, String province, boolean password,
            List<String> keys, boolean locked) {}

    synchronized void add(String name, UserRole role, List<String> plans, String province, String key,
            char[] password) {
        access.require(UserRole.ADMIN, "user:add");
        String n = Identity.checkName(name);
        if (n.contains("=") || n.contains(":") || n.contains(",") || n.contains(" ")) {
            throw new IllegalArgumentException(Msg.t("users.badName", n));
        }
        Map<String, UserFile.User> users = file.read();
        if (users.containsKey(n)) {
            throw new IllegalArgumentException(Msg.t("users.exists", n));
        }
        for (String p : plans) {
            if (registry.plan(p).isEmpty()) {
                throw new IllegalArgumentException(Msg.t("users.noPlan", p, String.join(", ",
                        registry.plans().stream().map(ps -> ps.plan().id()).toList())));
            }
        }
        if (role == UserRole.OPERATOR && plans.isEmpty() && province == null) {
            throw new IllegalArgumentException(Msg.t("users.needsScope"));
        }
        if (key == null && password == null) {
            throw new IllegalArgumentException(Msg.t("users.needsLogin", n));
        }
        UserFile.User u = new UserFile.User(n, role, plans, province, password == null ? null : Passwords.hash(password),
                key == null ? List.of() : List.of(key), 0, null);
        users.put(n, u);
        file.write(users);
        audit("user.add", n, null, describe(u));
    }

    synchronized void remove(String name) {
        access.require(UserRole.ADMIN, "user:remove");
        Map<String, UserFile.User> users = file.read();
        UserFile.User u = users.remove(name);
        if (u == null) {
            throw new IllegalArgumentException(Msg.t("users.unknown", name, String.join(", ", users.keySet())));
        }
        file.write(users);
        audit("user.remove", name, describe(u), null);
    }

    synchronized void passwd(String name, char[] password) {
        access.require(UserRole.ADMIN, "user:passwd");
        Map<String, UserFile.User> users = file.read();
        UserFile.User u = users.get(name);
        if (u == null) {
            throw new IllegalArgumentException(Msg.t("users.unknown", name, String.join(", ", users.keySet())));
        }
        users.put(name, u.withPassword(Passwords.hash(password))); // also lifts a lock
        file.write(users);
        audit("user.passwd", name, null, "password set");
    }

    List<Listed> list() {
        List<Listed> out = new ArrayList<>();
        Instant now = Instant.now();
        for (UserFile.User u : file.read().values()) {
            out.add(new Listed(u.name(), u.role(), u.plans(), u.province(), u.password() != null,
                    u.keys().stream().map(k -> k.substring(0, k.indexOf(' ')) + " " + PublicKeys.fingerprint(k)).toList(),
                    u.lockedUntil() != null && u.lockedUntil().isAfter(now)));
        }
        return out;
    }

    /** The identity of {@code name} when the password is theirs and they are not locked out. */
    Optional<Identity> loginByPassword(String name, char[] password, String channel) {
        return login(name, channel, u -> Passwords.matches(password, u.password()));
    }

    /**
     * The identity of {@code name} when {@code key} ("TYPE BASE64") is one of theirs and they are not locked out.
     * A refused key is not counted towards the lock-out: an SSH client offers each of its keys in turn.
     */
    Optional<Identity> loginByKey(String name, String key, String channel) {
        UserFile.User u = file.read().get(name);
        if (u == null || !u.keys().contains(key) || (u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now()))) {
            LOG.warn("Key login refused over {} for {}", channel, name.replaceAll("\\p{Cntrl}", "?"));
            return Optional.empty();
        }
        return Optional.of(new Identity(u.name(), u.role(), u.plans(), u.province(), channel));
    }

    private synchronized Optional<Identity> login(String name, String channel,
            java.util.function.Predicate<UserFile.User> proof) {
        Map<String, UserFile.User> users = file.read();
        UserFile.User u = users.get(name);
        if (u == null) {
            LOG.warn("Login refused over {}: unknown user {}", channel, name.replaceAll("\\p{Cntrl}", "?"));
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(now)) {
            LOG.warn("Login refused over {}: {} is locked out until {}", channel, name, u.lockedUntil());
            return Optional.empty();
        }
        if (proof.test(u)) {
            if (u.failures() > 0) {
                users.put(name, u.withFailures(0, null));
                file.write(users);
            }
            return Optional.of(new Identity(u.name(), u.role(), u.plans(), u.province(), channel));
        }
        int failures = u.failures() + 1;
        Instant lock = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
        users.put(name, u.withFailures(lock != null ? 0 : failures, lock));
        file.write(users);
        LOG.warn("Login refused over {}: wrong credentials for {} ({} in a row)", channel, name, failures);
        if (lock != null) {
            try {
                access.runAs(access.process().via(channel), () -> {
                    audit("user.locked", name, failures + " failed logins", "locked until " + lock);
                    return null;
                });
            } catch (Exception e) {
                LOG.error("Cannot audit the lock-out of {}: {}", name, e.toString());
            }
        }
        return Optional.empty();
    }

    private static String describe(UserFile.User u) {
        return u.role().code() + (u.plans().isEmpty() ? "" : " scope " + String.join(",", u.plans()))
                + (u.province() == null ? "" : " province " + u.province())
                + (u.keys().isEmpty() ? "" : " key " + PublicKeys.fingerprint(u.keys().get(0)))
                + (u.password() == null ? "" : " password");
    }

    private void audit(String action, String subject, String oldValue, String newValue) {
        ServiceReference<ProgressStore> ref = context.getServiceReference(ProgressStore.class);
        ProgressStore s = ref == null ? null : context.getService(ref);
        if (s == null) {
            LOG.warn("No progress store: {} {} not audited", action, subject);
            return;
        }
        try {
            s.audit(action, subject, oldValue, newValue);
        } catch (Exception e) {
            LOG.error("Cannot audit {} {}: {}", action, subject, e.toString());
        } finally {
            context.ungetService(ref);
        }
    }
}
