package vn.pcmt.draft.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting duties ("chế độ báo cáo"): a sentence about a report (báo cáo) with its rhythm ("định kỳ 6 tháng, 1
 * năm", "hằng quý", "ngày 20 hằng tháng"), the days it is due ("6 tháng trước ngày 15/6; 01 năm trước ngày 15/12"),
 * each rhythm one duty, and whom it goes to ("về Ủy ban nhân dân tỉnh (qua Công an tỉnh)"). A report or plan sent
 * once "trước ngày 31/8/2025" is a one-off duty with its date.
 */
final class Reports {
    /**
     * A due day after its rhythm: "6 tháng trước ngày 15/6", "năm (trước ngày 15/12)" (the day in brackets after the
     * rhythm), "kết quả năm trước ngày 20/12/2026" (with its year: the report of that year is due that day).
     */
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(6 tháng|06 tháng|sáu tháng|01 năm|1 năm|một năm|hằng năm|hàng năm|năm|quý)?(?:\\s*\\()?[^;()\\d]{0,12}?trước ngày\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![/\\d])");
    /** The rhythm word just before a due day. */
    private static final Pattern RHYTHM_LAST = Pattern.compile("(?i)(?<!\\p{L})(6 tháng|06 tháng|sáu tháng|01 năm|1 năm|một năm|hằng năm|hàng năm|năm|quý)\\s*\\(?\\s*$");
    private static final Pattern ONCE = Pattern.compile("(?i)trước ngày\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TO = Pattern.compile("(?:gửi(?: về| cho| lên)?|về|cho|lên|báo cáo) ((?:Thường trực |Chủ tịch )?(?:Ủy ban|UBND|Ban Chỉ đạo|Ban chỉ đạo|BCĐ|Công an|Sở|Bộ|Hội đồng|HĐND|Tỉnh ủy|Thành ủy|Văn phòng|Cơ quan [Tt]hường trực)[^.;]*?)(?=\\s+(?:trước|để|theo|định kỳ|vào|chậm nhất|trong|hằng|hàng|mỗi|kết quả|tình hình)\\b|[.;]|,\\s|$)");
    /** The rhythm words of a periodic report ("định kỳ", "hằng quý", "sơ kết 6 tháng", "tổng kết năm"), folded. */
    private static final Pattern PERIODIC = Pattern.compile("\\b(?:dinh ky|hang thang|moi thang|hang quy|moi quy|cuoi quy|bao cao quy|hang nam|moi nam|6 thang|06 thang|sau thang|(?:tong ket|bao cao|so ket) nam(?! \\d))\\b");
    /** A report once at the end of a year: "tổng kết giai đoạn 2026 - 2030 vào năm 2030" (31 December). */
    private static final Pattern ONCE_YEAR = Pattern.compile("(?i)(?<!đến |tầm nhìn |hướng |định hướng )(?:(?:vào|trong|cuối|đầu) )?năm (\\d{4})(?![\\d/]|\\s*[-–])");

    /** The end of a sentence inside a paragraph: a full stop before a capital. */
    private static final Pattern SENTENCE = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    /** A report: "báo cáo" (not "báo cáo viên", a speaker; not "nghe báo cáo", a meeting), or "gửi (về)". */
    private static final Pattern REPORT = Pattern.compile("(?<!nghe )bao cao(?! vien)|\\bgui (?:ve |cho |len )?(?=[a-z])|\\b(?:so ket|tong ket)\\b");
    /** A further due day after the first: "trước ngày 15/6 và 15/12". */
    private static final Pattern AND_DAY = Pattern.compile("\\s*(?:và|,|;)\\s*(?:(?:trước )?ngày\\s*)?(\\d{1,2})/(\\d{1,2})(?![/\\d])");

    private Reports() {}

    static void read(Draft d, String[] sectionOf) {
        Integer year = Deadlines.planYear(d);
        for (int n = 1; n <= d.lines.size(); n++) {
            if (Drafter.recipients(d.line(n))) {
                break;
            }
            String section = sectionOf[n];
            if (section == null) {
                continue;
            }
            String line = d.line(n);
            String lineTo = recipient(line);
            List<String> from = null;
            Set<String> seen = new LinkedHashSet<>();
            Matcher cut = SENTENCE.matcher(line);
            int at = 0;
            while (at < line.length()) {
                int end = line.length();
                for (int from0 = at; cut.find(from0); from0 = cut.end()) {
                    if (depth(line, cut.start()) == 0) { // not a full stop inside brackets "(qua …. Địa chỉ …)"
                        end = cut.start() + 1;
                        break;
                    }
                }
                int next = end >= line.length() ? line.length() : cut.end();
                int semi = clause(line, at, end);
                if (semi > 0) { // "… báo cáo hằng quý về Công an tỉnh; tham mưu sơ kết, báo cáo … trước ngày 15/01/2027"
                    end = semi;
                    next = semi + 1;
                    while (next < line.length() && line.charAt(next) == ' ') {
                        next++;
                    }
                }
                String s = line.substring(at, end);
                at = next;
                String f = Fold.fold(s);
                if (f.matches(".*\\bneu co (?:kho khan|vuong mac).*")) {
                    continue; // "nếu có khó khăn, vướng mắc … báo cáo": the closing formula, no reporting duty
                }
                Matcher bc = REPORT.matcher(f);
                if (!bc.find() || bc.group().startsWith("gui") && recipient(s) == null) {
                    continue; // "báo cáo viên" is a speaker, "nghe báo cáo" a meeting; "gửi" counts when it names whom to
                }
                if (from == null) {
                    from = from(d, n);
                }
                List<String> by = by(d, s, from);
                int b = bc.start();
                // "sơ kết 6 tháng đầu năm 2027" is one report, at the end of that half
                String rf = f.replaceAll("\\b(?:6|06|sau) thang (?:dau|cuoi) nam \\d{4}", "");
                boolean periodic = PERIODIC.matcher(rf).find();
                boolean review = !f.matches(".*(?:(?<!nghe )bao cao(?! vien)|\\bgui\\b).*"); // only "sơ kết" / "tổng kết"
                if (review && f.matches(".*\\btham muu\\b.*\\b(?:so ket|tong ket)\\b.*")) {
                    continue; // "tham mưu (UBND tỉnh) tổ chức tổng kết …": a task, the review is the advised body's
                }
                String to = recipient(s) != null ? recipient(s) : lineTo;
                String text = s.substring(0, Math.max(Targets.sentenceEnd(s, b), Math.min(s.length(), b + 7))).trim();
                text = text.replaceFirst("^[-+•]\\s*", "").replaceFirst("^(?:\\d+(?:\\.\\d+)*\\.|[a-zđ]\\))\\s+", "");
                if (!line.contains(text)) {
                    text = s.trim();
                }
                if (periodic) {
                    List<String[]> dues = new ArrayList<>();
                    Matcher m = DAY_MONTH.matcher(s);
                    while (m.find()) {
                        if (dues.stream().anyMatch(x -> x[1].equals(m.group(2)) && x[2].equals(m.group(3)))) {
                            continue; // already read after "và" / ";"
                        }
                        String rhythm = m.group(1);
                        if (rhythm == null) { // the match may start before its rhythm: "kết quả năm trước ngày …"
                            Matcher r = RHYTHM_LAST.matcher(m.group().substring(0, m.group().toLowerCase().indexOf("trước ngày")));
                            rhythm = r.find() ? r.group(1) : "";
                        }
                        dues.add(new String[] {Fold.fold(rhythm), m.group(2), m.group(3), m.group(4)});
                        Matcher more = AND_DAY.matcher(s);
                        more.region(m.end(), s.length());
                        while (more.lookingAt()) { // "trước ngày 15/6 và 15/12"
                            dues.add(new String[] {"", more.group(1), more.group(2), null});
                            more.region(more.end(), s.length());
                        }
                    }
                    Set<String> freqs = new LinkedHashSet<>();
                    if (rf.matches(".*\\b(ngay \\d{1,2} (hang|hng|cua) thang|hang thang|moi thang)\\b.*") && !rf.matches(".*\\bthang cuoi quy\\b.*")) freqs.add("monthly");
                    if (rf.matches(".*\\b(hang quy|moi quy|dinh ky quy|cuoi quy|bao cao quy)\\b.*")) freqs.add("quarterly");
                    if (rf.matches(".*\\b(6 thang|06 thang|sau thang|nua nam)\\b.*")) freqs.add("half-yearly");
                    // "định kỳ 6 tháng, 01 năm", "6 tháng, năm", "hằng năm", "tổng kết năm"; not "năm 2026"
                    if (rf.matches(".*\\b(hang nam|moi nam|0?1 nam|mot nam|(?:tong ket|bao cao|dinh ky|so ket) nam|(?:6|06|sau) thang,? (?:va )?nam)\\b(?! \\d).*")) freqs.add("yearly");
                    // the rhythm printed before each due day: "kết quả 6 tháng trước ngày …, kết quả năm trước ngày …"
                    for (String[] du : dues) {
                        freqs.add(du[0].contains("thang") ? "half-yearly" : du[0].contains("nam") ? "yearly" : du[0].contains("quy") ? "quarterly" : "");
                    }
                    freqs.remove("");
                    freqs = ordered(freqs);
                    if (freqs.isEmpty()) freqs.add("periodic");
                    int k = 0;
                    for (String fr : freqs) {
                        if (!seen.add(fr)) {
                            continue;
                        }
                        String md = null;
                        LocalDate date = null;
                        for (int i = 0; i < dues.size(); i++) {
                            String[] du = dues.get(i);
                            boolean match = switch (fr) {
                                case "half-yearly" -> du[0].contains("thang");
                                case "yearly" -> du[0].contains("nam");
                                case "quarterly" -> du[0].contains("quy");
                                default -> false;
                            };
                            int month = Integer.parseInt(du[2]);
                            // with no word before it, a day in June or July is the half-year's, in November to
                            // January the year's (Nghị định 09/2019/NĐ-CP: reports close on 14 June and 14 December)
                            // (the word before the date may be a rhythm's of another clause: "tổng kết năm, báo cáo
                            // trước ngày 15/6 và 15/12"), so the month wins over it
                            boolean half = month == 6 || month == 7;
                            boolean close = month >= 11 || month == 1;
                            boolean byMonth = freqs.size() > 1 && (fr.equals("half-yearly") && half || fr.equals("yearly") && close);
                            boolean against = freqs.size() > 1 && (fr.equals("half-yearly") && close || fr.equals("yearly") && half);
                            if (!against && (match || byMonth || du[0].isEmpty() && i == k && dues.size() == freqs.size())) {
                                md = String.format("%02d-%02d", Integer.parseInt(du[2]), Integer.parseInt(du[1]));
                                date = du[3] == null ? null : Deadlines.date(du[3], du[2], du[1]);
                                break;
                            }
                        }
                        double conf = to == null ? 0.55 : md != null || fr.equals("monthly") ? 0.9 : 0.75;
                        d.reports.add(new Draft.Report("r" + (d.reports.size() + 1), section, n, text, by, to, fr, md, date,
                                Draft.Meta.of(conf, s.substring(b, Math.min(s.length(), b + 80)))));
                        k++;
                    }
                } else {
                    Draft.Due due = once(s, year);
                    if (due == null && !review && to != null && f.matches(".*\\bgui\\b.*") && f.matches(".*\\b(ke hoach|bao cao)\\b.*")) {
                        // a plan or report sent once, no date: "xây dựng kế hoạch … gửi về Ủy ban nhân dân tỉnh"
                        if (seen.add("once")) {
                            d.reports.add(new Draft.Report("r" + (d.reports.size() + 1), section, n, text, by, to, "once", null,
                                    null, Draft.Meta.of(0.6, s.substring(b, Math.min(s.length(), b + 80)))));
                        }
                        continue;
                    }
                    // a report, "sơ kết" or "tổng kết" with its date: "báo cáo kết quả trước ngày 30/11/2026", "sơ
                    // kết … vào quý IV/2028", "tổng kết giai đoạn … vào năm 2030"
                    if (due != null && seen.add("once " + due.date())) {
                        double conf = (to == null ? 0.55 : 0.8) - (due.implied() ? 0.15 : 0);
                        d.reports.add(new Draft.Report("r" + (d.reports.size() + 1), section, n, text, by, to, "once", null, due.date(),
                                Draft.Meta.of(Math.round(conf * 100) / 100.0, due.text() == null ? s.substring(b, Math.min(s.length(), b + 80)) : due.text())));
                    }
                }
            }
        }
    }

    /**
     * The date a one-off report is due: a deadline as {@link Duties#due(String, Integer)} reads it ("trước ngày
     * 30/11/2026", "trong quý IV/2028", "trước ngày 30/11" of the plan's year), else the last "(vào) năm yyyy" of a
     * "sơ kết" / "tổng kết" (31 December).
     */
    private static Draft.Due once(String s, Integer year) {
        Draft.Due due = Deadlines.due(s, year);
        if (due == null) {
            Matcher o = ONCE.matcher(s);
            if (o.find()) {
                try {
                    due = new Draft.Due(LocalDate.of(Integer.parseInt(o.group(3)), Integer.parseInt(o.group(2)), Integer.parseInt(o.group(1))), o.group(), false);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        if (due == null && Fold.fold(s).matches(".*\\b(?:so ket|tong ket)\\b.*")) {
            Matcher y = ONCE_YEAR.matcher(s);
            while (y.find()) {
                int v = Integer.parseInt(y.group(1));
                if (v >= 1990 && v <= 2100) {
                    due = new Draft.Due(LocalDate.of(v, 12, 31), y.group().trim(), false);
                }
            }
        }
        return due;
    }

    /** Who reports in this sentence: the bodies it opens with ("Các sở, ngành, địa phương báo cáo …"), else {@code from}. */
    private static List<String> by(Draft d, String sentence, List<String> from) {
        Subjects.Subject sub = Subjects.subject(sentence.trim());
        if (sub.bodies().isEmpty()) {
            return from;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Agencies.Hit h : sub.bodies()) {
            ids.add(d.agency(h, sub.line()));
        }
        return new ArrayList<>(ids);
    }

    /**
     * Where a sentence splits into two reports: a ";" outside brackets with a report ("báo cáo", "gửi về") on both
     * sides; -1 when none. Each clause then has its own rhythm or date.
     */
    private static int clause(String line, int from, int to) {
        for (int i = line.indexOf(';', from); i >= 0 && i < to; i = line.indexOf(';', i + 1)) {
            if (depth(line, i) == 0 && REPORT.matcher(Fold.fold(line.substring(from, i))).find()
                    && REPORT.matcher(Fold.fold(line.substring(i + 1, to))).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The rhythms in the order plans list them, the shortest first. */
    private static Set<String> ordered(Set<String> freqs) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : List.of("monthly", "quarterly", "half-yearly", "yearly")) {
            if (freqs.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static int depth(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' && depth > 0 ? -1 : 0;
        }
        return depth;
    }

    private static int sentenceStart(String s, int at) {
        int a = Math.max(s.lastIndexOf(". ", at), s.lastIndexOf("; ", at));
        return a < 0 ? 0 : a + 2;
    }

    static String recipient(String s) {
        Matcher m = TO.matcher(s);
        String best = null;
        while (m.find()) {
            String t = m.group(1).trim();
            int open = s.indexOf('(', m.end(1));
            if (open >= 0 && open <= m.end(1) + 2) {
                int close = s.indexOf(')', open);
                if (close > 0) {
                    t = s.substring(m.start(1), close + 1).trim(); // "Ủy ban nhân dân tỉnh (qua Công an tỉnh)"
                }
            }
            if (best == null) {
                best = t;
            }
        }
        return best;
    }

    /** Who reports: the bodies of the duties on the line, else those the line opens with. */
    private static List<String> from(Draft d, int n) {
        Set<String> ids = new LinkedHashSet<>();
        for (Draft.Duty du : d.duties) {
            if (du.line() == n && !du.role().equals("coordinate")) {
                ids.add(du.agency());
            }
        }
        String s = d.line(n);
        if (ids.isEmpty()) {
            for (Agencies.Hit h : Subjects.subject(s).bodies()) {
                ids.add(d.agency(h, s));
            }
        }
        if (ids.isEmpty()) { // "Chế độ báo cáo: các sở, ban, ngành, … báo cáo …": the bodies before the verb
            String f = Fold.fold(s);
            int verb = f.indexOf("bao cao", f.indexOf(':') + 1);
            for (Agencies.Hit h : Agencies.all(f)) {
                if (verb > 0 && h.end() <= verb) {
                    ids.add(d.agency(h, s));
                }
            }
        }
        return new ArrayList<>(ids);
    }
}
