package vn.pcmt.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.DomainArea;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.PlanRegistry.AgencyUse;
import vn.pcmt.api.PlanRegistry.Hit;
import vn.pcmt.api.PlanRegistry.InPlan;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.Ref;
import vn.pcmt.api.Section;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.Target;

/**
 * The plan queries of the registry over the three plans of {@link Plans}, with no area deployed (what needs an area
 * bundle is in {@link AreasInFrameworkTest}). The registry gets no BundleContext: binding plans does not use one.
 */
class RegistryTest {
    final Registry registry = Plans.all();
    final Plan hungYen = registry.plan("hung-yen").orElseThrow().plan();
    final Plan haNoi = registry.plan("ha-noi").orElseThrow().plan();

    /** "plan-id ref" of each item, in the order returned: what a reader of the console would compare. */
    static List<String> refs(List<? extends InPlan<?>> items) {
        return items.stream().map(i -> i.plan().id() + " " + ref(i.item())).collect(Collectors.toList());
    }

    static String ref(Object item) {
        return item instanceof Assignment a ? a.id() : ((Target) item).id();
    }

    static List<String> hits(List<Hit> hits) {
        return hits.stream().map(h -> h.plan().id() + " " + h.ref()).collect(Collectors.toList());
    }

    @Test
    void plansAreListedByIdAndFoundByExactId() {
        assertEquals(List.of("bac-ninh", "ha-noi", "hung-yen"),
                registry.plans().stream().map(ps -> ps.plan().id()).toList());
        assertEquals("Hà Nội", haNoi.locality().name());
        assertTrue(registry.plan("Hà Nội").isEmpty(), "an id, not a name");
        assertTrue(registry.plan("nam-dinh").isEmpty());
        assertTrue(registry.plan(null).isEmpty());
    }

    @Test
    void closeMatchesSuggestTheNearIdOrEveryIdWhenNoneIsNear() {
        assertEquals(List.of("hung-yen"), registry.closeMatches("hung-yn"));
        assertEquals(List.of("hung-yen"), registry.closeMatches("Hưng Yên"), "diacritics and case ignored");
        assertEquals(List.of("bac-ninh"), registry.closeMatches("ninh"), "an id containing the query");
        assertEquals(List.of("bac-ninh", "ha-noi", "hung-yen"), registry.closeMatches("quang-tri-2030"));
    }

