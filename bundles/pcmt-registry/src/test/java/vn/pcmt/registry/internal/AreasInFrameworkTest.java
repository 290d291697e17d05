package vn.pcmt.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import vn.pcmt.api.AreaDefinition;
import vn.pcmt.api.AssignmentService;
import vn.pcmt.api.CatalogueIndicator;
import vn.pcmt.api.CatalogueIndicator.Rollup;
import vn.pcmt.api.Direction;
import vn.pcmt.api.DomainArea;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.IndicatorService;
import vn.pcmt.api.Plan;

/**
 * What the registry does with area bundles, in a real Equinox: the area definitions are registered as services by
 * the system bundle (as the extender registers them), bound by reference, and each area's view is looked up in the
 * framework. The plans are those of {@link Plans}; three of their five areas are deployed (not propaganda, not
 * aftercare).
 */
class AreasInFrameworkTest {
    static Path storage;
    static Equinox equinox;
    static BundleContext context;

    static final AreaDefinition SUPPLY = area("supply", "Giảm cung", "drug-venue-count", "duong day", "tu diem");
    static final AreaDefinition DEMAND = area("demand", "Giảm cầu", "drug-free-commune-share", "cai nghien");
    static final AreaDefinition HARM = area("harm", "Giảm tác hại", "methadone-patients", "xet nghiem");

    Registry registry;
    Plan hungYen;
    Plan haNoi;
    final List<ServiceRegistration<?>> registered = new ArrayList<>();

    static AreaDefinition area(String code, String nameVi, String indicator, String... keywords) {
        return new AreaDefinition(new DomainArea(code, nameVi, code, null),
                List.of(new CatalogueIndicator(indicator, "Chỉ tiêu " + indicator, "%", Direction.HIGHER, null,
                        Rollup.SUM)),
                List.of(keywords));
    }

    @BeforeAll
    static void start() throws Exception {
        storage = Files.createTempDirectory("pcmt-registry-areas");
        equinox = new Equinox(storage, Map.of());
        context = equinox.context();
    }

