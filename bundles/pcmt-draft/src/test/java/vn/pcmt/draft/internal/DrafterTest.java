package vn.pcmt.draft.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drafting rules on short documents written for each convention (none of them from the shipped plans). */
class DrafterTest {
    private static final List<String> HEAD = List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "Số: 12/KH-UBND",
            "Điện Biên, ngày 02 tháng 2 năm 2026", "KẾ HOẠCH", "Phòng, chống ma túy năm 2026 trên địa bàn tỉnh Điện Biên");

    private static Draft draft(String... body) {
        List<String> lines = new ArrayList<>(HEAD);
        lines.addAll(List.of(body));
        return Drafter.draft(lines, null, List.of());
    }

    private static String t(Draft.Target t) {
        return t.comparator() + " " + (t.value() == null ? "-" : Compare.formatted(t).replaceAll("[^0-9.]", "")) + " "
                + (t.year() == null ? "-" : t.year());
    }

    @Test
    void aSubjectLineStartingThucHienIsTheTitleAndABasisIsNot() {
        Draft d = Drafter.draft(List.of("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số: 58/KH-UBND",
                "Sơn La, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH",
                "Thực hiện mục tiêu xã, phường không ma túy trên địa bàn tỉnh Sơn La giai đoạn 2026 - 2030",
                "Căn cứ Luật Phòng, chống ma túy năm 2021;", "I. MỤC ĐÍCH, YÊU CẦU"), null, List.of());
        assertEquals("Thực hiện mục tiêu xã, phường không ma túy trên địa bàn tỉnh Sơn La giai đoạn 2026 - 2030",
                d.title);
        d = Drafter.draft(List.of("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số: 58/KH-UBND",
                "Sơn La, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH",
                "Thực hiện Nghị quyết số 93/NQ-CP ngày 16/4/2025 của Chính phủ;", "I. MỤC ĐÍCH, YÊU CẦU"), null,
                List.of());
        assertEquals("KẾ HOẠCH", d.title, "a basis ending its clause is not the subject");
    }

    @Test
    void headerBlock() {
        Draft d = draft("I. MỤC TIÊU", "Đến năm 2030 có ít nhất 50% xã, phường không ma túy.");
        assertEquals("Ủy ban nhân dân tỉnh Điện Biên", d.issuer);
        assertEquals("12/KH-UBND", d.documentNumber);
        assertEquals(LocalDate.of(2026, 2, 2), d.documentDate);
        assertEquals("Điện Biên", d.localityName);
        assertEquals("Phòng, chống ma túy năm 2026 trên địa bàn tỉnh Điện Biên", d.title);
        assertEquals("dien-bien-2026", d.id);
        assertEquals(2026, d.from);
        assertEquals(2030, d.to);
    }

    @Test
    void comparatorsAndYears() {
        Draft d = draft("II. MỤC TIÊU", "2. Chỉ tiêu cụ thể",
                "- Trên 80% trường học tổ chức tuyên truyền; không dưới 90% người nghiện được lập hồ sơ trong năm 2026.",
                "- Hết năm 2027, 100% xã, phường được rà soát.",
                "- Giảm từ 10% đến 15% tỷ lệ tái nghiện so với hiện nay.",
                "- Không để xảy ra tình trạng trồng cây có chứa chất ma túy.",
                "- Đến năm 2030, tối thiểu 40% xã đạt tiêu chí không ma túy.");
        List<String> got = d.targets.stream().map(DrafterTest::t).toList();
        assertEquals(List.of("more-than 80 -", "at-least 90 2026", "equal 100 2027", "between 10 -", "none - -",
                "at-least 40 2030"), got);
    }

    @Test
    void yearOfTheSectionHeadingIsImplied() {
        Draft d = draft("II. MỤC TIÊU ĐẾN NĂM 2030", "- 100% cơ sở cai nghiện công lập bảo đảm điều kiện theo quy định.");
        assertEquals(2030, d.targets.get(0).year());
        assertTrue(d.targets.get(0).implied());
    }

    @Test
    void roadmapSentence() {
        Draft d = draft("II. MỤC TIÊU", "Lộ trình: năm 2026: 10 xã; năm 2027: 16 xã; năm 2028: 22 xã.");
        assertEquals(1, d.roadmaps.size());
        assertEquals(List.of(10, 16, 22), d.roadmaps.get(0).steps().stream().map(Draft.Step::value).toList());
    }

    @Test
    void aParagraphCutByAPageBreakIsJoinedAndNoted() {
        Draft d = draft("II. MỤC TIÊU", "- Đến năm 2030 phấn đấu đạt", "ít nhất 50% xã, phường không ma túy.");
        assertTrue(d.lines.contains("- Đến năm 2030 phấn đấu đạt ít nhất 50% xã, phường không ma túy."), d.lines.toString());
        assertTrue(d.findings.stream().anyMatch(f -> f.contains("ngắt trang")), d.findings.toString());
        assertEquals("at-least 50 2030", t(d.targets.get(0)));
    }

    @Test
    void rolesOneDutyPerBody() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP",
                "1. Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuần tra khu vực biên giới.",
                "2. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp đẩy nhanh việc xét xử.",
                "3. Sở Y tế:", "- Phối hợp với Công an tỉnh xác định tình trạng nghiện.", "- Mở rộng điều trị Methadone.");
        List<String> got = d.duties.stream().map(x -> x.agency() + " " + x.role()).toList();
        assertEquals(List.of("bchqs-tinh lead", "bdbp-tinh coordinate", "vks-tinh requested", "toa-an-tinh requested",
                "so-y-te coordinate", "so-y-te lead"), got);
    }

    @Test
    void deadlines() {
        assertEquals(LocalDate.of(2025, 12, 31), Deadlines.due("Hoàn thành trong quý IV/2025.").date());
        assertEquals(LocalDate.of(2026, 6, 30), Deadlines.due("hoàn thành trong tháng 6/2026").date());
        assertEquals(LocalDate.of(2025, 8, 31), Deadlines.due("(Hoàn thành trước ngày 31/8/2025)").date());
        Draft.Due done = Deadlines.due("(đã hoàn thành trong tháng 4/2026)");
        assertEquals(LocalDate.of(2026, 4, 30), done.date());
        assertTrue(done.done());
        assertNull(Deadlines.due("Thực hiện thường xuyên."));
    }

    @Test
    void reportingDates() {
        Draft d = draft("V. TỔ CHỨC THỰC HIỆN",
                "Các sở, ban, ngành báo cáo kết quả định kỳ 6 tháng, 1 năm (trước ngày 15/6; trước ngày 15/12) về Ủy ban nhân dân tỉnh (qua Công an tỉnh).",
                "Ngày 20 hằng tháng, Sở Y tế gửi danh sách người điều trị Methadone về Công an tỉnh.");
        List<String> got = d.reports.stream().map(r -> r.frequency() + " " + r.dueMonthDay() + " " + r.to()).toList();
        assertEquals(List.of("half-yearly 06-15 Ủy ban nhân dân tỉnh (qua Công an tỉnh)",
                "yearly 12-15 Ủy ban nhân dân tỉnh (qua Công an tỉnh)", "monthly null Công an tỉnh"), got);
        assertEquals(List.of("cac-so-nganh"), d.reports.get(0).from());
    }

    @Test
    void everyQuoteIsOnItsLine() {
        Draft d = draft("II. MỤC TIÊU", "a) Hết năm 2026, 100% xã được rà soát; không để phát sinh điểm nóng.",
                "III. NHIỆM VỤ", "1. Công an tỉnh", "- Tổ chức cao điểm, hoàn thành trước ngày 30/9/2026.");
        d.targets.forEach(t -> assertTrue(d.line(t.line()).contains(t.text()), t.text()));
        d.duties.forEach(a -> assertTrue(d.line(a.line()).contains(a.text()), a.text()));
        d.duties.forEach(a -> assertTrue(a.due() == null || d.line(a.line()).contains(a.due().text())));
    }

    private static List<String> duties(Draft d) {
        return d.duties.stream().map(x -> x.agency() + " " + x.role()).toList();
    }

    @Test
    void bodiesNamedInsideAParagraph() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP",
                "1. Rà soát các cơ sở kinh doanh dịch vụ karaoke, giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh, Sở Y tế và Sở LĐ-TB&XH kiểm tra định kỳ.",
                "2. Căn cứ Kế hoạch này, các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện.",
                "3. Tăng cường tuần tra khu vực biên giới; Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với BCH BĐBP tỉnh tổ chức tuần tra. Đề nghị VKSND tỉnh, TAND tỉnh phối hợp xét xử lưu động.");
        assertEquals(List.of("so-vhttdl lead", "cong-an-tinh coordinate", "so-y-te coordinate", "so-ldtbxh coordinate",
                "cac-so-nganh lead", "ubnd-xa lead",
                "bchqs-tinh lead", "vks-tinh requested", "toa-an-tinh requested", "bdbp-tinh coordinate"), duties(d));
    }

    @Test
    void aBodyAfterAPrepositionIsNoSubject() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP",
                "1. Tổ chức tuyên truyền tại trường học; báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.",
                "2. Hướng dẫn người dân phối hợp với Công an xã tố giác tội phạm.");
        assertEquals(List.of(), duties(d));
    }

    @Test
    void aPlanOfABanChiDaoIsItsOwnToCarryOut() {
        List<String> lines = List.of("BAN CHỈ ĐẠO 138", "TỈNH LAI CHÂU", "Số: 05/KH-BCĐ", "Lai Châu, ngày 10 tháng 1 năm 2026",
                "KẾ HOẠCH", "Công tác phòng, chống ma túy năm 2026", "I. NHIỆM VỤ TRỌNG TÂM",
                "- Mở đợt cao điểm tấn công trấn áp tội phạm ma túy (hoàn thành trong quý II/2026).",
                "- Sở Y tế tổ chức điều trị Methadone.", "II. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "- Sở Tư pháp;", "TRƯỞNG BAN");
        Draft d = Drafter.draft(lines, null, List.of());
        assertEquals(List.of("bcd-138 lead", "so-y-te lead"), duties(d));
        assertEquals(LocalDate.of(2026, 6, 30), d.duties.get(0).due().date());
    }

    @Test
    void aDocumentSignedTruongBanHasItsCommitteeAsIssuer() {
        List<String> lines = List.of("- Kiện toàn Tổ công tác liên ngành.", "1. Tuyên truyền",
                "- Tổ chức tọa đàm tại các trường học.", "2. Kiểm tra",
                "- Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh kiểm tra tại 5 huyện.",
                "TRƯỞNG BAN");
        Draft d = Drafter.draft(lines, null, List.of());
        assertTrue(Fold.fold(d.issuer).startsWith("ban chi dao phong, chong toi pham"), d.issuer);
        assertEquals(List.of("bcd-138 lead", "bcd-138 lead", "bcd-138 lead"), duties(d));
        assertEquals("fragment", d.duties.get(0).section());
    }

    @Test
    void bodiesOverBulletsWithNoLabel() {
        Draft d = draft("III. TỔ CHỨC THỰC HIỆN", "1. Các địa phương",
                "Ủy ban nhân dân 12 xã biên giới (gồm các xã ở huyện Mường Nhé) thực hiện các nhiệm vụ sau:",
                "- Lập danh sách người nghiện, hoàn thành chậm nhất ngày 15/5/2026.", "Các sở, ngành có trách nhiệm theo dõi.");
        assertEquals(List.of("ubnd-12-xa lead", "cac-so-nganh lead"), duties(d));
        assertEquals(LocalDate.of(2026, 5, 15), d.duties.get(0).due().date());
    }

    @Test
    void noDutiesInTheRecipientBlock() {
        Draft d = draft("III. TỔ CHỨC THỰC HIỆN", "1. Công an tỉnh chủ trì theo dõi.", "Nơi nhận:", "- Sở Nội vụ;",
                "- UBND các xã, phường;");
        assertEquals(List.of("cong-an-tinh lead"), duties(d));
    }

    @Test
    void moreDeadlines() {
        assertEquals(LocalDate.of(2026, 9, 30), Deadlines.due("Báo cáo trước ngày 30 tháng 9 năm 2026.").date());
        assertEquals(LocalDate.of(2026, 11, 15), Deadlines.due("nộp hồ sơ chậm nhất ngày 15/11/2026").date());
        assertEquals(LocalDate.of(2027, 6, 30), Deadlines.due("hoàn thành trong 6 tháng đầu năm 2027").date());
        assertEquals(LocalDate.of(2026, 12, 31), Deadlines.due("Thời gian thực hiện: năm 2026.").date());
        assertEquals(LocalDate.of(2026, 9, 30), Deadlines.due("triển khai trong quý III/2026").date());
        assertEquals(LocalDate.of(2026, 10, 31), Deadlines.due("tổ chức trong tháng 10/2026").date());
        assertEquals(LocalDate.of(2026, 12, 31), Deadlines.due("hoàn thành trong năm 2026").date());
        assertNull(Deadlines.due("Nghị quyết ban hành ngày 30/9/2024."));
    }

    @Test
    void reportsInTheirSentences() {
        Draft d = draft("V. TỔ CHỨC THỰC HIỆN",
                "1. Các sở, ngành xây dựng kế hoạch gửi về Ban Chỉ đạo 138 tỉnh (qua Công an tỉnh). Định kỳ 6 tháng, 1 năm báo cáo kết quả trước ngày 10/6 và 10/12.",
                "2. Sở Y tế báo cáo số người điều trị trước ngày 25 hằng tháng về Công an tỉnh.",
                "3. Ủy ban nhân dân các xã định kỳ hằng tháng, hằng quý nghe báo cáo tình hình.",
                "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân tỉnh để xem xét.");
        List<String> got = d.reports.stream().map(r -> r.frequency() + " " + r.dueMonthDay()).toList();
        assertEquals(List.of("once null", "half-yearly 06-10", "yearly 12-10", "monthly null"), got);
        assertEquals("Ban Chỉ đạo 138 tỉnh (qua Công an tỉnh)", d.reports.get(1).to());
    }

    private static List<String> dutiesDue(Draft d) {
        return d.duties.stream().map(x -> x.agency() + " " + x.role() + " " + (x.due() == null ? "-" : x.due().date())
                + " L" + x.line()).toList();
    }

    @Test
    void aTaskFollowedByItsResponsibilityLine() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP",
                "1. Tổ chức đợt cao điểm kiểm tra các cơ sở kinh doanh có điều kiện về an ninh, trật tự.",
                "Cơ quan chủ trì: Công an tỉnh; cơ quan phối hợp: Sở Y tế, Sở Tư pháp, UBND các xã, phường; Thời gian thực hiện: trong quý III/2026.",
                "2. Rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn.",
                "Cơ quan chủ trì: Ủy ban nhân dân các xã, phường; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp; Thời hạn: trước ngày 15/10/2026.");
        assertEquals(List.of("cong-an-tinh lead 2026-09-30 L8", "so-y-te coordinate 2026-09-30 L8", "so-tu-phap coordinate 2026-09-30 L8",
                "ubnd-xa coordinate 2026-09-30 L8", "ubnd-xa lead 2026-10-15 L10", "mttq-tinh requested 2026-10-15 L10"), dutiesDue(d));
        // the quote is the task, not the responsibility line
        assertTrue(d.duties.get(0).text().startsWith("Tổ chức đợt cao điểm"), d.duties.get(0).text());
        d.duties.forEach(a -> assertTrue(d.line(a.line()).contains(a.text()), a.text()));
        // the deadline's wording is on the responsibility line, not the task's: the date is kept, the wording left out
        d.duties.forEach(a -> assertNull(a.due().text()));
    }

    @Test
    void aResponsibilityBlockOverSeveralLines() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP", "2. Nhiệm vụ cụ thể",
                "a) Xây dựng mô hình phòng, chống ma túy tại cộng đồng dân cư",
                "- Cơ quan chủ trì: Sở Nội vụ.", "- Cơ quan phối hợp: Công an tỉnh, Hội Liên hiệp Phụ nữ tỉnh.",
                "- Thời gian hoàn thành: tháng 11/2026.", "- Sản phẩm: Quyết định công nhận mô hình.",
                "b) Tập huấn nghiệp vụ cho cán bộ làm công tác cai nghiện",
                "Chủ trì: Sở Y tế", "Phối hợp: Sở Giáo dục và Đào tạo", "Thời hạn: thường xuyên",
                "c) Kiểm tra việc thực hiện kế hoạch", "- Đơn vị thực hiện: Bộ Chỉ huy Quân sự tỉnh", "- Thời gian thực hiện: năm 2027");
        assertEquals(List.of("so-noi-vu lead 2026-11-30 L9", "cong-an-tinh coordinate 2026-11-30 L9", "hoi-phu-nu coordinate 2026-11-30 L9",
                "so-y-te lead - L14", "so-gddt coordinate - L14", "bchqs-tinh lead 2027-12-31 L18"), dutiesDue(d));
    }

    @Test
    void aDeadlineLineGivesTheTaskAboveItsDate() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP", "1. Sở Văn hóa, Thể thao và Du lịch tổ chức liên hoan tuyên truyền phòng, chống ma túy.",
                "Thời gian thực hiện: quý II/2027.");
        assertEquals(List.of("so-vhttdl lead 2027-06-30 L8"), dutiesDue(d));
    }

    @Test
    void aTaskTableInAnAnnex() {
        Draft d = draft("III. TỔ CHỨC THỰC HIỆN", "1. Công an tỉnh chủ trì theo dõi.", "Nơi nhận:", "- Sở Nội vụ;", "CHỦ TỊCH",
                "PHỤ LỤC", "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
                "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm",
                "I | Công tác phòng ngừa | | | |",
                "1 | Tuyên truyền tại các trường học | Sở Giáo dục và Đào tạo | Tỉnh đoàn, Công an tỉnh | Tháng 9/2026 | Báo cáo",
                "2 | Xét xử lưu động các vụ án về ma túy | Đề nghị Tòa án nhân dân tỉnh | Viện kiểm sát nhân dân tỉnh | Quý IV/2026 | Phiên tòa");
        assertEquals(List.of("cong-an-tinh lead - L8", "so-gddt lead 2026-09-30 L16", "doan-thanh-nien coordinate 2026-09-30 L16",
                "cong-an-tinh coordinate 2026-09-30 L16", "toa-an-tinh requested 2026-12-31 L17", "vks-tinh coordinate 2026-12-31 L17"), dutiesDue(d));
        assertEquals("Tuyên truyền tại các trường học", d.duties.get(1).text());
    }

    @Test
    void aTaskTableInPlainTextWithTabs() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP", "STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn",
                "1\tKiểm tra các cơ sở cai nghiện\tSở Y tế\tCông an tỉnh\t30/11/2026",
                "2\tSơ kết 6 tháng\tBan Chỉ đạo 138 tỉnh\t\tThường xuyên");
        assertEquals(List.of("so-y-te lead 2026-11-30 L9", "cong-an-tinh coordinate 2026-11-30 L9", "bcd-138 lead - L10"), dutiesDue(d));
        d.duties.forEach(a -> assertTrue(d.line(a.line()).contains(a.text()), a.text()));
    }

    @Test
    void aRoadmapTableWithTabs() {
        Draft d = draft("II. MỤC TIÊU", "- Đến năm 2030, 70% xã, phường đạt tiêu chí không ma túy, cụ thể:",
                "Năm\tSố xã, phường đạt tiêu chí không ma túy\tTỷ lệ (%)", "2026\t14\t15,2", "2027\t25\t27,2", "2028\t37\t40,2");
        assertEquals(1, d.roadmaps.size());
        assertEquals(List.of(2026, 2027, 2028), d.roadmaps.get(0).steps().stream().map(Draft.Step::year).toList());
        assertEquals(List.of(14, 25, 37), d.roadmaps.get(0).steps().stream().map(Draft.Step::value).toList());
        assertEquals(List.of("equal 70 2030"), d.targets.stream().map(DrafterTest::t).toList());
    }

    @Test
    void targetsTakeTheYearOfAnUnlabelledHeading() {
        Draft d = draft("II. MỤC TIÊU", "Chỉ tiêu năm 2026:", "- 100% trường học tổ chức tuyên truyền về phòng, chống ma túy.",
                "- Phấn đấu 95% người nghiện được lập hồ sơ quản lý đến năm 2027.", "Chỉ tiêu đến năm 2030",
                "- Tối thiểu 60% xã, phường đạt tiêu chí không ma túy.");
        assertEquals(List.of("equal 100 2026", "at-least 95 2027", "at-least 60 2030"), d.targets.stream().map(DrafterTest::t).toList());
        assertTrue(d.targets.get(0).implied());
    }

    @Test
    void responsibilityLabelsInsideTheTaskParagraph() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP",
                "3. Tổ chức tập huấn cho báo cáo viên cấp xã (Cơ quan chủ trì: Ban Tuyên giáo và Dân vận Tỉnh ủy; cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; thời gian: tháng 5/2026).");
        assertEquals("so-vhttdl coordinate 2026-05-31 L8", dutiesDue(d).get(1));
        assertEquals("lead", d.duties.get(0).role());
        assertEquals(2, d.duties.size());
    }

    @Test
    void aDateWithNoYearTakesTheYearOfItsContext() {
        Draft.Due d = Deadlines.due("Sở Tư pháp hoàn thành rà soát văn bản trước ngày 30/9.", 2026);
        assertEquals(LocalDate.of(2026, 9, 30), d.date());
        assertTrue(d.implied());
        assertEquals(LocalDate.of(2026, 10, 15), Deadlines.due("nộp kết quả trước 15/10", 2026).date());
        // the year named earlier in the same item wins over the plan's
        assertEquals(LocalDate.of(2027, 9, 30), Deadlines.due("Năm 2027, Công an tỉnh Sơn La tổ chức diễn tập, hoàn thành trong quý III.", 2026).date());
        assertEquals(LocalDate.of(2026, 9, 30), Deadlines.due("Tổ chức hội thi tìm hiểu pháp luật trong quý III.", 2026).date());
        assertNull(Deadlines.due("tổ chức kiểm tra trong quý III.", null));
        // a date that prints its year is not implied
        assertTrue(!Deadlines.due("hoàn thành trước ngày 30/9/2026", 2025).implied());
        // a repeated duty has no single date
        assertNull(Deadlines.due("Sở Nội vụ tổng hợp trước ngày 15/12 hằng năm.", 2026));
    }

    @Test
    void moreDeadlineWordings() {
        assertEquals(LocalDate.of(2027, 12, 31), Deadlines.due("duy trì mô hình đến hết năm 2027").date());
        assertEquals(LocalDate.of(2026, 10, 31), Deadlines.due("ban hành quy chế chậm nhất tháng 10/2026").date());
        assertNull(Deadlines.due("Thực hiện hằng năm."));
        assertNull(Deadlines.due("Thời gian thực hiện: giai đoạn 2026 - 2030.", 2026));
        assertNull(Deadlines.due("Thời gian: thường xuyên.", 2026));
    }

    @Test
    void aDutyWhoseDeadlineYearIsTakenFromThePlanIsLessSure() {
        Draft d = draft("III. NHIỆM VỤ, GIẢI PHÁP",
                "1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức liên hoan tuyên truyền, hoàn thành trước ngày 30/10.",
                "2. Sở Văn hóa, Thể thao và Du lịch chủ trì rà soát cơ sở karaoke, hoàn thành trước ngày 30/10/2026.",
                "3. Rà soát người sử dụng trái phép chất ma túy.", "- Thời gian hoàn thành: Quý II.", "- Cơ quan chủ trì: Công an tỉnh.");
        assertEquals(LocalDate.of(2026, 10, 30), d.duties.get(0).due().date());
        assertTrue(d.duties.get(0).meta().confidence() < d.duties.get(1).meta().confidence());
        Draft.Duty labelled = d.duties.stream().filter(x -> x.agency().equals("cong-an-tinh")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 6, 30), labelled.due().date());
    }

    private static List<String> reports(Draft d) {
        return d.reports.stream().map(r -> r.frequency() + " " + (r.dueMonthDay() != null ? r.dueMonthDay() : r.dueDate()) + " " + r.to()).toList();
    }

    @Test
    void reportsOfEveryRhythm() {
        Draft d = draft("IV. TỔ CHỨC THỰC HIỆN",
                "1. Sở Y tế báo cáo hằng tháng số người điều trị Methadone về Công an tỉnh (qua Phòng PC04).",
                "2. Các sở, ngành, địa phương báo cáo quý trước ngày 15 của tháng cuối quý gửi UBND tỉnh.",
                "3. Ủy ban nhân dân các xã tổ chức sơ kết 6 tháng, tổng kết năm, báo cáo trước ngày 15/6 và 15/12 về Ban Chỉ đạo tỉnh (qua Cơ quan thường trực).",
                "4. Sở Giáo dục và Đào tạo báo cáo tổng kết năm học trước ngày 10/12 hằng năm về Ủy ban nhân dân tỉnh.");
        assertEquals(List.of("monthly null Công an tỉnh (qua Phòng PC04)", "quarterly null UBND tỉnh",
                "half-yearly 06-15 Ban Chỉ đạo tỉnh (qua Cơ quan thường trực)", "yearly 12-15 Ban Chỉ đạo tỉnh (qua Cơ quan thường trực)",
                "yearly 12-10 Ủy ban nhân dân tỉnh"), reports(d));
        assertEquals(List.of("cac-so-nganh"), d.reports.get(1).from().subList(0, 1));
    }

    @Test
    void oneOffReportsWithTheirDate() {
        Draft d = draft("IV. TỔ CHỨC THỰC HIỆN",
                "1. Công an tỉnh báo cáo kết quả đợt cao điểm trước ngày 30/11/2026.",
                "2. Ban Chỉ đạo tỉnh tổ chức sơ kết giữa kỳ vào quý IV/2028.",
                "3. Ủy ban nhân dân tỉnh tổng kết giai đoạn 2026 - 2030 vào năm 2030.",
                "4. Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh tổ chức tổng kết công tác trong năm 2027.",
                "5. Sở Tư pháp báo cáo kết quả rà soát trước ngày 20/10 về Ủy ban nhân dân tỉnh.");
        assertEquals(List.of("once 2026-11-30 null", "once 2028-12-31 null", "once 2030-12-31 null",
                "once 2026-10-20 Ủy ban nhân dân tỉnh"), reports(d));
        // the year of the last one is the plan's, not printed: less sure than the same report with a year
        assertTrue(d.reports.get(3).meta().confidence() < 0.8);
    }

    @Test
    void aRuleOfThePlanIsNoQuarterlyReport() {
        Draft d = draft("IV. TỔ CHỨC THỰC HIỆN", "Định kỳ 6 tháng, năm, Sở Công Thương báo cáo theo quy định về Ủy ban nhân dân tỉnh.");
        assertEquals(List.of("half-yearly null Ủy ban nhân dân tỉnh", "yearly null Ủy ban nhân dân tỉnh"), reports(d));
    }
}
