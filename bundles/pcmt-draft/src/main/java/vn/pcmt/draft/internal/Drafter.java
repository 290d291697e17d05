package vn.pcmt.draft.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Drafts a plan from a document's paragraphs: outline, header and legal bases, targets and roadmaps, duties with
 * their deadlines, reporting duties; then the plan's id, locality and period. Plain Java, no OSGi: the command and
 * the benchmark call it alike.
 */
public final class Drafter {
    private Drafter() {}

    /** Drafts from raw lines (a .txt file's lines, or paragraphs from a .docx or .pdf). */
    static Draft draft(List<String> raw, String id, List<String> readerFindings) {
        Paragraphs.Result p = Paragraphs.of(raw);
        Draft d = new Draft(p.lines());
        d.findings.addAll(readerFindings);
        d.findings.addAll(p.findings());
        Draft.Section[] openedAt = Outline.read(d);
        String[] sectionOf = new String[d.lines.size() + 1];
        Map<String, Draft.Section> byId = new HashMap<>();
        String cur = null;
        int first = 0;
        for (int n = 1; n <= d.lines.size(); n++) {
            if (openedAt[n] != null) {
                cur = openedAt[n].id();
                byId.put(cur, openedAt[n]);
                if (first == 0) {
                    first = n;
                }
            }
            sectionOf[n] = cur;
        }
        Header.read(d, first);
        if (first > 1 && d.title == null && d.documentNumber == null && d.documentDate == null && d.documentDateText == null) {
            // an extract with no header block (no number, date or title): what comes before the first heading is
            // the body of the document, not its header, and is read in a section of its own
            Draft.Section fragment = new Draft.Section("fragment", null, null, Outline.firstSentence(d.line(1)), null, 1, 1);
            d.sections.add(0, fragment);
            byId.put(fragment.id(), fragment);
            for (int n = 1; n < first; n++) {
                sectionOf[n] = fragment.id();
            }
        }
        Map<String, Integer> headingYear = new HashMap<>();
        Targets.read(d, sectionOf, new Targets.Context() {
            @Override
            public Integer headingYear(String section) {
                return headingYear.computeIfAbsent(section, s -> yearOf(byId, s));
            }

            @Override
            public boolean objectives(String section) {
                String t = topTitle(byId, section);
                return t.matches("^(muc tieu|chi tieu|muc dich).*") || t.contains("muc tieu") || top(byId, section).contains("muc tieu");
            }
        });
        Duties.read(d, sectionOf, openedAt, byId, s -> {
            String t = topTitle(byId, s);
            return !t.matches("^(muc dich|yeu cau|muc tieu|quan diem|tinh hinh|ket qua|danh gia|chi tieu|muc dich, yeu cau).*")
                    || t.contains("nhiem vu") || t.contains("giai phap");
        });
        Reports.read(d, sectionOf);
        finish(d, id);
        return d;
    }

    /**
     * The "Nơi nhận:" block that closes the document (Nghị định 30/2020/NĐ-CP, Phụ lục I, khoản 9): the bodies listed
     * after it receive the document; they are given no duty there.
     */
    static boolean recipients(String line) {
        return Fold.fold(line).matches("^(?:[-*#\\s]*)noi nhan\\b.*");
    }

    /** The title of the top-level section above {@code s}, folded. */
    private static String topTitle(Map<String, Draft.Section> byId, String s) {
        Draft.Section sec = byId.get(s);
        String t = "";
        while (sec != null) {
            t = sec.title() == null ? Fold.fold(sec.text() == null ? "" : sec.text()) : Fold.fold(sec.title());
            sec = sec.parent() == null ? null : byId.get(sec.parent());
        }
        return t;
    }

    /** The folded titles of {@code s} and its ancestors, nearest first. */
    private static String top(Map<String, Draft.Section> byId, String s) {
        Draft.Section sec = byId.get(s);
        StringBuilder sb = new StringBuilder();
        while (sec != null) {
            sb.append(Fold.fold(sec.title() == null ? "" : sec.title())).append(" | ");
            sec = sec.parent() == null ? null : byId.get(sec.parent());
        }
        return sb.toString();
    }

