package vn.pcmt.shell.internal;

import java.util.function.BooleanSupplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import vn.pcmt.api.PlanRegistry;

/**
 * {@code pcmt:welcome}: what the console shows when it opens (config/gosh_profile runs it): the plans loaded, once
 * the extender has read every plan bundle (the console may open while they are still being read), and where to
 * start.
 */
@Component(service = WelcomeCommand.class, property = {"osgi.command.scope=pcmt", "osgi.command.function=welcome"})
public final class WelcomeCommand {
    static final Cli WELCOME = new Cli("pcmt:welcome", "the plans loaded and where to start (shown when the console"
            + " opens)");
    /** How long to wait for plans still being read. */
    static final long WAIT_MS = 10_000;

    private final BundleContext context;
    private final PlanRegistry registry;

    @Activate
    public WelcomeCommand(BundleContext context, @org.osgi.service.component.annotations.Reference PlanRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    @Descriptor("the plans loaded and where to start")
    public void welcome(CommandSession session, String... args) throws Exception {
        if (WELCOME.parse(args, System.out) == null) {
            return;
        }
        awaitPlansRead();
        int n = registry.plans().size();
        System.out.println("pcmt: drug-prevention plans (phòng, chống ma túy). " + (n == 0 ? "No plan is loaded"
                + " (plan:load FILE, or a feature with plans: feature:list)." : n + (n == 1 ? " plan" : " plans")
                + " loaded:"));
        if (n > 0) {
            System.out.println();
            session.execute("plan:list");
        }
        System.out.println();
        System.out.println("plan:show ID · report:progress ID · assignment:list --overdue · report:due · help;"
                + " COMMAND --help; Tab completes; exit leaves.");
    }

    private void awaitPlansRead() throws InterruptedException {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(BooleanSupplier.class.getName(),
                    "(pcmt.readiness=plans)");
            if (refs == null) {
                return;
            }
            BooleanSupplier ready = (BooleanSupplier) context.getService(refs[0]);
            try {
                long end = System.nanoTime() + WAIT_MS * 1_000_000;
                while (ready != null && !ready.getAsBoolean() && System.nanoTime() < end) {
                    Thread.sleep(5);
                }
            } finally {
                context.ungetService(refs[0]);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
