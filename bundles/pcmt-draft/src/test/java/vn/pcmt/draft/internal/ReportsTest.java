package vn.pcmt.draft.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting duties as the "Chế độ báo cáo" part of a plan words them (sentences written for the tests). */
class ReportsTest {
    @Test
    void eachRhythmWithItsDayInBrackets() {
        Draft d = Plans.draft("V. CHẾ ĐỘ BÁO CÁO",
                "Các sở, ngành, Ủy ban nhân dân các xã báo cáo kết quả định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12) về Công an tỉnh.");
        assertEquals(List.of("half-yearly 06-10 null", "yearly 12-10 null"), Plans.reports(d));
    }

    @Test
    void aDatedDayIsNotReadAsADayAndMonth() {
        // "20/12/2026" once read as 20 January (the "1" of "12" taken for the month)
        Draft d = Plans.draft("V. CHẾ ĐỘ BÁO CÁO",
                "Công an tỉnh tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả 6 tháng trước ngày 25/6/2026 và kết quả năm trước ngày 18/12/2026.");
        assertEquals(List.of("half-yearly 06-25 2026-06-25", "yearly 12-18 2026-12-18"), Plans.reports(d));
        assertEquals("Ủy ban nhân dân tỉnh", d.reports.get(0).to());
    }

    @Test
    void aLaterClauseWithAReportOfItsOwn() {
        Draft d = Plans.draft("V. CHẾ ĐỘ BÁO CÁO",
                "Sở Y tế báo cáo định kỳ hằng quý về Công an tỉnh; tham mưu sơ kết 01 năm, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/01/2027.");
        assertEquals(List.of("quarterly null null", "once null 2027-01-15"), Plans.reports(d));
    }
}
