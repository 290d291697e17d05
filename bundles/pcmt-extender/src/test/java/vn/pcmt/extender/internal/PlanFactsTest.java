package vn.pcmt.extender.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Comparator;
import vn.pcmt.api.Frequency;
import vn.pcmt.api.Measure;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Role;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;

/**
 * Facts of each signed document that the plan bundles must carry. An edit that drops or changes one of these fails
 * here; the document text and line are cited in each plan's JSON.
 */
class PlanFactsTest {
    static Plan plan(String id) throws Exception {
        return PlanReaderTest.read(id).plan();
    }

    static Target target(Plan p, String id) {
        return p.target(id).orElseThrow(() -> new AssertionError(p.id() + " has no target " + id));
    }

    static Assignment assignment(Plan p, String id) {
        return p.assignment(id).orElseThrow(() -> new AssertionError(p.id() + " has no assignment " + id));
    }

    @Test
    void hungYen() throws Exception {
        Plan p = plan("hung-yen");
        assertEquals(LocalDate.of(2025, 8, 15), p.documentDate());
        assertEquals(44, p.sections().size());
        assertEquals(15, p.targets().size());
        assertEquals(79, p.assignments().size());
        Target t20 = target(p, "II.2#1");
        assertEquals(Comparator.AT_LEAST, t20.comparator());
        assertEquals(20.0, t20.value());
        assertEquals(2025, t20.deadline().year());
        Target t50 = target(p, "II.2#2");
        assertEquals(50.0, t50.value());
        assertEquals(2030, t50.deadline().year());
        assertEquals(TargetUnit.PERCENT, t50.unit());
        assertEquals(Comparator.NONE, target(p, "II.2#7").comparator());
        Roadmap r = p.roadmaps().get(0);
        assertEquals(104, r.of());
        assertEquals(6, r.steps().size());
        assertEquals(28.0, r.step(2025).orElseThrow().value());
        assertEquals("2 7%", r.step(2025).orElseThrow().statedShare());
        assertEquals(60.0, r.step(2030).orElseThrow().value());
        assertEquals(5, r.step(2026).orElseThrow().minNew());
        assertEquals(8, r.step(2029).orElseThrow().minNew());
        assertEquals("37,5%", r.step(2027).orElseThrow().statedShare());
        assertEquals(LocalDate.of(2025, 8, 31), assignment(p, "III.1.2#2").due().date());
        assertEquals(LocalDate.of(2025, 12, 31), assignment(p, "III.1.2#4").due().date());
        assertEquals(Frequency.MONTHLY, assignment(p, "III.4.2#3").recurrence().frequency());
        assertEquals(20, assignment(p, "III.4.2#3").recurrence().day());
        assertEquals(Role.REQUESTED, assignment(p, "III.4.3#1/vks-tinh").role());
        assertEquals(Role.REQUESTED, assignment(p, "III.4.3#1/toa-an-tinh").role());
        assertEquals(28, p.unitGroups().get(0).units().size());
        assertEquals("xã Chí Minh", p.unitGroups().get(0).units().get(0).name());
        assertEquals("phường Thượng Hồng", p.unitGroups().get(0).units().get(27).name());
        ReportingDuty half = p.reportingDuties().stream().filter(d -> d.frequency() == Frequency.HALF_YEARLY).findFirst().orElseThrow();
        assertEquals(MonthDay.of(6, 15), half.dueMonthDay());
        ReportingDuty year = p.reportingDuties().stream().filter(d -> d.frequency() == Frequency.YEARLY).findFirst().orElseThrow();
        assertEquals(MonthDay.of(12, 15), year.dueMonthDay());
        assertEquals("2.2.", p.section("II.2").orElseThrow().label());
    }