    @AfterAll
    static void stop() throws Exception {
        equinox.close();
        try (var files = Files.walk(storage)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @BeforeEach
    void deploy() {
        registry = new Registry(context);
        registry.bindPlan(new Plans.Loaded(Plans.hungYen()));
        registry.bindPlan(new Plans.Loaded(Plans.haNoi()));
        registry.bindPlan(new Plans.Loaded(Plans.bacNinh()));
        hungYen = registry.plan("hung-yen").orElseThrow().plan();
        haNoi = registry.plan("ha-noi").orElseThrow().plan();
        for (AreaDefinition a : List.of(SUPPLY, DEMAND, HARM)) {
            registry.bindArea(register(a));
        }
    }

    @AfterEach
    void undeploy() {
        registry.deactivate();
        registered.forEach(ServiceRegistration::unregister);
    }

    ServiceReference<AreaDefinition> register(AreaDefinition a) {
        ServiceRegistration<AreaDefinition> reg = context.registerService(AreaDefinition.class, a,
                new Hashtable<>(Map.of(DomainArea.AREA, a.code())));
        registered.add(reg);
        return reg.getReference();
    }

    static List<ServiceReference<IndicatorService>> views(String code) throws Exception {
        return List.copyOf(context.getServiceReferences(IndicatorService.class, "(" + DomainArea.AREA + "=" + code
                + ")"));
    }

    static IndicatorService view(String code) throws Exception {
        return context.getService(views(code).get(0));
    }

    @Test
    void eachDeployedAreaHasOneViewRegisteredUnderBothServicesUntilUnbound() throws Exception {
        assertEquals(List.of("demand", "harm", "supply"), registry.areas().stream().map(AreaDefinition::code).toList());
        for (String code : List.of("supply", "demand", "harm")) {
            assertEquals(1, views(code).size(), code);
            assertEquals(List.of(IndicatorService.class.getName(), AssignmentService.class.getName()),
                    List.of((String[]) views(code).get(0).getProperty("objectClass")), code);
        }
        ServiceReference<AreaDefinition> supply = context.getServiceReferences(AreaDefinition.class,
                "(pcmt.area=supply)").iterator().next();
        registry.unbindArea(supply);
        assertEquals(List.of(), views("supply"));
        assertEquals(List.of("demand", "harm"), registry.areas().stream().map(AreaDefinition::code).toList());
        registry.deactivate();
        assertEquals(List.of(), views("demand"));
        assertEquals(List.of(), registry.areas());
    }

    @Test
    void aNewerAreaOfTheSameCodeReplacesTheViewAndTheOlderGoingLeavesIt() throws Exception {
        ServiceReference<AreaDefinition> older = context.getServiceReferences(AreaDefinition.class,
                "(pcmt.area=demand)").iterator().next();
        registry.bindArea(register(area("demand", "Giảm cầu", "treated-addicts", "cai nghien")));
        assertEquals(1, views("demand").size());
        registry.unbindArea(older);
        assertEquals(1, views("demand").size(), "the older area going does not take the newer's view");
        assertEquals(List.of("treated-addicts"), view("demand").indicators().stream().map(Indicator::id).toList());
    }

    /**
     * Two bundles may bring an area of one code (a province's copy of area-demand dropped into deploy/ while the
     * shipped one runs): the newer serves, and when it goes the one still deployed serves again.
     */
    @Test
    void theOlderAreaOfTheSameCodeServesAgainWhenTheNewerGoes() throws Exception {
        ServiceReference<AreaDefinition> older = context.getServiceReferences(AreaDefinition.class,
                "(pcmt.area=demand)").iterator().next();
        ServiceReference<AreaDefinition> newer = register(area("demand", "Giảm cầu", "treated-addicts", "cai nghien"));
        registry.bindArea(newer);
        registry.unbindArea(newer);
        assertEquals(1, views("demand").size(), "the shipped area is still deployed");
        assertEquals(List.of("drug-free-commune-share"), view("demand").indicators().stream().map(Indicator::id)
                .toList());
        assertEquals(List.of("demand", "harm", "supply"), registry.areas().stream().map(AreaDefinition::code).toList());
        assertEquals(Map.of("aftercare", List.of(1, 1), "propaganda", List.of(0, 1)),
                RegistryTest.counts(registry.undeployedAreas(hungYen)), "demand is not reported missing");

        // the other way round: the older goes first, then the newer; nothing of either is left
        registry.bindArea(newer);
        registry.unbindArea(older);
        registry.unbindArea(newer);
        assertEquals(List.of(), views("demand"));
        assertEquals(List.of("harm", "supply"), registry.areas().stream().map(AreaDefinition::code).toList());
    }

    @Test
    void bindingReadsNoAreaDefinitionUntilOneIsNeededAndReleasesIt() throws Exception {
        // an area that passed at an earlier start is read only when asked (a service factory, as the extender does)
        AtomicInteger gets = new AtomicInteger();
        AtomicInteger ungets = new AtomicInteger();
        AreaDefinition lazy = area("aftercare", "Quản lý sau cai", "aftercare-share", "sau cai");
        ServiceRegistration<?> reg = context.registerService(AreaDefinition.class.getName(),
                new ServiceFactory<AreaDefinition>() {
                    @Override
                    public AreaDefinition getService(Bundle b, ServiceRegistration<AreaDefinition> r) {
                        gets.incrementAndGet();
                        return lazy;
                    }

                    @Override
                    public void ungetService(Bundle b, ServiceRegistration<AreaDefinition> r, AreaDefinition s) {
                        ungets.incrementAndGet();
                    }
                }, new Hashtable<>(Map.of(DomainArea.AREA, "aftercare")));
        registered.add(reg);
        @SuppressWarnings("unchecked")
        ServiceReference<AreaDefinition> ref = (ServiceReference<AreaDefinition>) reg.getReference();
        registry.bindArea(ref);
        assertEquals(1, views("aftercare").size());
        assertEquals(0, gets.get(), "binding reads nothing");
        assertEquals(Map.of("propaganda", List.of(0, 1)), RegistryTest.counts(registry.undeployedAreas(hungYen)),
                "deployed, though not read");
        assertEquals(0, gets.get());
        assertEquals(List.of("aftercare-share"), view("aftercare").indicators().stream().map(Indicator::id).toList());
        registry.areas();
        assertEquals(1, gets.get(), "read once");
        registry.unbindArea(ref);
        assertEquals(1, ungets.get(), "released when the area goes");
    }

    @Test
    void anAreaThatCannotBeReadSaysWhich() throws Exception {
        ServiceRegistration<?> reg = context.registerService(AreaDefinition.class.getName(),
                new ServiceFactory<AreaDefinition>() {
                    @Override
                    public AreaDefinition getService(Bundle b, ServiceRegistration<AreaDefinition> r) {
                        return null; // the area file failed to parse: the framework logs it and gives null
                    }

                    @Override
                    public void ungetService(Bundle b, ServiceRegistration<AreaDefinition> r, AreaDefinition s) {}
                }, new Hashtable<>(Map.of(DomainArea.AREA, "broken")));
        registered.add(reg);
        @SuppressWarnings("unchecked")
        ServiceReference<AreaDefinition> ref = (ServiceReference<AreaDefinition>) reg.getReference();
        registry.bindArea(ref);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry.areas());
        assertEquals("area broken cannot be read (see the log) or is gone", e.getMessage());
    }

    @Test
    void aTargetAlsoBelongsToTheAreaWhoseCatalogueHasItsIndicator() {
        assertEquals(List.of("propaganda", "demand"), registry.areasOf(haNoi,
                haNoi.target("II/drug-free-commune-share").orElseThrow()), "stated by its section, then the catalogue");
        assertEquals(List.of("demand"), registry.areasOf(hungYen,
                hungYen.target("I/drug-free-commune-share").orElseThrow()), "once");
        assertEquals(List.of("supply"), registry.areasOf(hungYen,
                hungYen.target("II.1.a/drug-venue-count").orElseThrow()));
        assertEquals(List.of("demand"), registry.areasOf(hungYen, hungYen.roadmaps().get(0)));
    }

    @Test
    void keywordsClassifyOnlyWhatNobodyAttributed() {
        assertEquals(List.of("harm"), registry.areasOf(hungYen, hungYen.assignment("III#2").orElseThrow()),
                "\"xét nghiệm\" is a harm keyword");
        assertEquals(List.of("aftercare"), registry.areasOf(hungYen, hungYen.assignment("III#4").orElseThrow()),
                "\"cai nghiện\" is a demand keyword, but the author said aftercare");
        assertEquals(List.of("supply"), registry.areasOf(hungYen, hungYen.section("II.1.a").orElseThrow()));
        assertEquals(List.of(DomainArea.CROSS_CUTTING), registry.areasOf(hungYen,
                hungYen.reportingDuties().get(0)), "no keyword in a report");
        assertEquals(List.of(DomainArea.CROSS_CUTTING), registry.areasOf(hungYen, hungYen.section("III").orElseThrow()));
    }

    @Test
    void eachViewGathersItsItemsAcrossPlans() throws Exception {
        IndicatorService demand = view("demand");
        assertEquals(List.of(new Indicator("drug-free-commune-share", "Chỉ tiêu drug-free-commune-share", "%",
                Direction.HIGHER, null)), demand.indicators());
        assertEquals(List.of("II/drug-free-commune-share", "I/drug-free-commune-share"),
                demand.targets().stream().map(t -> t.id()).toList(), "Hà Nội's through the catalogue");
        assertEquals(List.of("II.2/roadmap"), demand.roadmaps().stream().map(r -> r.id()).toList());
        assertEquals(List.of("II.2#1"), ((AssignmentService) demand).assignments().stream().map(a -> a.id()).toList());

        AssignmentService supply = (AssignmentService) view("supply");
        assertEquals(List.of("II#1", "III#1"), supply.assignments().stream().map(a -> a.id()).toList());
        assertEquals(List.of("II.1.a/drug-venue-count"), ((IndicatorService) supply).targets().stream()
                .map(t -> t.id()).toList());

        AssignmentService harm = (AssignmentService) view("harm");
        assertEquals(List.of("III#2"), harm.assignments().stream().map(a -> a.id()).toList());
        assertEquals(List.of(), harm.reportingDuties());
    }

    @Test
    void undeployedAreasLeaveOutWhatIsDeployed() {
        assertEquals(Map.of("aftercare", List.of(1, 1), "propaganda", List.of(0, 1)),
                RegistryTest.counts(registry.undeployedAreas(hungYen)));
        assertEquals(Map.of("propaganda", List.of(2, 3)), RegistryTest.counts(registry.undeployedAreas(haNoi)));
    }
}
