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

    private static List<String> steps(Draft d) {
        return d.roadmaps.stream().flatMap(r -> r.steps().stream().map(x -> r.of() + ":" + x.year() + "=" + x.value()
                + (x.minNew() == null ? "" : "+" + x.minNew()) + (x.statedShare() == null ? "" : " " + x.statedShare())))
                .toList();
    }

    @Test
    void aRoadmapTableIsReadByItsHeaderPastARowNumber() {
        // an STT column first, the share before the cumulative count, cells separated by tabs as a .txt gives them
        Draft d = Plans.draft("II. MỤC TIÊU", "2. Lộ trình", "STT\tNăm\tTỷ lệ lũy kế\tSố xã đạt mới\tLũy kế số xã đạt",
                "1\t2027\t25,0%\t15\t15", "2\t2028\t50,0%\t15\t30", "3\t2029\t75,0%\t15\t45",
                "III. NHIỆM VỤ");
        assertEquals(List.of("60:2027=15+15 25,0%", "60:2028=30+15 50,0%", "60:2029=45+15 75,0%"), steps(d));
    }

    @Test
    void aTableWithOneCountColumnCountsWhatIsToBeReached() {
        // as a .docx gives a table: cells joined by " | "
        Draft d = Plans.draft("II. MỤC TIÊU", "Năm | Số xã, phường đạt chuẩn", "2026 | 12/80", "2027 | 20/80",
                "III. NHIỆM VỤ");
        assertEquals(List.of("80:2026=12", "80:2027=20"), steps(d));
        assertEquals("2026 | 12/80", d.roadmaps.get(0).steps().get(0).text(), "the quote is the row as the text has it");
    }

    @Test
    void aTableOfOtherFiguresIsNoRoadmap() {
        Draft d = Plans.draft("II. MỤC TIÊU", "Năm | Kinh phí (triệu đồng)", "2026 | 500", "2027 | 650",
                "III. NHIỆM VỤ");
        assertEquals(List.of(), steps(d));
    }
}
