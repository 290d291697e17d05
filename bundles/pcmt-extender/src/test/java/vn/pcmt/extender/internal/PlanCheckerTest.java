package vn.pcmt.extender.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.Comparator;
import vn.pcmt.api.Deadline;
import vn.pcmt.api.Finding;
import vn.pcmt.api.Measure;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.Ref;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Section;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;

/** Every kind of plan:check finding, each on a small plan made for it; and the findings of the shipped plans. */
class PlanCheckerTest {
    static Section section(String id, String label, String parent, int line) {
        return new Section(id, label, "Tiêu đề " + id, parent, line, null, List.of());
    }

    static Plan plan(LocalDate date, List<Section> sections, List<Target> targets, List<Roadmap> roadmaps) {
        return new Plan("t", "Kế hoạch thử", true, "UBND tỉnh", null, null, date, null, new PlanPeriod(2025, 2030),
                new SourceDocument("t.txt", null), List.of(), List.of(), sections, List.of(), targets, roadmaps,
                List.of(), List.of(), List.of(), List.of());
    }

    static List<String> codes(List<Finding> fs) {
        return fs.stream().map(Finding::code).collect(Collectors.toList());
    }

    static Roadmap roadmap(RoadmapStep... steps) {
        return new Roadmap("r", "II", 0, "drug-free-commune-count", 104, List.of(steps));
    }

    static final List<String> LINES = List.of("II. LỘ TRÌNH", "- năm 2025", "- năm 2026", "- năm 2027");
    static final List<Section> ONE = List.of(section("II", "II.", null, 1));

    @Test
    void aShareThatIsNotANumberIsReported() {
        List<Finding> f = PlanChecker.check(plan(null, ONE, List.of(),
                List.of(roadmap(new RoadmapStep(2025, 2, "x", 28, null, "2 7%")))), LINES);
        assertEquals(List.of("share-printed"), codes(f));
        assertTrue(f.get(0).message().contains("26.9%"), f.get(0).message());
    }

    @Test
    void aShareThatDisagreesWithItsCountIsReported() {
        List<Finding> f = PlanChecker.check(plan(null, ONE, List.of(),
                List.of(roadmap(new RoadmapStep(2025, 2, "x", 28, null, "35%")))), LINES);
        assertEquals(List.of("share-count-mismatch"), codes(f));
        List<Finding> ok = PlanChecker.check(plan(null, ONE, List.of(),
                List.of(roadmap(new RoadmapStep(2027, 2, "x", 39, null, "37,5%")))), LINES);
        assertEquals(List.of(), codes(ok), "37,5% is 39/104 with a decimal comma");
    }

    @Test
    void roadmapStepsThatDoNotAddUpOrFallAreReported() {
        List<Finding> f = PlanChecker.check(plan(null, ONE, List.of(), List.of(roadmap(
                new RoadmapStep(2025, 2, "x", 28, null, null),
                new RoadmapStep(2026, 3, "x", 35, 5, null),
                new RoadmapStep(2027, 4, "x", 30, null, null)))), LINES);
        assertEquals(List.of("roadmap-sum", "roadmap-decreases"), codes(f));
    }

    @Test
    void aShareTargetThatDisagreesWithTheRoadmapIsReported() {
        Target t = new Target("II#1", new Ref("II", 1), List.of(), "drug-free-commune-share", "ít nhất 20%", null,
                Comparator.AT_LEAST, 20.0, null, TargetUnit.PERCENT, Measure.LEVEL, null, null, new Deadline(2025, false),
                null, null);
        List<Finding> f = PlanChecker.check(plan(null, ONE, List.of(t),
                List.of(roadmap(new RoadmapStep(2025, 2, "x", 28, null, null)))), LINES);
        assertEquals(List.of("target-roadmap-mismatch"), codes(f));
        assertEquals("II#1", f.get(0).ref());
    }