    @Test
    void haNoi() throws Exception {
        Plan p = plan("ha-noi");
        assertNull(p.documentNumber());
        assertNull(p.documentDate());
        assertEquals(2025, p.period().from());
        assertEquals(2030, p.period().to());
        assertEquals("d)", p.section("II.3.d").orElseThrow().label());
        assertEquals("d)", p.section("II.3.d#2").orElseThrow().label(), "the repeated letter is kept");
        assertEquals("d)", p.section("II.4.d#2").orElseThrow().label());
        assertEquals("f)", p.section("II.4.f").orElseThrow().label());
        assertFalse(p.section("II.6.b").isPresent(), "II.6 skips b) in the document");
        Target t = target(p, "I.2.a#t1");
        assertEquals("drug-free-commune-share", t.indicator());
        assertEquals(50.0, t.value());
        assertEquals(2030, t.deadline().year());
        assertEquals(Comparator.NONE, target(p, "V.1.c#t1").comparator());
        assertEquals("93/NQ-CP", p.legalBases().stream().filter(b -> "nq-93-2025".equals(b.id())).findFirst().orElseThrow().number());
        assertEquals(Role.REQUESTED, p.assignments().stream()
                .filter(a -> a.ref().section().equals("V.11") && a.agency().equals("toa-an-tinh")).findFirst().orElseThrow().role());
    }

    @Test
    void bacNinh() throws Exception {
        Plan p = plan("bac-ninh");
        assertEquals(22, p.targets().size());
        assertEquals(15, p.projects().size());
        assertEquals("tháng 10 năm 2025", p.documentDateText());
        Target express = target(p, "II.3/express-delivery-cases-growth");
        assertEquals(Comparator.MORE_THAN, express.comparator());
        assertEquals(3.0, express.value());
        assertEquals(TargetUnit.PERCENT_PER_YEAR, express.unit());
        assertEquals(Measure.INCREASE, express.measure());
        assertTrue(express.deadline().implied());
        assertEquals(5.0, target(p, "II.3/cyberspace-cases-growth").value());
        Target rehab = target(p, "II.3/compliant-rehab-facility-share");
        assertEquals(2.0, rehab.value());
        assertEquals(2, rehab.of());
        assertEquals(80.0, target(p, "II.3/media-column-share").value());
        assertEquals(70.0, target(p, "II.3/worker-reached-share").value());
        assertEquals(90.0, target(p, "II.3/rehab-counselling-share").value());
        assertEquals(50.0, target(p, "II.3/drug-free-commune-share").value());
        assertEquals("mttq-tinh", p.projects().stream().filter(x -> x.id().equals("DA7.TDA4")).findFirst().orElseThrow().lead());
        assertEquals(LocalDate.of(2025, 11, 6), p.reportingDuties().get(0).dueDate());
        assertEquals(Role.REQUESTED, assignment(p, "V.14#1/vks-tinh").role());
    }

    @Test
    void haiPhong() throws Exception {
        Plan p = plan("hai-phong");
        assertEquals(40, p.sections().size());
        assertEquals(11, p.targets().size());
        assertEquals("GIẢI PHÁP", p.section("IV").orElseThrow().title());
        Target share = target(p, "II.2#2");
        assertEquals("drug-free-commune-share", share.indicator());
        assertEquals(70.0, share.value());
        assertEquals(2020, share.deadline().year());
        assertTrue(share.deadline().implied());
        Target reduction = target(p, "II.2#1");
        assertEquals(Measure.DECREASE, reduction.measure());
        assertEquals(30.0, reduction.value());
        assertFalse(reduction.baseline().stated());
        Target relapse = target(p, "II.2#7");
        assertEquals(Comparator.BETWEEN, relapse.comparator());
        assertEquals(10.0, relapse.value());
        assertEquals(15.0, relapse.valueMax());
        assertTrue(p.targets().stream().noneMatch(t -> t.deadline() != null && t.deadline().year() == 2030));
    }

    @Test
    void bcd138() throws Exception {
        Plan p = plan("bcd138-2021");
        assertFalse(p.titleStated());
        assertNull(p.locality(), "the province is not named in the text and must not be invented");
        assertEquals(2021, p.period().from());
        assertEquals(2021, p.period().to());
        assertEquals(8, p.sections().size());
        assertNull(p.section("fragment").orElseThrow().label());
        assertEquals(3, p.targets().size());
        assertTrue(p.targets().stream().allMatch(t -> t.comparator() == Comparator.NONE));
        assertEquals(LocalDate.of(2021, 9, 30), assignment(p, "III.2#1").due().date());
        assertEquals(30, p.assignments().size());
    }
}
