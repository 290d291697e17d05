package vn.pcmt.draft.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a target counts, matched to the indicator catalogue of the plan format (docs/plan-format.md, "indicators")
 * by the words of the national programme's indicators (Quyết định 1295/QĐ-TTg, Nghị quyết 163/2024/QH15); a
 * target none of them fits gets an indicator of its own, named by its clause.
 */
final class Indicators {
    private record Rule(String id, String unit, String direction, Pattern words, String name) {}

    private static final List<Rule> RULES = List.of(
            r("drug-free-commune-share", "percent", "higher", "(xa|phuong|don vi hanh chinh cap xa|dia ban).*khong (co )?(te nan )?ma tuy", "tỷ lệ xã, phường không ma túy"),
            r("commune-reviewed-share", "percent", "higher", "(xa|phuong).*(ra soat|phan loai)", "tỷ lệ xã, phường được rà soát, phân loại"),
            r("commune-model-share", "percent", "higher", "(xa|phuong).*mo hinh", "tỷ lệ xã, phường duy trì mô hình"),
            r("new-addicts", "count", "lower", "nguoi nghien moi", "người nghiện mới phát sinh"),
            r("user-management-file-share", "percent", "higher", "(lap|co) ho so|duoc quan ly", "tỷ lệ người nghiện, người sử dụng được lập hồ sơ, quản lý"),
            r("drug-venue-eradication-share", "percent", "higher", "(diem|duong day|to diem|tu diem).*(dau tranh|triet pha|xu ly|xoa bo)", "tỷ lệ điểm, tụ điểm, đường dây bị triệt phá"),
            r("illegal-cultivation-destroyed-share", "percent", "higher", "trong (trai phep )?cay|dien tich trong", "tỷ lệ diện tích trồng cây có chất ma túy bị triệt phá"),
            r("express-delivery-cases-growth", "percent-per-year", "higher", "chuyen phat", "tăng số vụ qua dịch vụ chuyển phát"),
            r("transnational-cases-growth", "percent-per-year", "higher", "xuyen quoc gia|khong gian mang", "tăng số vụ xuyên quốc gia, trên không gian mạng"),
            r("commune-health-station-share", "percent", "higher", "(tram y te|co so y te)", "tỷ lệ cơ sở y tế cấp xã xác định được tình trạng nghiện"),
            r("compliant-rehab-facility-share", "percent", "higher", "co so cai nghien", "tỷ lệ cơ sở cai nghiện đạt chuẩn"),
            r("school-session-share", "percent", "higher", "(truong|co so giao duc|hoc ky|nam hoc|hoc sinh)", "buổi tuyên truyền trong cơ sở giáo dục"),
            r("media-column-share", "percent", "higher", "(bao chi|truyen thong|chuyen trang|chuyen muc)", "tỷ lệ cơ quan báo chí có chuyên mục"),
            r("worker-drug-test-share", "percent", "higher", "xet nghiem", "tỷ lệ lao động có phiếu khám sức khỏe có xét nghiệm ma túy"),
            r("worker-reached-share", "percent", "higher", "nguoi lao dong|cong nhan", "tỷ lệ người lao động được tuyên truyền"),
            r("rehab-counselling-share", "percent", "higher", "tu van", "tỷ lệ người được tư vấn"),
            r("methadone-patients", "people", "higher", "methadone", "người điều trị methadone"),
            r("addict-count-reduction", "percent", "lower", "giam.*nguoi nghien|nguoi nghien.*giam", "giảm số người nghiện"),
            r("relapse-rate-reduction", "percent", "lower", "tai nghien", "giảm tỷ lệ tái nghiện"),
            r("drug-crime-cases-detected-growth", "percent-per-year", "higher", "so vu.*(phat hien|bat giu)", "tăng số vụ phạm tội về ma túy được phát hiện"));

    private static Rule r(String id, String unit, String direction, String words, String name) {
        return new Rule(id, unit, direction, Pattern.compile(words), name);
    }

    private Indicators() {}

    static String forTarget(Draft d, String foldedText, String unit, String comparator, String measure) {
        for (Rule r : RULES) {
            if (!r.words().matcher(foldedText).find()) {
                continue;
            }
            String id = r.id();
            if (id.equals("drug-free-commune-share") && unit.equals("count")) {
                return declare(d, "drug-free-commune-count", "số xã, phường không ma túy", "units", "higher");
            }
            if (id.equals("new-addicts") != comparator.equals("none") && id.equals("new-addicts")) {
                continue;
            }
            return declare(d, id, r.name(), r.unit(), r.direction());
        }
        String id = "chi-tieu-" + (d.indicators.size() + 1);
        String name = foldedText.length() > 0 ? null : null;
        return declare(d, id, name, unit.equals("percent-per-year") ? "percent-per-year" : unit,
                comparator.equals("none") || "decrease".equals(measure) ? "lower" : "higher");
    }

    static String forRoadmap(Draft d, String line, int of) {
        return declare(d, "drug-free-commune-count", "số xã, phường không ma túy", "units", "higher");
    }

    private static String declare(Draft d, String id, String name, String unit, String direction) {
        d.indicators.putIfAbsent(id, new Draft.Indicator(id, name == null ? "chỉ tiêu " + id.substring(id.lastIndexOf('-') + 1) : name,
                unit, direction));
        return id;
    }
}
