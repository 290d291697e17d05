package vn.pcmt.report.internal;

import java.time.LocalDate;
import java.util.List;
import vn.pcmt.api.text.Numbers;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.report.ReportRound;

/** The wording shared by the three documents: heading, subject line, table headers, cells. */
final class Texts {
    private Texts() {}

    static final List<String> TARGET_HEADERS = List.of("STT", "Mục", "Chỉ tiêu", "Mục tiêu", "Thời hạn",
            "Dự kiến đến kỳ", "Thực hiện", "Tỷ lệ đạt (%)", "Đánh giá", "Ghi chú");
    static final List<String> TASK_HEADERS = List.of("Cơ quan chủ trì", "Số nhiệm vụ", "Đã hoàn thành",
            "Đang thực hiện", "Quá hạn", "Chưa triển khai");
    static final List<String> ROADMAP_HEADERS = List.of("Năm", "Kế hoạch (xã, phường)", "Đã công nhận", "Trên tổng số",
            "Đánh giá");
    static final List<String> UNIT_HEADERS = List.of("Mã", "Tên đơn vị", "Loại", "Không ma túy");
    static final List<String> ROUND_HEADERS = List.of("Hạn gửi", "Nhiệm vụ báo cáo", "Kỳ báo cáo", "Nơi nhận",
            "Tình trạng", "Ngày gửi", "Ghi chú");

    /**
     * The body that writes the report as a sentence names it: the setting {@code issuer} of
     * {@code config/vn.pcmt.report.cfg} as typed (a Ban Chỉ đạo, a department, a ward), else "Công an tỉnh Hưng Yên":
     * the police of the plan's locality, the standing agency for drug prevention (Luật Phòng, chống ma túy 2021), which
     * most plans charge with the six-monthly and yearly reports.
     */
    static String issuerName(ReportData d) {
        if (d.issuer() != null && !d.issuer().isBlank()) {
            return vn.pcmt.api.text.Text.nfc(d.issuer().strip());
        }
        Plan p = d.plan();
        if (p.locality() == null) {
            return "Cơ quan thường trực";
        }
        return "Công an " + ("city".equals(p.locality().level()) ? "thành phố " : "tỉnh ") + p.locality().name();
    }

    /** The same in the heading's capitals: "CÔNG AN TỈNH HƯNG YÊN". */
    static String issuingBody(ReportData d) {
        return issuerName(d).toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    /** The issuer's part of the document symbol (Số: …/BC-CAT): the setting {@code symbol}, else CAT (or CQTT). */
    static String symbol(ReportData d) {
        if (d.symbol() != null && !d.symbol().isBlank()) {
            return d.symbol().strip();
        }
        if (d.issuer() != null && !d.issuer().isBlank()) {
            return "CQTT"; // a body of its own choosing and no symbol set: the neutral "cơ quan thường trực"
        }
        return d.plan().locality() == null ? "CQTT" : "CAT";
    }

    /** "Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 15/8/2025 của UBND tỉnh Hưng Yên 6 tháng đầu năm 2026". */
    static String subject(Plan p, ReportPeriod period) {
        return "Kết quả thực hiện Kế hoạch" + (p.documentNumber() == null ? "" : " số " + p.documentNumber())
                + (p.documentDate() == null ? "" : " ngày " + dmy(p.documentDate())) + " của " + p.issuer() + " "
                + period.vietnamese();
    }

    /** "Hưng Yên, ngày 14 tháng 12 năm 2026". */
    static String placeAndDate(Plan p, LocalDate d) {
        return (p.locality() == null ? "" : p.locality().name() + ", ") + "ngày " + pad(d.getDayOfMonth()) + " tháng "
                + pad(d.getMonthValue()) + " năm " + d.getYear();
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** 15/8/2025 (no leading zeros, as the decree's examples). */
    static String dmy(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    static String num(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? Numbers.format(d) : String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',');
    }

    static String deadline(TargetProgress t) {
        return t.target().deadline() == null ? "hết kỳ kế hoạch" : Integer.toString(t.target().deadline().year());
    }

    static String targetName(Plan p, TargetProgress t) {
        return p.indicator(t.target().indicator()).map(i -> i.name()).filter(n -> n != null && !n.isBlank())
                .orElse(t.target().text());
    }

    static String status(TargetProgress t) {
        return t.progressStatus().vietnamese();
    }

    static String note(TargetProgress t) {
        if (t.note() == null) {
            return "";
        }
        return t.note().replaceAll("(\\d+) of (\\d+) communes imported", "mới nhập $1/$2 xã, phường")
                .replace(" against a target of 0", " (chỉ tiêu: 0)").replaceAll("due (\\d{4}), not met", "đến hạn $1, chưa đạt");
    }

    static String roundState(ReportRound r) {
        return switch (r.state()) {
            case SENT -> "Đã gửi" + (r.daysLate() > 0 ? " (muộn " + r.daysLate() + " ngày)" : "");
            case DUE -> r.daysToDue() == 0 ? "Đến hạn hôm nay" : "Còn " + r.daysToDue() + " ngày";
            case MISSED -> "Quá hạn " + -r.daysToDue() + " ngày, chưa gửi";
        };
    }

    static String unitKind(String kind) {
        return switch (kind) {
            case "xa" -> "Xã";
            case "phuong" -> "Phường";
            case "dac-khu" -> "Đặc khu";
            default -> kind;
        };
    }

    static String roadmapStatus(String s) {
        return switch (s) {
            case "achieved" -> "Đạt";
            case "off track" -> "Không đạt";
            case "in progress" -> "Đang thực hiện";
            default -> "Chưa đến kỳ";
        };
    }

    /** Headed places the office writes itself. */
    static final List<String[]> NARRATIVE_BEFORE = List.<String[]>of(new String[] {"I. TÌNH HÌNH CHUNG",
        "[Cơ quan thường trực viết: tình hình tội phạm, tệ nạn ma túy trên địa bàn trong kỳ; công tác lãnh đạo, chỉ"
            + " đạo; các văn bản đã ban hành.]"});
    static final List<String[]> NARRATIVE_AFTER = List.of(
            new String[] {"VI. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "[Cơ quan thường trực viết: những chỉ tiêu, nhiệm vụ"
                + " chưa đạt, chậm tiến độ nêu ở trên và nguyên nhân.]"},
            new String[] {"VII. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "[Cơ quan thường trực viết.]"},
            new String[] {"VIII. KIẾN NGHỊ, ĐỀ XUẤT", "[Cơ quan thường trực viết.]"});
}