    @Test
    void unbindingAnOlderServiceOfTheSameIdKeepsTheNewer() {
        Plan v1 = Plans.hungYen();
        Plan v2 = new Plan("hung-yen", "Kế hoạch sửa đổi", true, v1.issuer(), v1.locality(), null, null, null,
                new PlanPeriod(2026, 2030), new SourceDocument(null, null), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Registry r = Plans.registry();
        PlanService first = new Plans.Loaded(v1);
        PlanService second = new Plans.Loaded(v2);
        r.bindPlan(first);
        r.bindPlan(second); // a plan file replaced: the new service comes before the old one goes
        r.unbindPlan(first);
        assertSame(second, r.plan("hung-yen").orElseThrow());
        r.unbindPlan(second);
        assertEquals(List.of(), r.plans());
        assertEquals(List.of(), r.itemIds("hung-yen"));
    }

    @Test
    void assignmentsOfEveryPlanInPlanOrderThenDocumentOrder() {
        assertEquals(List.of("bac-ninh V#1", "bac-ninh V#2", "ha-noi II#1", "ha-noi II#2", "ha-noi II#3",
                "ha-noi II#4", "hung-yen III#1", "hung-yen III#2", "hung-yen III#3", "hung-yen II.2#1",
                "hung-yen III#4"), refs(registry.assignments(null, null)));
        assertEquals(List.of("ha-noi II#1", "ha-noi II#2", "ha-noi II#3", "ha-noi II#4"),
                refs(registry.assignments("ha-noi", null)));
        assertEquals(List.of(), registry.assignments("nam-dinh", null));
    }

    @Test
    void anAgencyQueryMatchesIdNameKindOrPartnerWithoutDiacritics() {
        // the body itself or a partner ("with"): Hà Nội's II#3 is Sở GD&ĐT's, with the police
        List<String> police = List.of("bac-ninh V#2", "ha-noi II#1", "ha-noi II#2", "ha-noi II#3", "ha-noi II#4",
                "hung-yen III#1", "hung-yen III#2", "hung-yen III#4");
        assertEquals(police, refs(registry.assignments(null, "cong an")));
        assertEquals(police, refs(registry.assignments(null, "cong-an-tinh")), "the canonical id");
        assertEquals(List.of("hung-yen III#1", "hung-yen III#2", "hung-yen III#4"),
                refs(registry.assignments("hung-yen", "Công an tỉnh")));
        assertEquals(List.of("hung-yen III#1", "hung-yen III#2", "hung-yen III#4"),
                refs(registry.assignments("hung-yen", "police")), "the kind");
        assertEquals(List.of("hung-yen III#3"), refs(registry.assignments("hung-yen", "tinh doan")),
                "every word of the printed name \"Tỉnh đoàn Hưng Yên\"");
        assertEquals(List.of("hung-yen II.2#1"), refs(registry.assignments("hung-yen", "trung tâm")),
                "the normalized name");
        assertEquals(List.of(), registry.assignments("hung-yen", "con"), "whole words only: not \"cong\"");
        assertEquals(List.of("bac-ninh V#1", "bac-ninh V#2"), refs(registry.assignments(null, "phu nu")));
    }

    @Test
    void targetsCompareAndIndicatorIds() {
        assertEquals(List.of("ha-noi II/drug-free-commune-share", "ha-noi II/school-session-share",
                "hung-yen I/drug-free-commune-share", "hung-yen II.1.a/drug-venue-count", "hung-yen I/aftercare-share"),
                refs(registry.targets(null)));
        assertEquals(List.of("hung-yen I/drug-free-commune-share", "hung-yen II.1.a/drug-venue-count",
                "hung-yen I/aftercare-share"), refs(registry.targets("hung-yen")));
        assertEquals(List.of(), registry.targets("bac-ninh"));

        List<InPlan<Target>> compared = registry.compare("drug-free-commune-share");
        assertEquals(List.of("ha-noi", "hung-yen"), compared.stream().map(t -> t.plan().id()).toList());
        assertEquals(List.of(60.0, 50.0), compared.stream().map(t -> t.item().value()).toList());
        assertEquals(List.of(), registry.compare("Drug-Free-Commune-Share"), "an id is compared exactly");

        assertEquals(List.of("aftercare-share", "drug-free-commune-share", "drug-venue-count", "school-session-share"),
                registry.indicatorIds(), "each once, sorted");
    }

    @Test
    void searchIgnoresDiacriticsAndFindsAnAssignmentByItsBodysPrintedName() {
        List<Hit> found = registry.search("cong an tinh");
        assertEquals(List.of("bac-ninh V#2", "hung-yen III#1", "hung-yen III#4"), hits(found),
                "\"Công an Thành phố\" is not \"cong an tinh\"");
        Hit first = found.get(0);
        assertEquals("assignment", first.kind());
        assertEquals(52, first.line());
        assertEquals("Công an tỉnh Bắc Ninh: Chủ trì xây dựng lực lượng phòng, chống ma túy ở cơ sở", first.text());

        assertEquals(List.of("bac-ninh V#2", "ha-noi II#1", "ha-noi II#2", "ha-noi II#4", "hung-yen III#1",
                "hung-yen III#4"), hits(registry.search("CÔNG AN")));
    }

    @Test
    void searchPutsPhraseHitsBeforeHitsOfEveryWord() {
        // Bắc Ninh's duty has every word but not the phrase; it comes first in plan order and must come second
        assertEquals(List.of("hung-yen III#3", "bac-ninh V#1"), hits(registry.search("tác hại của ma túy")));
    }

    @Test
    void searchMatchesWholeWordsWhenNotAPhrase() {
        // "xã" and "túy" apart; Bắc Ninh's "xây dựng ... ma túy" has "xay", which is not "xa"
        assertEquals(List.of("ha-noi II/drug-free-commune-share", "hung-yen I/drug-free-commune-share"),
                hits(registry.search("tuy xa")));
        assertEquals(List.of(), registry.search("methadone"));
    }

    @Test
    void searchReachesSectionsReportsLegalBasesAndNamedCommunes() {
        List<Hit> communes = registry.search("xa tong tran");
        assertEquals(1, communes.size());
        assertEquals(new Hit(hungYen, "units", "II.2/communes-2025", 33,
                "Các xã phấn đấu đạt tiêu chí năm 2025: xã Tống Trân, xã Chí Minh"), communes.get(0));

        assertEquals(List.of(new Hit(hungYen, "section", "II.1", 21, "1. Giảm cung ma túy")),
                registry.search("giam cung"));
        assertEquals(List.of(new Hit(hungYen, "report", "III#report", 45,
                "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm")), registry.search("15/12"));
        assertEquals(List.of(new Hit(hungYen, "legal-basis", "basis-1", 3, "Luật Phòng, chống ma túy năm 2021")),
                registry.search("luat phong chong"));
    }

    @Test
    void itemByRefAndEveryItemIdOfAPlan() {
        assertEquals(new Hit(hungYen, "assignment", "III#2", 42,
                "Sở Y tế: Phối hợp tổ chức xét nghiệm ma túy cho người nghiện"),
                registry.item("hung-yen", "III#2").orElseThrow());
        assertEquals(new Hit(hungYen, "section", "II.1.a", 22, "a) Đấu tranh triệt xóa các tụ điểm phức tạp"),
                registry.item("hung-yen", "II.1.a").orElseThrow(), "label and text when the section has no title");
        assertEquals(new Hit(hungYen, "roadmap", "II.2/roadmap", 31, "drug-free-commune-share"),
                registry.item("hung-yen", "II.2/roadmap").orElseThrow(), "a roadmap with no line: its first step's");
        assertTrue(registry.item("ha-noi", "III#2").isEmpty(), "Hưng Yên's ref, not Hà Nội's");
        assertTrue(registry.item("nam-dinh", "I").isEmpty());

        assertEquals(List.of("I", "II", "II.1", "II.1.a", "II.2", "III", "I/drug-free-commune-share",
                "II.1.a/drug-venue-count", "I/aftercare-share", "II.2/roadmap", "III#1", "III#2", "III#3", "II.2#1",
                "III#4", "III#report", "basis-1", "II.2/communes-2025"), registry.itemIds("hung-yen"));
        assertEquals(List.of(), registry.itemIds("nam-dinh"));
    }

    @Test
    void agenciesMergeACanonicalIdAcrossPlansAndCountEachRole() {
        assertEquals(List.of(
                new AgencyUse("co-so-cai-nghien", "Cơ sở cai nghiện ma túy tỉnh", "rehab", false, List.of("hung-yen"),
                        List.of("Cơ sở cai nghiện ma túy tỉnh"), 1, 0, 0),
                new AgencyUse("cong-an-tinh", "Công an tỉnh / thành phố", "police", true,
                        List.of("bac-ninh", "ha-noi", "hung-yen"),
                        List.of("Công an tỉnh Bắc Ninh", "Công an Thành phố", "Công an tỉnh"), 5, 1, 0),
                new AgencyUse("doan-thanh-nien", "Đoàn Thanh niên", "youth-union", true, List.of("hung-yen"),
                        List.of("Tỉnh đoàn Hưng Yên"), 0, 0, 1),
                new AgencyUse("hoi-phu-nu", "Hội Liên hiệp Phụ nữ", "women-union", true, List.of("bac-ninh"),
                        List.of("Hội Liên hiệp Phụ nữ tỉnh"), 0, 0, 1),
                new AgencyUse("so-gddt", "Sở Giáo dục và Đào tạo", "education", true, List.of("ha-noi"),
                        List.of("Sở Giáo dục và Đào tạo"), 0, 1, 0),
                new AgencyUse("so-y-te", "Sở Y tế", "health", true, List.of("hung-yen"), List.of("Sở Y tế"), 0, 1, 0)),
                registry.agencies(null));
    }

    @Test
    void agenciesOfOnePlanCountThatPlanOnly() {
        assertEquals(List.of(
                new AgencyUse("cong-an-tinh", "Công an tỉnh / thành phố", "police", true, List.of("ha-noi"),
                        List.of("Công an Thành phố"), 2, 1, 0),
                new AgencyUse("so-gddt", "Sở Giáo dục và Đào tạo", "education", true, List.of("ha-noi"),
                        List.of("Sở Giáo dục và Đào tạo"), 0, 1, 0)),
                registry.agencies("ha-noi"));
        assertEquals(List.of(), registry.agencies("nam-dinh"));
    }

    @Test
    void catalogueIdsAreUnique() {
        // BY_ID is built with toUnmodifiableMap, which throws on a duplicate; this names the list as the reason
        assertEquals(Catalogue.AGENCIES.size(), Catalogue.BY_ID.size());
        assertEquals("police", Catalogue.BY_ID.get("cong-an-tinh").kind());
    }

    @Test
    void statedAreasComeFromTheItemElseItsSectionElseAParentSection() {
        assertEquals(List.of("demand"), registry.areasOf(hungYen, hungYen.target("I/drug-free-commune-share")
                .orElseThrow()), "on the target");
        assertEquals(List.of("supply"), registry.areasOf(hungYen, hungYen.target("II.1.a/drug-venue-count")
                .orElseThrow()), "II.1.a says none; its parent II.1 says supply");
        assertEquals(List.of("supply"), registry.areasOf(hungYen, hungYen.section("II.1.a").orElseThrow()));
        assertEquals(List.of("demand"), registry.areasOf(hungYen, hungYen.assignment("II.2#1").orElseThrow()));
        assertEquals(List.of("demand"), registry.areasOf(hungYen, hungYen.roadmaps().get(0)), "the roadmap's section");
        assertEquals(List.of("propaganda"), registry.areasOf(haNoi, haNoi.assignment("II#2").orElseThrow()));
        assertEquals(List.of("supply"), registry.areasOf(haNoi, haNoi.assignment("II#1").orElseThrow()),
                "the item's own areas replace its section's");
    }

    @Test
    void anItemNobodyAttributedIsCrossCuttingWhenNoAreaIsDeployed() {
        List<String> crossCutting = List.of(DomainArea.CROSS_CUTTING);
        assertEquals(crossCutting, registry.areasOf(hungYen, hungYen.assignment("III#2").orElseThrow()));
        assertEquals(crossCutting, registry.areasOf(hungYen, hungYen.section("II").orElseThrow()));
        assertEquals(crossCutting, registry.areasOf(hungYen, hungYen.reportingDuties().get(0)));
        assertThrows(IllegalArgumentException.class, () -> registry.areasOf(hungYen, "III#2"));
    }

    @Test
    void aLoopOfParentSectionsEnds() {
        Plan p = new Plan("loop", "Vòng lặp", true, "UBND", null, null, null, null, new PlanPeriod(2025, 2025),
                new SourceDocument(null, null), List.of(), List.of(),
                List.of(new Section("A", "A.", "A", "B", 1, null, List.of()),
                        new Section("B", "B.", "B", "A", 2, null, List.of())),
                List.of(), List.of(), List.of(), List.of(),
                List.of(Plans.duty("A#1", new Ref("A", 3), List.of(), "x", vn.pcmt.api.Role.LEAD, List.of(), "…")),
                List.of(), List.of());
        assertEquals(List.of(DomainArea.CROSS_CUTTING), registry.areasOf(p, p.assignments().get(0)));
    }

    @Test
    void undeployedAreasCountTargetsAndAssignmentsPerStatedArea() {
        // nothing deployed: every stated area counts; unattributed items (III#2) and cross-cutting do not
        assertEquals(Map.of("aftercare", List.of(1, 1), "demand", List.of(1, 1), "propaganda", List.of(0, 1),
                "supply", List.of(1, 1)), counts(registry.undeployedAreas(hungYen)));
        assertEquals(Map.of("propaganda", List.of(2, 3), "supply", List.of(0, 1)), counts(registry.undeployedAreas(haNoi)));
        assertEquals(Map.of(), counts(registry.undeployedAreas(registry.plan("bac-ninh").orElseThrow().plan())));
        assertEquals(List.of("aftercare", "demand", "propaganda", "supply"),
                List.copyOf(registry.undeployedAreas(hungYen).keySet()), "ordered by code");
    }

    /** {area: [targets, assignments]}, comparable with equals. */
    static Map<String, List<Integer>> counts(Map<String, int[]> m) {
        Map<String, List<Integer>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.of(v[0], v[1])));
        return out;
    }
}
