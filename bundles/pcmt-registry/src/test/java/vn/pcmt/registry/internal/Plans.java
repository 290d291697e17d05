package vn.pcmt.registry.internal;

import java.time.MonthDay;
import java.util.List;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Comparator;
import vn.pcmt.api.Deadline;
import vn.pcmt.api.Direction;
import vn.pcmt.api.Finding;
import vn.pcmt.api.Frequency;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.Locality;
import vn.pcmt.api.Measure;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.Ref;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Role;
import vn.pcmt.api.Section;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;
import vn.pcmt.api.UnitGroup;

/**
 * Three small plans of three provinces, made from the API records as the extender makes them. What the tests rely
 * on: the police is {@code cong-an-tinh} in all three but printed three ways; Hưng Yên has a body of its own
 * (non-canonical id) and duties in all three roles; areas are stated on items, on sections and on parent sections,
 * and one ("aftercare") is an area no bundle provides.
 */
final class Plans {
    private Plans() {}

    /** A loaded plan, as the extender registers it (no source text, no findings). */
    record Loaded(Plan plan, String origin) implements PlanService {
        Loaded(Plan plan) {
            this(plan, "bundle:plan-" + plan.id());
        }

        @Override
        public List<String> sourceLines() {
            return List.of();
        }

        @Override
        public List<Finding> findings() {
            return List.of();
        }
    }

    static Registry registry(Plan... plans) {
        Registry r = new Registry(null); // the plan queries never touch the context; bindArea does
        for (Plan p : plans) {
            r.bindPlan(new Loaded(p));
        }
        return r;
    }

    static Registry all() {
        return registry(hungYen(), haNoi(), bacNinh());
    }

    static Plan hungYen() {
        List<Agency> agencies = List.of(
                new Agency("cong-an-tinh", "Công an tỉnh", "police", "province", null),
                new Agency("so-y-te", "Sở Y tế", "health", "province", null),
                new Agency("doan-thanh-nien", "Tỉnh đoàn Hưng Yên", "youth-union", "province", null),
                new Agency("co-so-cai-nghien", "Cơ sở cai nghiện ma túy tỉnh", "rehab", "province",
                        "Trung tâm cai nghiện"));
        List<Section> sections = List.of(
                new Section("I", "I.", "MỤC TIÊU", null, 10, null, List.of()),
                new Section("II", "II.", "NHIỆM VỤ, GIẢI PHÁP", null, 20, null, List.of()),
                new Section("II.1", "1.", "Giảm cung ma túy", "II", 21, null, List.of("supply")),
                new Section("II.1.a", "a)", null, "II.1", 22, "Đấu tranh triệt xóa các tụ điểm phức tạp", List.of()),
                new Section("II.2", "2.", "Giảm cầu ma túy", "II", 30, null, List.of("demand")),
                new Section("III", "III.", "TỔ CHỨC THỰC HIỆN", null, 40, null, List.of()));
        List<Indicator> indicators = List.of(
                new Indicator("drug-free-commune-share", "Tỷ lệ xã không ma túy", "%", Direction.HIGHER, null),
                new Indicator("drug-venue-count", "Số tụ điểm ma túy", "count", Direction.LOWER, null),
                new Indicator("aftercare-share", "Tỷ lệ người sau cai được quản lý", "%", Direction.HIGHER, null));
        List<Target> targets = List.of(
                target("I/drug-free-commune-share", new Ref("I", 11), List.of("demand"), "drug-free-commune-share",
                        "Phấn đấu đến năm 2030 có ít nhất 50% số xã, phường đạt tiêu chí không ma túy",
                        Comparator.AT_LEAST, 50.0),
                target("II.1.a/drug-venue-count", new Ref("II.1.a", 23), List.of(), "drug-venue-count",
                        "Không để phát sinh tụ điểm phức tạp về ma túy", Comparator.NONE, null),
                target("I/aftercare-share", new Ref("I", 12), List.of("aftercare"), "aftercare-share",
                        "100% người sau cai nghiện được quản lý", Comparator.EQUAL, 100.0));
        List<Roadmap> roadmaps = List.of(new Roadmap("II.2/roadmap", "II.2", 0, "drug-free-commune-share", 104,
                List.of(new RoadmapStep(2025, 31, "Năm 2025: 28/104 xã", 28, 28, "27%"))));
        List<Assignment> assignments = List.of(
                duty("III#1", new Ref("III", 41), List.of("supply"), "cong-an-tinh", Role.LEAD, List.of("so-y-te"),
                        "Chủ trì đấu tranh, triệt xóa các đường dây mua bán trái phép chất ma túy"),
                duty("III#2", new Ref("III", 42), List.of(), "so-y-te", Role.COORDINATE, List.of("cong-an-tinh"),
                        "Phối hợp tổ chức xét nghiệm ma túy cho người nghiện"),
                duty("III#3", new Ref("III", 43), List.of("propaganda"), "doan-thanh-nien", Role.REQUESTED, List.of(),
                        "Đề nghị tuyên truyền về tác hại của ma túy trong thanh niên"),
                duty("II.2#1", new Ref("II.2", 32), List.of(), "co-so-cai-nghien", Role.LEAD, List.of(),
                        "Tổ chức cai nghiện bắt buộc"),
                duty("III#4", new Ref("III", 44), List.of("aftercare"), "cong-an-tinh", Role.LEAD, List.of(),
                        "Quản lý người sau cai nghiện tại nơi cư trú"));
        List<ReportingDuty> reports = List.of(new ReportingDuty("III#report", new Ref("III", 45),
                "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm", List.of("cong-an-tinh"),
                "UBND tỉnh", Frequency.YEARLY, MonthDay.of(12, 15), null));
        List<LegalBasis> bases = List.of(new LegalBasis("basis-1", new Ref(null, 3),
                "Luật Phòng, chống ma túy năm 2021", "73/2021/QH14", null, "Quốc hội"));
        List<UnitGroup> units = List.of(new UnitGroup("II.2/communes-2025", new Ref("II.2", 33),
                "Các xã phấn đấu đạt tiêu chí năm 2025",
                List.of(new UnitGroup.NamedUnit("xã Tống Trân", "xa"), new UnitGroup.NamedUnit("xã Chí Minh", "xa"))));
        return new Plan("hung-yen", "Kế hoạch phòng, chống ma túy tỉnh Hưng Yên", true, "UBND tỉnh Hưng Yên",
                new Locality("Hưng Yên", "province"), "12/KH-UBND", null, null, new PlanPeriod(2025, 2030),
                new SourceDocument("hung-yen.txt", "hung-yen.docx"), bases, agencies, sections, indicators, targets,
                roadmaps, List.of(), assignments, reports, units);
    }

