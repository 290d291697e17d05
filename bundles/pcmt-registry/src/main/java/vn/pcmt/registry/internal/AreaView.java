package vn.pcmt.registry.internal;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.pcmt.api.Agency;
import vn.pcmt.api.AreaDefinition;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.AssignmentService;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.IndicatorService;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.Target;

/**
 * One pillar's view across every loaded plan: its catalogue indicators, and the targets, roadmaps, assignments and
 * reports attributed to it. Registered by the registry while the area's bundle is deployed.
 */
final class AreaView implements IndicatorService, AssignmentService {
    private final String code;
    /** The area's definition, read when first needed (see Registry.Deployed). */
    private final Supplier<AreaDefinition> area;
    private final PlanRegistry registry;

    AreaView(String code, Supplier<AreaDefinition> area, PlanRegistry registry) {
        this.code = code;
        this.area = area;
        this.registry = registry;
    }

    private boolean in(PlanService ps, Object item) {
        return registry.areasOf(ps.plan(), item).contains(code);
    }

    @Override
    public List<Indicator> indicators() {
        return area.get().indicators().stream().map(c -> new Indicator(c.code(), c.name(), c.unit(), c.direction(), null))
                .collect(Collectors.toList());
    }

    @Override
    public List<Target> targets() {
        return registry.plans().stream().flatMap(ps -> ps.plan().targets().stream().filter(t -> in(ps, t)))
                .collect(Collectors.toList());
    }

    @Override
    public List<Roadmap> roadmaps() {
        return registry.plans().stream().flatMap(ps -> ps.plan().roadmaps().stream().filter(r -> in(ps, r)))
                .collect(Collectors.toList());
    }

    @Override
    public List<Agency> agencies() {
        return registry.plans().stream().flatMap(ps -> ps.plan().agencies().stream()).distinct()
                .collect(Collectors.toList());
    }

    @Override
    public List<Assignment> assignments() {
        return registry.plans().stream().flatMap(ps -> ps.plan().assignments().stream().filter(a -> in(ps, a)))
                .collect(Collectors.toList());
    }

    @Override
    public List<ReportingDuty> reportingDuties() {
        return registry.plans().stream().flatMap(ps -> ps.plan().reportingDuties().stream().filter(d -> in(ps, d)))
                .collect(Collectors.toList());
    }
}
