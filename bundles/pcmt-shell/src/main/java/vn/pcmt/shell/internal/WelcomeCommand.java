package vn.pcmt.shell.internal;

import java.util.function.BooleanSupplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import vn.pcmt.api.PlanRegistry;

/**
 * {@code pcmt:welcome}: what the console shows when it opens (config/gosh_profile runs it): the plans loaded, once
 * the extender has read every plan bundle (the console may open while they are still being read), and where to
 * start.
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = WelcomeCommand.class, property = {"osgi.command.scope=pcmt", "osgi.command.function=welcome"})
public final class WelcomeCommand {
    static final Cli WELCOME = new Cli("pcmt:welcome", "the plans loaded and where to start (shown when the console"
            + " opens)");
    /** How long to wait for plans still being read. */
    static final long WAIT_MS = 10_000;

    /** Events above the interactive console's prompt (deploy/ loads, unloads and errors). */
    private final ConsoleEvents events;
    private final PlanRegistry registry;
    /** The extender's "every plan bundle seen has been read"; absent without an extender. */
    private final BooleanSupplier plansRead;

    @Activate
    public WelcomeCommand(@Reference(cardinality = ReferenceCardinality.OPTIONAL) ConsoleEvents events,
            @Reference PlanRegistry registry,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
                    target = "(pcmt.readiness=plans)") BooleanSupplier plansRead) {
        this.events = events;
        this.registry = registry;
        this.plansRead = plansRead;
    }

    @Descriptor("the plans loaded and where to start")
    public void welcome(CommandSession session, String... args) throws Exception {
        if (WELCOME.parse(args, System.out) == null) {
            return;
        }
        if (events != null) {
            events.attach(session.get(".reader")); // null in batch runs and scripts: nothing to attach
        }
        long end = System.nanoTime() + WAIT_MS * 1_000_000;
        while (plansRead != null && !plansRead.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5); // the console may open while plans are still being read
        }
        int n = registry.plans().size();
        System.out.println(Msg.t("welcome.title") + " " + (n == 0 ? Msg.t("welcome.none") : Msg.t("welcome.loaded", n)));
        if (n > 0) {
            System.out.println();
            session.execute("plan:list");
        }
        System.out.println();
        System.out.println(Msg.t("welcome.hint"));
    }
}
