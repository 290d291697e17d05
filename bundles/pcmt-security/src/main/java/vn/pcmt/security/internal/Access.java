package vn.pcmt.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Job;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.text.Text;
import vn.pcmt.api.security.AccessControl;
import vn.pcmt.api.security.AccessDeniedException;
import vn.pcmt.api.security.Identity;
import vn.pcmt.api.security.UserRole;

/**
 * Who runs the current command. A session opened by a login (SSH, a served batch command) is bound to its identity
 * here, keyed by the Gogo session object itself: no variable a user can set in the shell names it. A command finds
 * its session through Gogo's current job, on whatever thread the job runs. Anything else (the local console, a
 * standalone batch run, the deploy folder's watcher) runs as the process: the OS user, who is an admin when they
 * own the data folder, else the role the user file gives them, else a viewer. {@code pcmt.operator} names nobody.
 */
@Component(service = {AccessControl.class, Access.class}, configurationPolicy = ConfigurationPolicy.IGNORE)
public final class Access implements AccessControl {
    private final Map<CommandSession, Identity> sessions = Collections.synchronizedMap(new WeakHashMap<>());
    /** Set around an execution on the thread that runs it, for what Gogo runs outside a job. */
    private final ThreadLocal<Identity> running = new ThreadLocal<>();
    private final PlanRegistry registry;
    private final Path data;
    private final String channel;
    private volatile Identity process;

    @Activate
    public Access(@Reference PlanRegistry registry, BundleContext context) {
        this.registry = registry;
        String d = context.getProperty("pcmt.data");
        this.data = Path.of(d == null ? "data" : d).toAbsolutePath();
        String c = context.getProperty("pcmt.channel");
        this.channel = c == null ? "local" : c;
    }

    /** Binds a session to the user who logged in; the binding goes with the session. */
    void bind(CommandSession session, Identity who) {
        sessions.put(session, who);
    }

    void unbind(CommandSession session) {
        sessions.remove(session);
    }

    /** Runs {@code work} as {@code who} on this thread. */
    <T> T runAs(Identity who, java.util.concurrent.Callable<T> work) throws Exception {
        Identity before = running.get();
        running.set(who);
        try {
            return work.call();
        } finally {
            running.set(before);
        }
    }

    @Override
    public Identity current() {
        Job job = Job.Utils.current();
        for (Job j = job; j != null; j = j.parent()) {
            Identity who = sessions.get(j.session());
            if (who != null) {
                return who;
            }
        }
        Identity who = running.get();
        return who != null ? who : process();
    }

    /** The OS user running this process (not user.name, which any -D sets), and their role here. */
    Identity process() {
        Identity p = process;
        if (p == null) {
            String os = osUser();
            boolean owner = os.equals(owner(data));
            Optional<UserFile.User> known = Optional.ofNullable(new UserFile(data).read().get(os));
            UserRole role = owner ? UserRole.ADMIN : known.map(UserFile.User::role).orElse(UserRole.VIEWER);
            p = new Identity(os, role, known.map(UserFile.User::plans).orElse(java.util.List.of()),
                    known.map(UserFile.User::province).orElse(null), channel);
            process = p;
        }
        return p;
    }

    Path data() {
        return data;
    }

    static String osUser() {
        try {
            return Files.getOwner(Path.of("/proc/self")).getName();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            try {
                Path probe = Files.createTempFile("pcmt-whoami", "");
                try {
                    return Files.getOwner(probe).getName();
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException e2) {
                return System.getProperty("user.name", "unknown");
            }
        }
    }

    static String owner(Path p) {
        try {
            return Files.getOwner(Files.exists(p) ? p : p.getParent()).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    @Override
    public void require(UserRole role, String action) {
        Identity who = current();
        if (!who.role().includes(role)) {
            throw new AccessDeniedException(action + ": bị từ chối — cần vai trò " + role.code() + "; "
                    + who.describe() + " không có (refused: needs role " + role.code() + ")");
        }
    }

    @Override
    public void requirePlanWrite(String planId, String province, String action) {
        require(UserRole.OPERATOR, action);
        if (!mayWritePlan(planId, province)) {
            throw new AccessDeniedException(action + ": bị từ chối — kế hoạch " + planId
                    + (province == null ? "" : " (" + province + ")") + " nằm ngoài phạm vi của " + current().describe()
                    + " (refused: plan " + planId + " is not in scope)");
        }
    }

    @Override
    public void requireProvinceWrite(String province, String action) {
        require(UserRole.OPERATOR, action);
        Identity who = current();
        if (who.role() == UserRole.ADMIN || province == null) {
            return;
        }
        if (!inScope(who, province)) {
            throw new AccessDeniedException(action + ": bị từ chối — tỉnh " + province + " nằm ngoài phạm vi của "
                    + who.describe() + " (refused: province not in scope)");
        }
    }

    @Override
    public boolean mayWritePlan(String planId, String province) {
        Identity who = current();
        if (who.role() == UserRole.ADMIN) {
            return true;
        }
        if (who.role() != UserRole.OPERATOR) {
            return false;
        }
        return who.plans().contains(planId) || (province != null && who.province() != null
                && same(province, who.province()));
    }

    /** A province is in scope when it is the operator's province or that of a plan in their scope. */
    private boolean inScope(Identity who, String province) {
        if (who.province() != null && same(who.province(), province)) {
            return true;
        }
        for (String plan : who.plans()) {
            String p = registry.plan(plan).map(PlanService::plan).map(x -> x.locality() == null ? null
                    : x.locality().name()).orElse(null);
            if (p != null && same(p, province)) {
                return true;
            }
        }
        return false;
    }

    /** "Hưng Yên", "hung yen", "tỉnh Hưng Yên" name the same province. */
    static boolean same(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String s) {
        String f = String.join(" ", Text.words(s));
        for (String prefix : new String[] {"tinh ", "thanh pho "}) {
            if (f.startsWith(prefix)) {
                f = f.substring(prefix.length());
            }
        }
        return f;
    }
}
