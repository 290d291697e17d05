package vn.pcmt.extender.internal;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.AssignmentService;
import vn.pcmt.api.IndicatorService;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.api.Problem;

/**
 * The plans registered by the extender, by id in load order, whatever they came from: a plan bundle ({@link
 * PlanExtender}) or a plan file ({@link PlanFiles}). A plan id is registered once; a plan is registered only when it
 * has been read and checked (or, unchanged since an earlier start, from its record) and its id is free.
 *
 * <p>Its monitor is the lock of the plan set: a caller that looks, audits and changes in one step (replacing a
 * deploy file's plan, unloading) holds it across the step, so that no other change comes between.
 */
final class RegisteredPlans {
    private static final Logger LOG = LoggerFactory.getLogger(RegisteredPlans.class);

    /** A registered plan and where it came from: a bundle, or a file (the other null). */
    record Entry(LoadedPlan plan, ServiceRegistration<?> registration, Bundle bundle, Path file) {}

    /** Writes the audit entry of a plan about to be registered (its id and origin), or refuses the change. */
    interface BeforePublish {
        void audit(String id, String origin) throws PlanException;
    }

    private final BundleContext context;
    /** Where a plan registered from its record is forgotten when it turns out unreadable. */
    private final CheckRecords checked;
    /** Guarded by this. */
    private final Map<String, Entry> plans = new LinkedHashMap<>();

    RegisteredPlans(BundleContext context, CheckRecords checked) {
        this.context = context;
        this.checked = checked;
    }

    /** Registers a checked plan unless its id is taken. The checking stays outside the lock (see the readers). */
    synchronized LoadedPlan publishIfFree(LoadedPlan loaded, Bundle bundle, Path file, BeforePublish before)
            throws PlanException {
        if (plans.containsKey(loaded.summary().id())) {
            throw conflict(bundle != null ? bundle.getSymbolicName() : file.toString(), loaded.summary().id());
        }
        PlanSummary n = loaded.summary();
        for (Entry e : plans.values()) {
            PlanSummary o = e.plan().summary();
            if (o.title().equals(n.title()) && o.issuer().equals(n.issuer()) && o.period().equals(n.period())
                    && Objects.equals(o.locality(), n.locality())) {
                // the same document under another id (a copy with its id changed): loaded, its quotes checked, but said
                LOG.warn("Plan {} ({}) has the title, issuer, locality and period of plan {} ({}): the same document"
                        + " loaded twice under two ids?", n.id(), loaded.origin(), o.id(), e.plan().origin());
            }
        }
        if (before != null) {
            before.audit(loaded.summary().id(), loaded.origin());
        }
        publish(loaded, bundle, file);
        return loaded;
    }

    /** Registers a prepared plan. Callers hold the lock and have checked that its id is free. */
    void publish(LoadedPlan loaded, Bundle bundle, Path file) {
        PlanSummary plan = loaded.summary();
        String origin = loaded.origin();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PlanService.PLAN_ID, plan.id());
        props.put(PlanService.LOCALITY, plan.locality() == null ? "" : plan.locality());
        props.put(PlanService.PERIOD_FROM, plan.period().from());
        props.put(PlanService.PERIOD_TO, plan.period().to());
        props.put(PlanService.ORIGIN, origin);
        ServiceRegistration<?> reg = context.registerService(new String[] {PlanService.class.getName(),
            IndicatorService.class.getName(), AssignmentService.class.getName()}, loaded, props);
        plans.put(plan.id(), new Entry(loaded, reg, bundle, bundle == null ? file : null));
        if (loaded.isRead()) {
            LOG.info("Plan {} loaded from {}: {} sections, {} targets, {} assignments, {} check warnings", plan.id(),
                    origin, plan.sections(), plan.targets(), plan.assignments(), plan.warnings());
        } else {
            // a routine start: the log records plans read and checked, and changes, not every start
            LOG.debug("Plan {} registered from {} as checked at an earlier start; read when first used", plan.id(),
                    origin);
        }
    }

    /** The plan registered under {@code id}, or null. */
    synchronized Entry get(String id) {
        return plans.get(id);
    }

    /** The ids registered, in load order. */
    synchronized List<String> ids() {
        return List.copyOf(plans.keySet());
    }

    /** Unregisters the plan {@code id}, if registered. */
    synchronized void remove(String id) {
        Entry e = plans.remove(id);
        if (e != null) {
            unregisterQuietly(e.registration());
        }
    }

    /** The id of the plan registered from {@code file}, or null. */
    synchronized String idOfFile(Path file) {
        return plans.entrySet().stream().filter(e -> file.equals(e.getValue().file())).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The files the plans registered from files came from, in load order. */
    synchronized List<Path> files() {
        return plans.values().stream().map(Entry::file).filter(f -> f != null)
                .collect(Collectors.toList());
    }

    /** Why {@code id} cannot be registered from {@code where}: another source has it. Callers hold the lock. */
    PlanException conflict(String where, String id) {
        Entry other = plans.get(id);
        return new PlanException(new Problem(where, 0, 0, "/id", "duplicate plan id \"" + id
                + "\": already loaded from " + (other == null ? "another source" : other.plan().origin())));
    }

    /** Unregisters the plans of a bundle that stopped. */
    synchronized void removeBundle(Bundle bundle) {
        plans.values().removeIf(e -> {
            if (e.bundle() != bundle) {
                return false;
            }
            unregisterQuietly(e.registration());
            if (PlanExtender.stopping(context)) {
                LOG.debug("Plan {} unloaded: pcmt is stopping", e.plan().summary().id());
            } else {
                LOG.info("Plan {} unloaded: bundle {} stopped", e.plan().summary().id(), bundle.getSymbolicName());
            }
            return true;
        });
    }

    /**
     * A plan registered from its record that could not be read when first used: unregistered (the other plans go
     * on) and its record dropped, so that the next start reads it and reports what is wrong.
     */
    void withdraw(LoadedPlan plan, String why) {
        synchronized (this) {
            Entry e = plans.get(plan.summary().id());
            if (e == null || e.plan() != plan) {
                return;
            }
            plans.remove(plan.summary().id());
            unregisterQuietly(e.registration());
            if (e.bundle() != null) {
                checked.forget(e.bundle());
            } else if (e.file() != null) {
                checked.forget(e.file());
            }
        }
        LOG.warn("{}", why); // the log; the command that asked for the plan shows it on the console
    }

    /** Unregisters every plan (the extender stops). */
    synchronized void close() {
        for (Entry e : plans.values()) {
            unregisterQuietly(e.registration());
        }
        plans.clear();
    }

    static void unregisterQuietly(ServiceRegistration<?> reg) {
        try {
            reg.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework is stopping
        }
    }
}
