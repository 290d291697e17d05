package vn.pcmt.extender.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * "Every plan bundle seen so far has been read, and every deploy file taken": batch mode ({@code ./pcmt -c …}) waits
 * for it before running a command. Registered as a {@link BooleanSupplier} with {@value PlanExtender#READINESS}
 * {@code =plans}; what is under way counts itself in and out.
 */
final class Readiness {
    private final AtomicInteger pending = new AtomicInteger();
    private final ServiceRegistration<BooleanSupplier> registration;

    Readiness(BundleContext context) {
        this.registration = context.registerService(BooleanSupplier.class, () -> pending.get() == 0,
                new Hashtable<>(Map.of(PlanExtender.READINESS, "plans")));
    }

    /** Counts work batch commands must wait for in ({@code +1}) or out ({@code -1}). */
    void busy(int delta) {
        pending.addAndGet(delta);
    }

    void close() {
        RegisteredPlans.unregisterQuietly(registration);
    }
}
