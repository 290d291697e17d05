package vn.pcmt.draft.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Duties per body as plans word them (sentences written for the tests, in the phrasing of other provinces). */
class DutiesTest {
    @Test
    void aReportWithTwoRhythmsIsOneDutyPerRhythm() {
        Draft d = Plans.draft("V. TỔ CHỨC THỰC HIỆN",
                "2. Sở Tư pháp, Ủy ban nhân dân các xã, phường định kỳ 6 tháng, hằng năm báo cáo kết quả về Công an tỉnh.");
        assertEquals(List.of("so-tu-phap lead half-yearly", "ubnd-xa lead half-yearly", "so-tu-phap lead yearly", "ubnd-xa lead yearly"),
                Plans.duties(d));
        assertEquals(List.of("V.2#1/so-tu-phap", "V.2#1/ubnd-xa", "V.2#2/so-tu-phap", "V.2#2/ubnd-xa"),
                d.duties.stream().map(Draft.Duty::id).toList());
    }

    @Test
    void aDutyWithTwoDatesIsOneDutyPerDate() {
        Draft d = Plans.draft("V. TỔ CHỨC THỰC HIỆN",
                "1. Công an tỉnh tham mưu Ủy ban nhân dân tỉnh sơ kết 3 năm vào quý II/2028 và tổng kết vào quý IV/2030.");
        assertEquals(List.of("cong-an-tinh lead 2028-06-30", "cong-an-tinh lead 2030-12-31"), Plans.duties(d));
        d.duties.forEach(a -> assertEquals(true, d.line(a.line()).contains(a.due().text()), a.due().text()));
    }

    @Test
    void aTimeLabelThatNamesWhatItTimes() {
        Draft d = Plans.draft("III. NHIỆM VỤ, GIẢI PHÁP", "2. Điều tra số người sử dụng trái phép chất ma túy tại các bản vùng cao.",
                "Cơ quan chủ trì: Công an tỉnh; cơ quan phối hợp: Sở Y tế. Thời gian hoàn thành điều tra: quý III/2026.");
        assertEquals(List.of("cong-an-tinh lead 2026-09-30", "so-y-te coordinate 2026-09-30"), Plans.duties(d));
    }

    @Test
    void theDepartmentsThatSitOnTheSteeringCommittee() {
        Draft d = Plans.draft("V. TỔ CHỨC THỰC HIỆN",
                "1. Các sở, ngành thành viên Ban Chỉ đạo tỉnh, Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện.",
                "2. Công an tỉnh hướng dẫn các thành viên Ban Chỉ đạo tỉnh triển khai Kế hoạch. Các thành viên Ban Chỉ đạo tỉnh chủ động phối hợp.");
        assertEquals(List.of("cac-so-nganh lead", "ubnd-xa lead", "cong-an-tinh lead", "cac-so-nganh coordinate"), Plans.duties(d));
    }

    @Test
    void theLaterSentencesOfARequestAreRequestsToo() {
        Draft d = Plans.draft("IV. TỔ CHỨC THỰC HIỆN",
                "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân tố giác tội phạm ma túy. Hội Nông dân tỉnh, Tỉnh đoàn tuyên truyền trong hội viên, đoàn viên.",
                "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
                "Giám sát việc thực hiện Kế hoạch tại khu dân cư.",
                "11. Đề nghị Hội Cựu chiến binh tỉnh, yêu cầu Sở Nội vụ căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện.");
        assertEquals(List.of("mttq-tinh requested", "hoi-nong-dan requested", "doan-thanh-nien requested", "mttq-tinh requested",
                "doan-the-cac-cap requested", "hoi-cuu-chien-binh requested", "so-noi-vu lead"), Plans.duties(d));
    }
}
