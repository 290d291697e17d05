package vn.pcmt.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import java.util.Hashtable;
import java.util.TreeMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import vn.pcmt.api.AreaDefinition;
import vn.pcmt.api.AssignmentService;
import vn.pcmt.api.DomainArea;
import vn.pcmt.api.IndicatorService;
import vn.pcmt.api.Agency;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.Section;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.Target;
import vn.pcmt.api.text.Text;

/** The whiteboard of plans: every {@link PlanService} registered by anyone, kept by plan id. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = PlanRegistry.class, immediate = true)
public final class Registry implements PlanRegistry {
    /** Plans by id; changed by the framework as plan services come and go. */
    private final Map<String, PlanService> plans = new ConcurrentSkipListMap<>();
    /** Deployed areas by code, with the registration of their view; changed as area bundles come and go. */
    private final Map<String, Deployed> areas = new ConcurrentSkipListMap<>();
    /**
     * Areas bound while another of the same code was deployed, latest last (two bundles may bring one code: a
     * province's copy of a shipped area dropped into deploy/); when the deployed one goes, the latest of these serves.
     * Guarded by this.
     */
    private final Map<String, List<ServiceReference<AreaDefinition>>> shadowed = new HashMap<>();
    private final BundleContext context;

    /**
     * A deployed area: its code (a service property) and the registration of its view at once, its definition
     * only when first asked for; an area bundle that passed at an earlier start is read then (a service factory).
     */
    private final class Deployed {
        final String code;
        final ServiceReference<AreaDefinition> ref;
        ServiceRegistration<?> view;
        private AreaDefinition definition;

        Deployed(ServiceReference<AreaDefinition> ref) {
            this.ref = ref;
            this.code = code(ref);
        }

        synchronized AreaDefinition definition() {
            if (definition == null) {
                definition = context.getService(ref);
                if (definition == null) {
                    throw new IllegalStateException("area " + code + " cannot be read (see the log) or is gone");
                }
            }
            return definition;
        }

        synchronized void release() {
            if (definition != null) {
                definition = null;
                try {
                    context.ungetService(ref);
                } catch (IllegalStateException gone) {
                    // the registry is stopping
                }
            }
        }
    }

    private static String code(ServiceReference<AreaDefinition> ref) {
        return String.valueOf(ref.getProperty(DomainArea.AREA));
    }

    @Activate
    public Registry(BundleContext context) {
        this.context = context;
    }

    /**
     * An area bundle appeared: offer its view across plans (IndicatorService, AssignmentService). Bound by reference,
     * so that binding does not read the area's definition.
     */
    @Reference(service = AreaDefinition.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    synchronized void bindArea(ServiceReference<AreaDefinition> ref) {
        Deployed old = areas.get(code(ref));
        if (old != null) {
            shadowed.computeIfAbsent(old.code, k -> new ArrayList<>()).add(old.ref);
        }
        deploy(ref);
    }

    /** Registers the view of {@code ref}'s area, then withdraws the view it replaces (no moment without one). */
    private void deploy(ServiceReference<AreaDefinition> ref) {
        Deployed d = new Deployed(ref);
        d.view = context.registerService(new String[] {IndicatorService.class.getName(),
            AssignmentService.class.getName()}, new AreaView(d.code, d::definition, this),
                new Hashtable<>(Map.of(DomainArea.AREA, d.code)));
        Deployed old = areas.put(d.code, d);
        if (old != null) {
            unregister(old.view);
            old.release();
        }
    }

    synchronized void unbindArea(ServiceReference<AreaDefinition> ref) {
        String code = code(ref);
        List<ServiceReference<AreaDefinition>> waiting = shadowed.getOrDefault(code, new ArrayList<>());
        Deployed d = areas.get(code);
        if (d != null && d.ref.equals(ref)) {
            if (!waiting.isEmpty()) {
                deploy(waiting.remove(waiting.size() - 1)); // the area still deployed serves again
            } else if (areas.remove(code, d)) {
                unregister(d.view);
                d.release();
            }
        } else {
            waiting.remove(ref);
        }
        if (waiting.isEmpty()) {
            shadowed.remove(code);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        areas.values().forEach(d -> {
            unregister(d.view);
            d.release();
        });
        areas.clear();
        shadowed.clear();
    }

    private static void unregister(ServiceRegistration<?> reg) {
        try {
            reg.unregister();
        } catch (IllegalStateException gone) {
            // the framework is stopping
        }
    }

    @Override
    public List<AreaDefinition> areas() {
        return areas.values().stream().map(Deployed::definition).collect(Collectors.toList());
    }

    @Override
    public List<String> areasOf(Plan p, Object item) {
        // the author's areas, plus the area whose catalogue has the indicator a target or roadmap measures
        List<String> out = new ArrayList<>(stated(p, item));
        String indicator = item instanceof Target t ? t.indicator() : item instanceof Roadmap r ? r.indicator() : null;
        if (indicator != null) {
            for (Deployed d : areas.values()) {
                if (!out.contains(d.code)
                        && d.definition().indicators().stream().anyMatch(c -> c.code().equals(indicator))) {
                    out.add(d.code);
                }
            }
        }
        if (out.isEmpty()) {
            // nobody said: the deployed areas' classification keywords decide
            String folded = Text.fold(text(item));
            for (Deployed d : areas.values()) {
                if (d.definition().keywords().stream().anyMatch(folded::contains)) {
                    out.add(d.code);
                }
            }
        }
        return out.isEmpty() ? List.of(DomainArea.CROSS_CUTTING) : out;
    }

    /** What the plan's author said: the item's own areas, else its section's or a parent section's. */
    static List<String> stated(Plan p, Object item) {
        List<String> own;
        String section;
        if (item instanceof Target t) {
            own = t.areas();
            section = t.ref().section();
        } else if (item instanceof Assignment a) {
            own = a.areas();
            section = a.ref().section();
        } else if (item instanceof Section s) {
            own = s.areas();
            section = s.parent();
        } else if (item instanceof Roadmap r) {
            own = List.of();
            section = r.section();
        } else if (item instanceof ReportingDuty d) {
            own = List.of();
            section = d.ref().section();
        } else {
            throw new IllegalArgumentException("not a plan item: " + item);
        }
        if (!own.isEmpty()) {
            return own;
        }
        for (int depth = 0; section != null && depth < 20; depth++) {
            Optional<Section> s = p.section(section);
            if (s.isEmpty()) {
                break;
            }
            if (!s.get().areas().isEmpty()) {
                return s.get().areas();
            }
            section = s.get().parent();
        }
        return List.of();
    }

    private static String text(Object item) {
        if (item instanceof Target t) {
            return t.text();
        }
        if (item instanceof Assignment a) {
            return a.text();
        }
        if (item instanceof Section s) {
            return (s.title() == null ? "" : s.title()) + " " + (s.text() == null ? "" : s.text());
        }
        if (item instanceof ReportingDuty d) {
            return d.text();
        }
        return "";
    }

    @Override
    public Map<String, int[]> undeployedAreas(Plan p) {
        Map<String, int[]> out = new TreeMap<>();
        for (Target t : p.targets()) {
            count(out, stated(p, t), 0);
        }
        for (Assignment a : p.assignments()) {
            count(out, stated(p, a), 1);
        }
        return out;
    }

    private void count(Map<String, int[]> out, List<String> stated, int slot) {
        for (String code : stated) {
            if (!code.equals(DomainArea.CROSS_CUTTING) && !areas.containsKey(code)) {
                out.computeIfAbsent(code, k -> new int[2])[slot]++;
            }
        }
    }

    @Reference(service = PlanService.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindPlan(PlanService plan) {
        plans.put(plan.summary().id(), plan); // the summary: binding reads no plan
    }

    void unbindPlan(PlanService plan) {
        plans.remove(plan.summary().id(), plan);
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
        return Text.closest(id, plans.keySet());
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

    @Override
    public List<InPlan<Target>> compare(String indicator) {
        return targets(null).stream().filter(t -> t.item().indicator().equals(indicator)).collect(Collectors.toList());
    }

    @Override
    public List<String> indicatorIds() {
        return plans.values().stream().flatMap(ps -> ps.plan().indicators().stream()).map(i -> i.id()).distinct()
                .sorted().collect(Collectors.toList());
    }

    @Override
    public List<Hit> search(String text) {
        String phrase = Text.fold(text);
        List<String> words = Text.words(phrase);
        List<Hit> exact = new ArrayList<>();
        List<Hit> allWords = new ArrayList<>();
        for (PlanService ps : plans.values()) {
            for (Hit h : items(ps.plan())) {
                String folded = Text.fold(h.text());
                if (folded.contains(phrase)) {
                    exact.add(h);
                } else if (words.size() > 1 && new java.util.HashSet<>(Text.words(folded)).containsAll(words)) {
                    // every word, as a whole word ("xa" is not in "xay"), in any order
                    allWords.add(h);
                }
            }
        }
        exact.addAll(allWords);
        return exact;
    }

    @Override
    public Optional<Hit> item(String planId, String ref) {
        return plan(planId).flatMap(ps -> items(ps.plan()).stream().filter(h -> h.ref().equals(ref)).findFirst());
    }

    @Override
    public List<String> itemIds(String planId) {
        return plan(planId).map(ps -> items(ps.plan()).stream().map(Hit::ref).distinct().collect(Collectors.toList()))
                .orElse(List.of());
    }

    /** Everything of a plan that has an id, a line and text, in document order within each kind. */
    static List<Hit> items(Plan p) {
        List<Hit> out = new ArrayList<>();
        for (Section s : p.sections()) {
            String text = ((s.label() == null ? "" : s.label() + " ") + (s.title() == null ? "" : s.title() + " ")
                    + (s.text() == null ? "" : s.text())).trim();
            out.add(new Hit(p, "section", s.id(), s.line(), text));
        }
        for (Target t : p.targets()) {
            out.add(new Hit(p, "target", t.id(), t.ref().line(), t.text()));
        }
        for (Roadmap r : p.roadmaps()) {
            int line = r.line() > 0 ? r.line() : r.steps().isEmpty() ? 0 : r.steps().get(0).line();
            out.add(new Hit(p, "roadmap", r.id(), line, r.indicator()));
        }
        for (Assignment a : p.assignments()) {
            out.add(new Hit(p, "assignment", a.id(), a.ref().line(),
                    p.agency(a.agency()).map(Agency::name).orElse(a.agency()) + ": " + a.text()));
        }
        for (ReportingDuty d : p.reportingDuties()) {
            out.add(new Hit(p, "report", d.id(), d.ref().line(), d.text()));
        }
        for (LegalBasis b : p.legalBases()) {
            out.add(new Hit(p, "legal-basis", b.id(), b.ref().line(), b.text()));
        }
        for (vn.pcmt.api.UnitGroup g : p.unitGroups()) {
            // the named communes (Hưng Yên's 28 for 2025), so that "xa tong tran" finds its list
            out.add(new Hit(p, "units", g.id(), g.ref().line(), g.text() + ": " + g.units().stream()
                    .map(vn.pcmt.api.UnitGroup.NamedUnit::name).collect(Collectors.joining(", "))));
        }
        return out;
    }

    @Override
    public List<AgencyUse> agencies(String planId) {
        Map<String, List<Object[]>> byId = new TreeMap<>();
        for (PlanService ps : scope(planId)) {
            Plan p = ps.plan();
            for (Agency a : p.agencies()) {
                int[] roles = new int[3];
                for (Assignment as : p.assignments()) {
                    if (as.agency().equals(a.id())) {
                        roles[as.role().ordinal()]++;
                    }
                }
                byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Object[] {p.id(), a, roles});
            }
        }
        List<AgencyUse> out = new ArrayList<>();
        byId.forEach((id, uses) -> {
            Catalogue.Canonical c = Catalogue.BY_ID.get(id);
            Agency first = (Agency) uses.get(0)[1];
            int[] total = new int[3];
            for (Object[] u : uses) {
                int[] r = (int[]) u[2];
                for (int i = 0; i < 3; i++) {
                    total[i] += r[i];
                }
            }
            out.add(new AgencyUse(id, c != null ? c.name() : first.name(), c != null ? c.kind() : first.kind(),
                    c != null, uses.stream().map(u -> (String) u[0]).distinct().toList(),
                    uses.stream().map(u -> ((Agency) u[1]).name()).distinct().toList(), total[0], total[1], total[2]));
        });
        return out;
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
        // the console's one rule: every word of the query a whole word of the id, the name or the normalized name
        return Text.hasWords(agencyId, folded) || ag.isPresent() && (ag.get().kind().equals(folded)
                || Text.hasWords(ag.get().name(), folded)
                || (ag.get().normalized() != null && Text.hasWords(ag.get().normalized(), folded)));
    }

}
