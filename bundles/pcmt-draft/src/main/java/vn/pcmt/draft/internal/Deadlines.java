package vn.pcmt.draft.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines and repetition of a duty, as plans print them: a date after a deadline word ("hoàn thành trước ngày
 * 31/8/2025", "chậm nhất ngày 15/4/2026", written out "trước ngày 30 tháng 9 năm 2026"), a month ("trong tháng
 * 6/2026") or a quarter ("quý IV/2025") by its last day, a half-year ("6 tháng đầu năm 2026"), a year after a time
 * label ("Thời gian thực hiện: năm 2026"); "đã hoàn thành …" is done. A date printed without its year takes the
 * item's or the plan's. "hằng năm", "định kỳ 6 tháng", "hằng quý", "hằng tháng" make a duty repeated, with no single
 * date.
 */
final class Deadlines {
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![\\d/])(\\d{4})(?![\\d/])");
    private Deadlines() {}

    private static final Pattern BEFORE = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trước|chậm nhất|trong|vào|xong trước) (?:ngày\\s*)?(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong|chậm nhất(?: trong| đến hết| là)?|đến hết|trước hết|hết|cuối) tháng (\\d{1,2})(?:/| năm )(\\d{4})");
    /**
     * A day and month printed with no year after a deadline word: "trước ngày 30/9", "trước 15/10", "chậm nhất ngày
     * 20/11", "hoàn thành vào ngày 30/6". The year is the context's (see {@link #due(String, Integer)}).
     */
    private static final Pattern BEFORE_NO_YEAR = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trước|chậm nhất|xong trước|trong|vào) (?:ngày\\s*)?(\\d{1,2})/(\\d{1,2})(?![/\\d])");
    /** A quarter or month with no year after a deadline word: "trong quý III", "chậm nhất trong tháng 10". */
    private static final Pattern QUARTER_NO_YEAR = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong|vào|chậm nhất(?: trong)?|trước hết|hết|cuối|dự kiến trong) quý (I{1,3}|IV|[1-4])\\b(?!\\s*(?:/|năm|\\d))");
    private static final Pattern MONTH_NO_YEAR = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong|chậm nhất(?: trong)?|trước hết|hết|cuối) tháng (\\d{1,2})\\b(?!\\s*(?:/|năm|\\d))");
    /** A year named earlier in the item ("Năm 2027, …", "trong quý II/2027 …"): the year of a date printed without one. */
    private static final Pattern ITEM_YEAR = Pattern.compile("(?i)(?:năm |quý [IV1-4]{1,3}/|tháng \\d{1,2}/|\\d{1,2}/\\d{1,2}/)(\\d{4})(?![\\d/]|\\s*[-–])");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong |dự kiến trong |vào )?quý (I{1,3}|IV|[1-4])(?:/| năm )(\\d{4})");
    /** A date written out: "trước ngày 30 tháng 9 năm 2026". */
    private static final Pattern BEFORE_WORDS = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trước|chậm nhất|xong trước|trong|vào) ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})");
    /** "trong 6 tháng đầu năm 2026" (30 June), "6 tháng cuối năm 2026" (31 December). */
    private static final Pattern HALF = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong )?(?:6|06|sáu) tháng (đầu|cuối) năm (\\d{4})");
    /** "Thời gian (thực hiện | hoàn thành): năm 2026 / tháng 10/2026 / quý III/2026": the time a duty is set for. */
    private static final Pattern TIME_YEAR = Pattern.compile("(?i)thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\\s*:?\\s*(?:trong |hết |cuối )?năm (\\d{4})(?!\\s*[-–])");
    private static final Pattern YEAR_DONE = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?(?: trong| trước)?|đến hết|chậm nhất(?: trong| đến hết| là)?|trước hết|xong trong) năm (\\d{4})(?!\\s*[-–])");


    static Draft.Due due(String s) {
        return due(s, null);
    }

    /**
     * The deadline of a duty. A day and month, a quarter or a month printed with no year ("trước ngày 30/9", "trong
     * quý III") take the year named earlier in the same item, else {@code year} (the plan's, {@link #planYear}); they
     * are marked implied. A repeated duty ("trước ngày 15/12 hằng năm") has no single date.
     */
    static Draft.Due due(String s, Integer year) {
        Draft.Due dated = dated(s);
        if (dated != null || year == null && !ITEM_YEAR.matcher(s).find() || recurrence(s, Fold.fold(s))[0] != null) {
            return dated;
        }
        Matcher m = BEFORE_NO_YEAR.matcher(s);
        while (m.find()) {
            String g = Fold.fold(m.group());
            if (g.contains("hoan thanh") || g.startsWith("truoc") || g.startsWith("cham nhat") || g.startsWith("xong")
                    || deadlineWord(s, m.start())) {
                Integer y = yearBefore(s, m.start(), year);
                LocalDate date = y == null ? null : date(String.valueOf(y), m.group(2), m.group(1));
                return date == null ? null : new Draft.Due(date, m.group().trim(), done(s, m.start()), true);
            }
        }
        if ((m = QUARTER_NO_YEAR.matcher(s)).find()) {
            Integer y = yearBefore(s, m.start(), year);
            return y == null ? null : new Draft.Due(YearMonth.of(y, quarter(m.group(1)) * 3).atEndOfMonth(), m.group().trim(), done(s, m.start()), true);
        }
        if ((m = MONTH_NO_YEAR.matcher(s)).find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
            Integer y = yearBefore(s, m.start(), year);
            return y == null ? null : new Draft.Due(YearMonth.of(y, Integer.parseInt(m.group(1))).atEndOfMonth(), m.group().trim(), done(s, m.start()), true);
        }
        return null;
    }

    /** One occasion of a duty: its deadline and its rhythm. */
    record Occasion(Draft.Due due, String[] rec) {}

    /** The rhythms of a report, folded, each with the words that name it; "6 tháng đầu năm 2027" is a date, not one. */
    private static final Pattern RHYTHMS = Pattern.compile("\\b(?:(hang thang|moi thang)|(hang quy|moi quy)"
            + "|((?:dinh ky )?(?:6|06|sau) thang)(?! (?:dau|cuoi) nam)|(hang nam|moi nam|0?1 nam|mot nam|(?<=, |va )nam)(?! \\d))\\b");

    /**
     * The occasions of a paragraph's duty: one per dated deadline when it sets several ("sơ kết … vào quý IV/2028 và
     * tổng kết vào quý IV/2030"; "kết quả 6 tháng trước ngày 20/6/2026 và kết quả năm trước ngày 20/12/2026"), else
     * one per rhythm of a report that names several ("định kỳ 6 tháng, 1 năm báo cáo …": the half-year's and the
     * year's), else the one {@code due} and {@code rec} read for the paragraph.
     */
    static List<Occasion> occasions(String s, Integer year, Draft.Due due, String[] rec) {
        List<Occasion> dated = new ArrayList<>();
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        int from = 0;
        for (Draft.Due d = dated(s); d != null && d.text() != null; ) {
            int at = s.indexOf(d.text(), from);
            if (at < 0 || !dates.add(d.date())) {
                break;
            }
            dated.add(new Occasion(d, new String[] {null, null}));
            from = at + d.text().length();
            d = dated(s.substring(from));
        }
        if (dated.size() > 1) {
            return dated;
        }
        String f = Fold.fold(s);
        if (f.matches(".*\\bbao cao\\b.*")) {
            List<Occasion> every = new ArrayList<>();
            java.util.Set<Integer> kinds = new java.util.HashSet<>();
            Matcher m = RHYTHMS.matcher(f);
            while (m.find()) {
                for (int g = 1; g <= 4; g++) {
                    if (m.group(g) != null && kinds.add(g)) {
                        String freq = switch (g) {
                            case 1 -> "monthly";
                            case 2 -> "quarterly";
                            case 3 -> "half-yearly";
                            default -> "yearly";
                        };
                        every.add(new Occasion(due, new String[] {freq, s.substring(m.start(g), m.end(g))}));
                    }
                }
            }
            if (every.size() > 1) {
                return every;
            }
        }
        return List.of(new Occasion(due, rec));
    }

    /** The last year named in {@code s} before {@code at} ("Năm 2027, … trước ngày 30/9"), else {@code year}. */
    private static Integer yearBefore(String s, int at, Integer year) {
        Matcher m = ITEM_YEAR.matcher(s);
        Integer y = year;
        while (m.find() && m.end() <= at) {
            int v = Integer.parseInt(m.group(1));
            if (v >= 1990 && v <= 2100) {
                y = v;
            }
        }
        return y;
    }

    /**
     * The plan's year, for a date printed without one: the year of a one-year plan's title ("… năm 2026"), else the
     * first year of its period in the title ("giai đoạn 2026 - 2030"), else the year it is dated.
     */
    static Integer planYear(Draft d) {
        if (d.title != null) {
            Matcher m = TITLE_YEAR.matcher(d.title);
            if (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= 1990 && y <= 2100) {
                    return y;
                }
            }
        }
        return d.documentDate != null ? Integer.valueOf(d.documentDate.getYear()) : null;
    }

    static int quarter(String q) {
        return switch (q) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    /** The deadline forms that print their year. */
    static Draft.Due dated(String s) {
        Matcher m;
        // a date in figures (30/9/2026), then written out (ngày 30 tháng 9 năm 2026): the same groups, the same test
        for (Pattern p : List.of(BEFORE, BEFORE_WORDS)) {
            m = p.matcher(s);
            while (m.find()) {
                String g = Fold.fold(m.group());
                if (g.contains("hoan thanh") || g.startsWith("truoc") || g.startsWith("cham nhat")
                        || g.startsWith("xong") || deadlineWord(s, m.start())) {
                    LocalDate date = date(m.group(3), m.group(2), m.group(1));
                    return date == null ? null : new Draft.Due(date, m.group().trim(), done(s, m.start()));
                }
            }
        }
        if ((m = MONTH.matcher(s)).find()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), Math.min(12, Math.max(1, Integer.parseInt(m.group(1)))));
            return new Draft.Due(ym.atEndOfMonth(), m.group().trim(), done(s, m.start()));
        }
        if ((m = QUARTER.matcher(s)).find()) {
            int q = quarter(m.group(1));
            return new Draft.Due(YearMonth.of(Integer.parseInt(m.group(2)), q * 3).atEndOfMonth(), m.group().trim(), done(s, m.start()));
        }
        if ((m = HALF.matcher(s)).find()) {
            LocalDate date = m.group(1).equalsIgnoreCase("đầu") ? LocalDate.of(Integer.parseInt(m.group(2)), 6, 30)
                    : LocalDate.of(Integer.parseInt(m.group(2)), 12, 31);
            return new Draft.Due(date, m.group().trim(), done(s, m.start()));
        }
        if ((m = TIME_YEAR.matcher(s)).find()) {
            return new Draft.Due(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), m.group().trim(), done(s, m.start()));
        }
        if ((m = YEAR_DONE.matcher(s)).find()) {
            return new Draft.Due(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), m.group().trim(), done(s, m.start()));
        }
        return null;
    }

    /** "thời gian (thực hiện | hoàn thành)", "thời hạn", "hạn" just before a date: the date is the duty's deadline. */
    private static boolean deadlineWord(String s, int at) {
        return Fold.fold(s.substring(Math.max(0, at - 30), at)).matches(".*(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han|han)\\s*:?\\s*$");
    }

    private static boolean done(String s, int at) {
        return Fold.fold(s.substring(Math.max(0, at - 5), Math.min(s.length(), at + 20))).contains("da hoan thanh");
    }

    static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "hằng năm", "định kỳ 6 tháng", "hằng quý", "hằng tháng": a repeated duty. */
    static String[] recurrence(String s, String f) {
        String[][] r = {{"hang thang", "monthly"}, {"hang quy", "quarterly"}, {"6 thang", "half-yearly"},
            {"hang nam", "yearly"}, {"moi hoc ky", "per-semester"}, {"dinh ky", "periodic"}};
        for (String[] x : r) {
            int i = f.indexOf(x[0]);
            if (i >= 0) {
                return new String[] {x[1], s.substring(i, i + x[0].length())};
            }
        }
        return new String[] {null, null};
    }
}
