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
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(6 tháng|06 tháng|sáu tháng|01 năm|1 năm|một năm|hằng năm|hàng năm|năm|quý)?[^;()\\d]{0,12}?trước ngày\\s*(\\d{1,2})/(\\d{1,2})(?!/\\d)");
    private static final Pattern ONCE = Pattern.compile("(?i)trước ngày\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TO = Pattern.compile("(?:gửi(?: về| cho| lên)?|về|cho|lên) ((?:Thường trực |Chủ tịch )?(?:Ủy ban|UBND|Ban Chỉ đạo|Ban chỉ đạo|Công an|Sở|Bộ|Hội đồng|Tỉnh ủy|Thành ủy|Văn phòng)[^.;]*?)(?=\\s+(?:trước|để|theo|định kỳ|vào)\\b|[.;]|,\\s|$)");

    /** The end of a sentence inside a paragraph: a full stop before a capital. */
    private static final Pattern SENTENCE = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    /** A report: "báo cáo" (not "báo cáo viên", a speaker; not "nghe báo cáo", a meeting), or "gửi (về)". */
    private static final Pattern REPORT = Pattern.compile("(?<!nghe )bao cao(?! vien)|\\bgui (?:ve |cho |len )?(?=[a-z])");
    /** A further due day after the first: "trước ngày 15/6 và 15/12". */
    private static final Pattern AND_DAY = Pattern.compile("\\s*(?:và|,|;)\\s*(?:(?:trước )?ngày\\s*)?(\\d{1,2})/(\\d{1,2})(?![/\\d])");

    private Reports() {}

    static void read(Draft d, String[] sectionOf) {
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
                String s = line.substring(at, end);
                int offset = at;
                at = end >= line.length() ? line.length() : cut.end();
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
                int b = bc.start();
                boolean periodic = f.matches(".*\\b(dinh ky|hang thang|hang quy|hang nam|6 thang|06 thang)\\b.*");
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
                        dues.add(new String[] {m.group(1) == null ? "" : Fold.fold(m.group(1)), m.group(2), m.group(3)});
                        Matcher more = AND_DAY.matcher(s);
                        more.region(m.end(), s.length());
                        while (more.lookingAt()) { // "trước ngày 15/6 và 15/12"
                            dues.add(new String[] {"", more.group(1), more.group(2)});
                            more.region(more.end(), s.length());
                        }
                    }
                    Set<String> freqs = new LinkedHashSet<>();
                    if (f.matches(".*\\b(ngay \\d{1,2} (hang|hng) thang|hang thang|moi thang)\\b.*")) freqs.add("monthly");
                    if (f.matches(".*\\b(hang quy|moi quy|dinh ky quy)\\b.*")) freqs.add("quarterly");
                    if (f.matches(".*\\b(6 thang|06 thang|sau thang)\\b.*")) freqs.add("half-yearly");
                    if (f.matches(".*\\b(01 nam|1 nam|mot nam|hang nam|nam)\\b.*") && (f.contains("6 thang") || f.contains("hang nam") || f.contains("1 nam") || f.contains("01 nam"))) freqs.add("yearly");
                    if (freqs.isEmpty()) freqs.add("periodic");
                    int k = 0;
                    for (String fr : freqs) {
                        if (!seen.add(fr)) {
                            continue;
                        }
                        String md = null;
                        for (int i = 0; i < dues.size(); i++) {
                            String[] du = dues.get(i);
                            boolean match = switch (fr) {
                                case "half-yearly" -> du[0].contains("thang");
                                case "yearly" -> du[0].contains("nam");
                                case "quarterly" -> du[0].contains("quy");
                                default -> false;
                            };
                            if (match || du[0].isEmpty() && i == k && dues.size() == freqs.size()) {
                                md = String.format("%02d-%02d", Integer.parseInt(du[2]), Integer.parseInt(du[1]));
                                break;
                            }
                        }
                        double conf = to == null ? 0.55 : md != null || fr.equals("monthly") ? 0.9 : 0.75;
                        d.reports.add(new Draft.Report("r" + (d.reports.size() + 1), section, n, text, from, to, fr, md, null,
                                Draft.Meta.of(conf, s.substring(b, Math.min(s.length(), b + 80)))));
                        k++;
                    }
                } else {
                    Matcher o = ONCE.matcher(s);
                    if (!o.find() && to != null && f.matches(".*\\bgui\\b.*") && f.matches(".*\\b(ke hoach|bao cao)\\b.*")) {
                        // a plan or report sent once, no date: "xây dựng kế hoạch … gửi về Ủy ban nhân dân tỉnh"
                        if (seen.add("once")) {
                            d.reports.add(new Draft.Report("r" + (d.reports.size() + 1), section, n, text, from, to, "once", null,
                                    null, Draft.Meta.of(0.6, s.substring(b, Math.min(s.length(), b + 80)))));
                        }
                        continue;
                    }
                    o.reset();
                    if (o.find() && (to != null || f.contains("gui"))) {
                        LocalDate date;
                        try {
                            date = LocalDate.of(Integer.parseInt(o.group(3)), Integer.parseInt(o.group(2)), Integer.parseInt(o.group(1)));
                        } catch (java.time.DateTimeException e) {
                            continue;
                        }
                        if (seen.add("once " + date)) {
                            d.reports.add(new Draft.Report("r" + (d.reports.size() + 1), section, n, text, from, to, "once", null, date,
                                    Draft.Meta.of(to == null ? 0.55 : 0.8, o.group())));
                        }
                    }
                }
            }
        }
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
            for (Agencies.Hit h : Duties.subject(s).bodies()) {
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
