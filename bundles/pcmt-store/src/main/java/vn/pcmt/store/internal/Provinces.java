package vn.pcmt.store.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.pcmt.api.text.Text;

/**
 * The number of commune-level units (xã, phường, đặc khu) of each of the 34 provincial units in force from
 * 1 July 2025, when the district tier ended (the Standing Committee of the National Assembly's resolutions of June
 * 2025 arranging commune-level units; 3,321 in all: 2,621 xã, 687 phường, 13 đặc khu). A share "of the communes of
 * the province" whose plan states no total is taken over this count, not over the units someone happened to import.
 */
final class Provinces {
    /** The day the 2025 arrangement took effect. */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final Map<String, Integer> COMMUNES = new HashMap<>();

    static {
        Object[] table = {"Hà Nội", 126, "Huế", 40, "Lai Châu", 38, "Điện Biên", 45, "Sơn La", 75, "Lạng Sơn", 65,
            "Quảng Ninh", 54, "Thanh Hóa", 166, "Nghệ An", 130, "Hà Tĩnh", 69, "Cao Bằng", 56, "Tuyên Quang", 124,
            "Lào Cai", 99, "Thái Nguyên", 92, "Phú Thọ", 148, "Bắc Ninh", 99, "Hưng Yên", 104, "Hải Phòng", 114,
            "Ninh Bình", 129, "Quảng Trị", 78, "Đà Nẵng", 94, "Quảng Ngãi", 96, "Gia Lai", 135, "Khánh Hòa", 65,
            "Lâm Đồng", 124, "Đắk Lắk", 102, "Hồ Chí Minh", 168, "Đồng Nai", 95, "Tây Ninh", 96, "Cần Thơ", 103,
            "Vĩnh Long", 124, "Đồng Tháp", 102, "Cà Mau", 64, "An Giang", 102};
        for (int i = 0; i < table.length; i += 2) {
            COMMUNES.put(key((String) table[i]), (Integer) table[i + 1]);
        }
    }

    private Provinces() {}

    private static String key(String name) {
        String k = Text.fold(name).replaceAll("^(tinh|thanh pho|tp\\.?)\\s+", "").strip();
        return k.replace("thua thien hue", "hue").replace("ho chi minh city", "ho chi minh");
    }

    /** The communes in force in a province on a day, when known (from 1 July 2025), else null. */
    static Integer communes(String province, LocalDate on) {
        if (province == null || on.isBefore(REFORM)) {
            return null;
        }
        return COMMUNES.get(key(province));
    }

    /** All 34 counts add up to the national figure (a check on the table). */
    static int total() {
        return COMMUNES.values().stream().mapToInt(Integer::intValue).sum();
    }
}
