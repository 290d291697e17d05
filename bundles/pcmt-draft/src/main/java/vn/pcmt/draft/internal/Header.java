package vn.pcmt.draft.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing body in capitals (its parent above it), "Số:
 * …/KH-…", "Place, ngày … tháng … năm …", the kind of document ("KẾ HOẠCH") over its subject line; then the legal
 * bases in the opening paragraphs ("Căn cứ …", "Thực hiện …"): every cited document by its type and number, whose
 * form (số/năm/ký hiệu loại văn bản-cơ quan ban hành, Phụ lục I khoản 3) tells the issuer when the text does not.
 */
final class Header {
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:\\s*(\\S*?/?[A-ZĐ]+[-–][A-ZĐ0-9-]+|\\S+)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(.{2,40}?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})");
    static final Pattern CITED = Pattern.compile("(Nghị quyết|Quyết định|Chỉ thị|Kết luận|Công văn|Kế hoạch|Thông tư"
            + "|Nghị định|Luật(?: [\\p{L}, ]{3,60}?)?|Chương trình|Hướng dẫn|Thông báo|Văn bản|Đề án)(?: liên tịch)? số\\s*(\\d+[\\w/.\\-–]*[A-ZĐ][\\w/.\\-–]*)"
            + "(?:\\s*ngày\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}))?");
    private static final Pattern OF = Pattern.compile("^\\s*(?:của|do) ((?:Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|"
            + "Quốc hội|Chính phủ|Thủ tướng Chính phủ|Ủy ban Thường vụ Quốc hội|Bộ [A-ZĐ][\\p{L} ,]*?|Tỉnh ủy|Thành ủy|"
            + "Hội đồng nhân dân(?: tỉnh| thành phố)?|Ủy ban nhân dân(?: tỉnh| thành phố)?|UBND(?: tỉnh| thành phố)?|"
            + "Ban Thường vụ Tỉnh ủy|Ban Chỉ đạo[\\p{L}0-9 ]*?|Ban Tuyên giáo Trung ương))(?=[ ,;.(]|$)");

    private Header() {}

    static void read(Draft d, int firstSection) {
        int headerEnd = Math.min(firstSection <= 0 ? d.lines.size() : firstSection - 1, d.lines.size());
        StringBuilder issuer = new StringBuilder();
        for (int n = 1; n <= headerEnd; n++) {
            String s = d.line(n);
            Matcher m;
            if (d.documentNumber == null && (m = NUMBER.matcher(s)).find()) {
                String num = m.group(1);
                d.documentNumber = num.startsWith("/") || num.isEmpty() ? null : num; // "Số: /KH-UBND" is left blank
                if (d.documentNumber == null) {
                    d.findings.add("dòng " + n + ": số văn bản để trống (\"" + s + "\")");
                }
            }
            if (d.documentDate == null && d.documentDateText == null && (m = PLACE_DATE.matcher(s)).find()) {
                try {
                    if (m.group(2) != null) {
                        d.documentDate = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                                Integer.parseInt(m.group(2)));
                    } else {
                        d.documentDateText = "tháng " + m.group(3) + " năm " + m.group(4);
                    }
                } catch (DateTimeException e) {
                    d.findings.add("dòng " + n + ": ngày ban hành không hợp lệ: " + s);
                }
                String place = m.group(1).replaceAll(".*(?:Số|SỐ)[^ ]* ", "").trim();
                if (d.localityName == null && place.length() < 30) {
                    d.localityName = place;
                }
            }
            String up = s.toUpperCase(Locale.ROOT);
            if (s.equals(up) && s.length() < 80 && (up.startsWith("ỦY BAN") || up.startsWith("UỶ BAN") || up.startsWith("UBND")
                    || up.startsWith("BAN ") || up.startsWith("TỈNH") || up.startsWith("THÀNH PHỐ")
                    || up.startsWith("HỘI ĐỒNG") || up.startsWith("CÔNG AN")) && issuer.length() < 120
                    && d.title == null) {
                issuer.append(issuer.length() == 0 ? "" : " ").append(s);
            }
            if (d.title == null && up.matches("^(KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|CHỈ THỊ|KẾ HOẠCH HÀNH ĐỘNG)\\b.*")) {
                String next = n < headerEnd ? d.line(n + 1) : "";
                // "Thực hiện …" under the kind is its subject (trích yếu: "Thực hiện mục tiêu …") unless it reads as a
                // basis, which ends its clause with ";", "," or ":" before the next one
                boolean basis = next.startsWith("Căn cứ") || next.startsWith("Thực hiện") && next.matches(".*[;,:]\\s*$");
                boolean subject = s.length() <= 20 && !next.isEmpty() && !basis && next.length() < 300;
                d.title = subject ? next : s; // the kind of document alone is no title: its subject line is
            }
        }
        d.issuer = issuer.length() == 0 ? null : properCase(issuer.toString());
        if (d.issuer == null) {
            d.issuer = signedByCommittee(d);
        }
        for (int n = 1; n <= d.lines.size(); n++) {
            legal(d, n, n <= headerEnd);
        }
    }

    private static void legal(Draft d, int n, boolean header) {
        String s = d.line(n);
        if (!header && !s.contains("Căn cứ") && !s.contains("Thực hiện")) {
            return;
        }
        Matcher m = CITED.matcher(s);
        Set<String> seen = new HashSet<>();
        for (Draft.Legal l : d.legal) {
            seen.add(l.number());
        }
        while (m.find()) {
            String number = m.group(2).replaceAll("[.,;]+$", "");
            if (!seen.add(number)) {
                continue;
            }
            LocalDate date = null;
            try {
                if (m.group(5) != null) {
                    date = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
                }
            } catch (DateTimeException e) {
                d.findings.add("dòng " + n + ": ngày không hợp lệ trong \"" + m.group() + "\"");
            }
            int end = m.start() + m.group(1).length() + s.substring(m.start() + m.group(1).length()).indexOf(number) + number.length();
            if (m.group(3) != null) {
                end = m.end();
            }
            String issuer = null;
            Matcher of = OF.matcher(s.substring(end));
            if (of.find()) {
                issuer = of.group(1);
                end += of.end();
            }
            if (issuer == null) {
                issuer = issuerFromNumber(number);
            }
            String id = Agencies.slug(Fold.fold(m.group(1).substring(0, Math.min(2, m.group(1).length())) + "-" + number));
            d.legal.add(new Draft.Legal(id.isEmpty() ? "vb-" + d.legal.size() : id + (d.legal.stream().anyMatch(x -> x.id().equals(id)) ? "-" + n : ""),
                    n, null, s.substring(m.start(), end).trim(), number, date, issuer));
        }
    }

    /**
     * With no issuer in the header: a document signed "TRƯỞNG BAN" or "TM. BAN CHỈ ĐẠO" (the signer's authority,
     * Nghị định 30/2020/NĐ-CP Phụ lục I khoản 7) is a steering committee's; it is the province-level Ban Chỉ đạo the
     * text names, else null.
     */
    static String signedByCommittee(Draft d) {
        boolean ban = false;
        for (int n = Math.max(1, d.lines.size() - 25); n <= d.lines.size(); n++) {
            ban |= Fold.fold(d.line(n)).matches("^(?:tm\\.? |kt\\.? )?(?:truong ban|ban chi dao\\b.*)");
        }
        if (!ban) {
            return null;
        }
        String first = null;
        for (int n = 1; n <= d.lines.size(); n++) {
            String s = d.line(n);
            for (Agencies.Hit h : Agencies.all(Fold.fold(s))) {
                if (h.kind().equals("steering-committee") && h.level().equals("province")) {
                    String name = s.substring(h.start(), h.end());
                    name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                    if (Fold.fold(name).matches(".* (?:tinh|thanh pho)(?: .*)?$")) {
                        return name; // the name with its province, "Ban Chỉ đạo 138 tỉnh"
                    }
                    first = first == null ? name : first;
                }
            }
        }
        return first;
    }

    /** The issuer a document number's sign names (Phụ lục I khoản 3: "ký hiệu loại văn bản-cơ quan ban hành"). */
    static String issuerFromNumber(String number) {
        String u = number.toUpperCase(Locale.ROOT);
        if (u.matches(".*/QH\\d*$")) return "Quốc hội";
        if (u.endsWith("-CP") || u.endsWith("/NĐ-CP")) return "Chính phủ";
        if (u.endsWith("-TTG")) return "Thủ tướng Chính phủ";
        if (u.endsWith("/TW")) return "Trung ương Đảng";
        if (u.contains("BCA")) return "Bộ Công an";
        if (u.contains("HĐND")) return "Hội đồng nhân dân";
        if (u.contains("UBND")) return "Ủy ban nhân dân";
        if (u.contains("/TU") || u.contains("-TU")) return "Tỉnh ủy";
        return null;
    }

    /** "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" as "Ủy ban nhân dân tỉnh Quảng Trị". */
    static String properCase(String caps) {
        String lower = caps.toLowerCase(Locale.ROOT);
        String[] words = lower.split(" ");
        int place = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("tỉnh") || (words[i].equals("phố") && i > 0 && words[i - 1].equals("thành"))) {
                place = i + 1;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i == 0 || (place >= 0 && i >= place)) {
                w = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            }
            sb.append(i == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }
}