    static Plan haNoi() {
        List<Agency> agencies = List.of(
                new Agency("cong-an-tinh", "Công an Thành phố", "police", "city", null),
                new Agency("so-gddt", "Sở Giáo dục và Đào tạo", "education", "city", null));
        List<Section> sections = List.of(new Section("II", "II.", "Nhiệm vụ trọng tâm", null, 5, null,
                List.of("propaganda")));
        List<Indicator> indicators = List.of(
                new Indicator("drug-free-commune-share", "Tỷ lệ xã, phường không ma túy", "%", Direction.HIGHER, null),
                new Indicator("school-session-share", "Tỷ lệ trường tổ chức tuyên truyền", "%", Direction.HIGHER, null));
        List<Target> targets = List.of(
                target("II/drug-free-commune-share", new Ref("II", 6), List.of(), "drug-free-commune-share",
                        "Đến năm 2030, 60% xã, phường không ma túy", Comparator.AT_LEAST, 60.0),
                target("II/school-session-share", new Ref("II", 7), List.of(), "school-session-share",
                        "100% trường học tổ chức tuyên truyền phòng, chống ma túy", Comparator.EQUAL, 100.0));
        List<Assignment> assignments = List.of(
                duty("II#1", new Ref("II", 8), List.of("supply"), "cong-an-tinh", Role.LEAD, List.of(),
                        "Chủ trì tấn công trấn áp tội phạm"),
                duty("II#2", new Ref("II", 9), List.of(), "cong-an-tinh", Role.LEAD, List.of("so-gddt"),
                        "Chủ trì rà soát người nghiện"),
                duty("II#3", new Ref("II", 10), List.of(), "so-gddt", Role.COORDINATE, List.of("cong-an-tinh"),
                        "Phối hợp tuyên truyền trong trường học"),
                duty("II#4", new Ref("II", 11), List.of(), "cong-an-tinh", Role.COORDINATE, List.of("so-gddt"),
                        "Phối hợp kiểm tra khu vực cổng trường"));
        return new Plan("ha-noi", "Kế hoạch phòng, chống ma túy Thành phố Hà Nội", true, "UBND Thành phố Hà Nội",
                new Locality("Hà Nội", "city"), null, null, null, new PlanPeriod(2026, 2030),
                new SourceDocument("ha-noi.txt", null), List.of(), agencies, sections, indicators, targets, List.of(),
                List.of(), assignments, List.of(), List.of());
    }

    static Plan bacNinh() {
        List<Agency> agencies = List.of(
                new Agency("cong-an-tinh", "Công an tỉnh Bắc Ninh", "police", "province", null),
                new Agency("hoi-phu-nu", "Hội Liên hiệp Phụ nữ tỉnh", "women-union", "province", null));
        List<Section> sections = List.of(new Section("V", "V.", "TỔ CHỨC THỰC HIỆN", null, 50, null, List.of()));
        List<Assignment> assignments = List.of(
                duty("V#1", new Ref("V", 51), List.of(), "hoi-phu-nu", Role.REQUESTED, List.of(),
                        "Đề nghị vận động hội viên phòng ngừa ma túy, nói rõ tác hại của nghiện cho gia đình"),
                duty("V#2", new Ref("V", 52), List.of(), "cong-an-tinh", Role.LEAD, List.of("hoi-phu-nu"),
                        "Chủ trì xây dựng lực lượng phòng, chống ma túy ở cơ sở"));
        return new Plan("bac-ninh", "Kế hoạch phòng, chống ma túy tỉnh Bắc Ninh", true, "UBND tỉnh Bắc Ninh",
                new Locality("Bắc Ninh", "province"), null, null, null, new PlanPeriod(2025, 2025),
                new SourceDocument("bac-ninh.txt", null), List.of(), agencies, sections, List.of(), List.of(),
                List.of(), List.of(), assignments, List.of(), List.of());
    }

    static Target target(String id, Ref ref, List<String> areas, String indicator, String text, Comparator c,
            Double value) {
        return new Target(id, ref, areas, indicator, text, null, c, value, null,
                c == Comparator.NONE ? TargetUnit.COUNT : TargetUnit.PERCENT, Measure.LEVEL, null, null,
                new Deadline(2030, false), null, null);
    }

    static Assignment duty(String id, Ref ref, List<String> areas, String agency, Role role, List<String> with,
            String text) {
        return new Assignment(id, ref, areas, agency, role, with, text, null, null);
    }
}