    private static Integer yearOf(Map<String, Draft.Section> byId, String s) {
        Draft.Section sec = byId.get(s);
        while (sec != null) {
            String t = sec.title() != null ? sec.title() : "";
            Matcher m = Targets.YEAR.matcher(t.toLowerCase(java.util.Locale.ROOT));
            Integer y = null;
            while (m.find()) {
                if (!Targets.baseline(t, m.start())) { // "cao hơn năm 2025": what the item is measured against
                    y = Integer.parseInt(m.group(1));
                }
            }
            if (y != null) {
                return y;
            }
            sec = sec.parent() == null ? null : byId.get(sec.parent());
        }
        return null;
    }

    private static void finish(Draft d, String id) {
        if (d.title == null) {
            d.title = d.lines.isEmpty() ? "Kế hoạch" : d.line(1);
            d.titleStated = false;
        }
        // the place of issue (Nghị định 30: the province's name) first, then "tỉnh X" in the issuer or title
        String locality = d.localityName != null && d.localityName.matches("\\p{Lu}[\\p{L} ]{1,25}") ? d.localityName : null;
        String level = "province";
        Matcher m = java.util.regex.Pattern.compile("(?i)(tỉnh|thành phố) (\\p{L}+(?: \\p{L}+){0,2})")
                .matcher((d.issuer == null ? "" : d.issuer) + " | " + (d.title == null ? "" : d.title));
        while (m.find()) {
            String name = properWords(m.group(2).replaceAll("(?i)\\s+(giai|giai đoạn|năm|đến|trên|về|và|trong|thực|như)(\\s.*)?$", "")
                    .replaceAll("(?i)^(giai|năm|đến|trên|về)$", ""));
            if (name.isEmpty() || !Character.isUpperCase(m.group(2).charAt(0))) {
                continue;
            }
            if (locality == null || Fold.fold(locality).equals(Fold.fold(name))) {
                locality = name;
                level = m.group(1).equalsIgnoreCase("thành phố") ? "city" : "province";
                break;
            }
        }
        d.localityName = locality;
        d.localityLevel = level;
        if (d.issuer == null) {
            d.issuer = locality == null ? "Không rõ cơ quan ban hành" : "Ủy ban nhân dân " + (level.equals("city") ? "thành phố " : "tỉnh ") + locality;
            d.findings.add("không thấy cơ quan ban hành ở đầu văn bản; đề xuất: " + d.issuer);
        }
        d.id = id != null ? id : Agencies.slug(Fold.fold((locality == null ? "ke-hoach" : locality) + "-"
                + (d.documentDate != null ? d.documentDate.getYear() : "draft")));
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        java.util.List<Integer> years = new java.util.ArrayList<>();
        if (d.documentDate != null) years.add(d.documentDate.getYear());
        if (d.documentDateText != null) { // "tháng 10 năm 2025": the day left blank before signing
            Matcher dy = java.util.regex.Pattern.compile("(\\d{4})$").matcher(d.documentDateText);
            if (dy.find()) years.add(Integer.parseInt(dy.group(1)));
        }
        Matcher ty = java.util.regex.Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})|(?:đến|năm) (\\d{4})").matcher(d.title);
        while (ty.find()) {
            for (int g = 1; g <= 3; g++) if (ty.group(g) != null) years.add(Integer.parseInt(ty.group(g)));
        }
        d.targets.forEach(t -> { if (t.year() != null) years.add(t.year()); });
        d.roadmaps.forEach(r -> r.steps().forEach(s -> years.add(s.year())));
        for (int y : years) {
            if (y >= 1990 && y <= 2100) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        if (lo == Integer.MAX_VALUE) {
            lo = hi = java.time.Year.now().getValue();
        }
        d.from = lo;
        d.to = hi;
    }

    private static String properWords(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.trim().split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase()).append(w.substring(1).toLowerCase());
        }
        return sb.toString();
    }
}
