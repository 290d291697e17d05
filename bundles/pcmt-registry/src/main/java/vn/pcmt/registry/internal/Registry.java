package vn.pcmt.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.Target;
import vn.pcmt.api.Text;

/** The whiteboard of plans: every {@link PlanService} registered by anyone, kept by plan id. */
@Component(service = PlanRegistry.class)
public final class Registry implements PlanRegistry {
    /** Plans by id; the only mutable state, changed by the framework as services come and go. */
    private final Map<String, PlanService> plans = new ConcurrentSkipListMap<>();

    @Reference(service = PlanService.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindPlan(PlanService plan) {
        plans.put(plan.plan().id(), plan);
    }

    void unbindPlan(PlanService plan) {
        plans.remove(plan.plan().id(), plan);
    }

    @Override
    public List<PlanService> plans() {
        return List.copyOf(plans.values());
    }

    @Override
    public Optional<PlanService> plan(String id) {
        return Optional.ofNullable(id == null ? null : plans.get(id));
    }

    @Override
    public List<String> closeMatches(String id) {
        return Similar.closest(id, plans.keySet());
    }

    @Override
    public List<InPlan<Assignment>> assignments(String planId, String agency) {
        String q = agency == null ? null : Text.fold(agency);
        List<InPlan<Assignment>> out = new ArrayList<>();
        for (PlanService ps : scope(planId)) {
            Plan p = ps.plan();
            for (Assignment a : p.assignments()) {
                if (q == null || matches(p, a, q)) {
                    out.add(new InPlan<>(p, a));
                }
            }
        }
        return out;
    }

    @Override
    public List<InPlan<Target>> targets(String planId) {
        return scope(planId).stream().flatMap(ps -> ps.plan().targets().stream().map(t -> new InPlan<>(ps.plan(), t)))
                .collect(Collectors.toList());
    }

    private List<PlanService> scope(String planId) {
        return planId == null ? plans() : plan(planId).map(List::of).orElse(List.of());
    }

    /** An agency query matches the canonical id, the kind, or (folded) the printed name of the body or a partner. */
    private static boolean matches(Plan p, Assignment a, String folded) {
        if (agencyMatches(p, a.agency(), folded)) {
            return true;
        }
        return a.with().stream().anyMatch(w -> agencyMatches(p, w, folded));
    }

    static boolean agencyMatches(Plan p, String agencyId, String folded) {
        if (agencyId.equals(folded)) {
            return true;
        }
        Optional<Agency> ag = p.agency(agencyId);
        return ag.isPresent() && (ag.get().kind().equals(folded) || Text.fold(ag.get().name()).contains(folded)
                || (ag.get().normalized() != null && Text.fold(ag.get().normalized()).contains(folded)));
    }

}