    @Test
    void repeatedAndSkippedLabelsAreReported() {
        List<Section> s = new ArrayList<>(ONE);
        s.add(new Section("II.a", "a)", null, "II", 2, "một", List.of()));
        s.add(new Section("II.b", "b)", null, "II", 3, "hai", List.of()));
        s.add(new Section("II.b#2", "b)", null, "II", 4, "ba", List.of()));
        s.add(new Section("II.e", "e)", null, "II", 4, "bốn", List.of()));
        List<Finding> f = PlanChecker.check(plan(null, s, List.of(), List.of()), List.of());
        assertEquals(List.of("label-repeated", "label-skipped"), codes(f));
        assertTrue(f.get(1).message().contains("3 skipped"), "c, d and đ: " + f.get(1).message());
        List<Section> roman = List.of(section("I", "I.", null, 1), section("III", "III.", null, 2));
        assertEquals(List.of("label-skipped"), codes(PlanChecker.check(plan(null, roman, List.of(), List.of()),
                List.of("I. A", "III. B"))).stream().filter(c -> c.startsWith("label")).toList());
    }

    @Test
    void aHeadingWithNoContentIsReported() {
        List<Section> s = List.of(section("I", "I.", null, 1), section("II", "II.", null, 3), section("III", "III.", null, 4));
        List<String> lines = List.of("I. MỤC ĐÍCH", "Nội dung của mục I.", "II. GIẢI PHÁP", "III. TỔ CHỨC", "Nội dung.");
        List<Finding> f = PlanChecker.check(plan(null, s, List.of(), List.of()), lines);
        assertEquals(List.of("empty-heading"), codes(f));
        assertEquals("II", f.get(0).ref());
    }

    @Test
    void districtsNamedAfterTheReformAreReported() {
        List<String> lines = List.of("II. NHIỆM VỤ", "Các xã, phường, thị trấn và UBND huyện thực hiện.");
        List<Section> s = List.of(section("II", "II.", null, 1));
        assertEquals(List.of("district-after-reform"),
                codes(PlanChecker.check(plan(LocalDate.of(2025, 8, 15), s, List.of(), List.of()), lines)));
        assertEquals(List.of(), codes(PlanChecker.check(plan(LocalDate.of(2021, 3, 1), s, List.of(), List.of()), lines)),
                "before 1/7/2025 districts existed");
    }

    @Test
    void aSentenceThatAppearsTwiceIsReported() {
        String sentence = "Tăng cường công tác tuyên truyền phòng, chống ma túy tại địa bàn cơ sở cho toàn dân.";
        List<String> lines = List.of("II. NHIỆM VỤ", sentence, "Việc khác.", sentence);
        List<Finding> f = PlanChecker.check(plan(null, ONE, List.of(), List.of()), lines);
        assertEquals(List.of("sentence-repeated"), codes(f));
        assertEquals(4, f.get(0).line());
        assertTrue(f.get(0).message().contains("line 2"));
    }

    @Test
    void theShippedPlansFindingsArePinned() throws Exception {
        List<String> hy = codesWithRef("hung-yen");
        assertTrue(hy.contains("share-printed II.3 2025"), hy.toString());
        assertTrue(hy.contains("target-roadmap-mismatch II.2#1"), hy.toString());
        assertTrue(hy.contains("district-after-reform I.2"), hy.toString());
        List<String> hn = codesWithRef("ha-noi");
        assertTrue(hn.contains("label-repeated II.3.d#2") && hn.contains("label-repeated II.4.d#2"), hn.toString());
        assertTrue(hn.contains("label-skipped II.6.c") && hn.contains("label-skipped V"), hn.toString());
        assertTrue(codesWithRef("bac-ninh").contains("district-after-reform V.10"));
        assertTrue(codesWithRef("hai-phong").stream().noneMatch(c -> c.startsWith("district")), "issued before 2025");
        assertTrue(codesWithRef("hai-phong").stream().noneMatch(c -> c.startsWith("empty-heading")),
                "part IV has IV.1–IV.8 under it in the document");
    }

    static List<String> codesWithRef(String id) throws Exception {
        PlanCodec.Parsed p = PlanReaderTest.read(id);
        return PlanChecker.check(p.plan(), p.lines()).stream().map(f -> f.code() + " " + f.ref()).toList();
    }
}
