package vn.pcmt.draft.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets as plans word them (sentences written for the tests). */
class TargetsTest {
    private static List<String> targets(Draft d) {
        return d.targets.stream().map(t -> t.comparator() + " " + (t.value() == null ? "-" : String.valueOf(t.value().intValue()))
                + " " + (t.year() == null ? "-" : t.year())).toList();
    }

    @Test
    void theYearATargetIsMeasuredAgainstIsNotItsYear() {
        Draft d = Plans.draft("II. MỤC TIÊU", "1. Chỉ tiêu năm 2026",
                "a) Số vụ phạm tội về ma túy bị phát hiện cao hơn năm 2025 ít nhất 8%.",
                "b) Đến năm 2030, số người sử dụng trái phép chất ma túy giảm ít nhất 12% so với năm 2024.");
        assertEquals(List.of("at-least 8 2026", "at-least 12 2030"), targets(d));
    }

    @Test
    void aCountEachUnitOfAShareMustReachIsNoTargetOfItsOwn() {
        Draft d = Plans.draft("II. MỤC TIÊU",
                "- Đến năm 2028, 100% trường trung học phổ thông tổ chức ít nhất 02 buổi ngoại khóa về phòng, chống ma túy mỗi năm học.",
                "- Đến năm 2028, xây dựng ít nhất 15 mô hình phòng, chống ma túy tại cộng đồng.");
        assertEquals(List.of("equal 100 2028", "at-least 15 2028"), targets(d));
    }
}
