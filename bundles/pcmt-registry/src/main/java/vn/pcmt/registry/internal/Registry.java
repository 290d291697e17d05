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
import java.util.TreeMap;
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
        List<String> words = List.of(phrase.split(" "));
        List<Hit> exact = new ArrayList<>();
        List<Hit> allWords = new ArrayList<>();
        for (PlanService ps : plans.values()) {
            for (Hit h : items(ps.plan())) {
                String folded = Text.fold(h.text());
                if (folded.contains(phrase)) {
                    exact.add(h);
                } else if (words.stream().allMatch(folded::contains)) {
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
        return ag.isPresent() && (ag.get().kind().equals(folded) || Text.fold(ag.get().name()).contains(folded)
                || (ag.get().normalized() != null && Text.fold(ag.get().normalized()).contains(folded)));
    }

}
