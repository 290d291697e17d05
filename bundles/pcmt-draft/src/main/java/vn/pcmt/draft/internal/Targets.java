package vn.pcmt.draft.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets (chỉ tiêu) as Vietnamese plans state them: a number or share with the words before it that set the
 * comparator ("ít nhất", "tối thiểu", "không dưới", "đạt" ≥; "trên", "hơn" >; "không quá", "tối đa" ≤; "dưới" <;
 * "từ … đến …" between; a bare "100%" =), zero tolerance ("không để phát sinh / xảy ra / tồn tại …", no value), and
 * the year the same clause or sentence gives ("đến năm 2030", "hết năm 2026", "trong năm 2025"), else the year of
 * the section's heading (implied). Roadmaps: a line per year ("Năm 2026: … 33/104 xã …") or "năm 2025: 28 xã"
 * inline, or a table row whose first cell is a year. See docs/draft.md.
 */
final class Targets {
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d/.,])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%");
    private static final Pattern BETWEEN = Pattern.compile("(?i)từ (\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%? (?:đến|tới|-) (\\d{1,3}(?:[.,]\\d{1,2})?)\\s?(%)?(?: (?=[\\p{L}]))?");
    static final Pattern FRACTION = Pattern.compile("(?<![\\d/])(\\d{1,3})/(\\d{1,3})(?![\\d/])");
    private static final String NOUN = "(?:xã|phường|đơn vị|mô hình|buổi|cơ sở|người|lượt|lớp|điểm|trường|câu lạc bộ|tổ|đội|"
            + "khu dân cư|thôn|tổ dân phố|cuộc|chuyên đề|đợt|tin|bài|phóng sự|hội nghị|trạm|vụ|đối tượng)";
    private static final Pattern COUNT = Pattern.compile("(?i)(ít nhất|tối thiểu|không dưới|không ít hơn|trên|hơn|không quá|tối đa|"
            + "tương đương|xây dựng|xây dựng mới|đạt|có)(?: từ)? (\\d{1,4})(?: đến (\\d{1,4}))? " + NOUN + "(?![\\p{L}])");
    private static final Pattern ZERO = Pattern.compile("(?i)không (?:để|đê)(?: cho)? (?:tái )?(?:phát sinh|xảy ra|tồn tại|hình thành|xuất hiện)");
    private static final Pattern ZERO_ABUSE = Pattern.compile("(?i)không (?:để|đê)(?: cho)? (?:các |bất kỳ )?(?:đối tượng|tội phạm)[\\p{L} ]{0,20}? lợi dụng");
    static final Pattern YEAR = Pattern.compile("(?:đến (?:hết )?năm|hết năm|trong năm|ngay năm|vào năm|cuối năm|năm|đến|giai đoạn \\d{4}\\s?[-–]\\s?)\\s?(\\d{4})(?!\\d|/)");
    private static final Pattern STEP = Pattern.compile("^[-+•]?\\s*(?:Năm|Đến (?:hết )?năm|Trong năm|Hết năm) (\\d{4})\\s*:");
    private static final Pattern INLINE_STEP = Pattern.compile("(?i)năm (\\d{4})\\s*:\\s*(\\d{1,4})(?:/(\\d{1,4}))? (?:xã|phường|đơn vị)");
    private static final Pattern ROW_STEP = Pattern.compile("^(?:Năm )?(\\d{4}) \\| (\\d{1,4})(?:/(\\d{1,4}))?(?: [\\p{L}, ]+)?(?: \\||$)");

    private Targets() {}

    static void read(Draft d, String[] sectionOf, Context ctx) {
        List<Draft.Step> steps = new ArrayList<>();
        String stepSection = null;
        int stepOf = 0;
        Integer[] under = {null}; // the year of an unlabelled heading "Chỉ tiêu năm 2026:" over the lines below it
        String[] underSection = {null};
        RoadmapTable.Columns table = null; // the header of the table being read, if it names a roadmap's columns
        boolean otherTable = false;
        Context inner = new Context() {
            @Override
            public Integer headingYear(String section) {
                return under[0] != null ? under[0] : ctx.headingYear(section);
            }

            @Override
            public boolean objectives(String section) {
                return under[0] != null || ctx.objectives(section);
            }
        };
        for (int n = 1; n <= d.lines.size(); n++) {
            String section = sectionOf[n];
            if (section == null) {
                continue;
            }
            String s = d.line(n);
            if (!section.equals(underSection[0])) {
                under[0] = null;
            }
            Integer hy = headingYear(s);
            if (hy != null) {
                under[0] = hy; // the line is read as well: "Chỉ tiêu năm 2026: không để phát sinh …"
                underSection[0] = section;
            }
            Matcher st = STEP.matcher(s);
            Matcher row = ROW_STEP.matcher(s);
            Draft.Step step = null;
            RoadmapTable.Columns head = RoadmapTable.header(s);
            if (head != null || RoadmapTable.otherHeader(s)) {
                table = head; // null under a table of other figures ("Năm | Kinh phí"): its rows are no roadmap
                otherTable = head == null;
                continue;
            }
            if (!s.contains(" | ")) {
                otherTable = false;
            }
            Draft.Step tableStep = table == null || !s.contains(" | ") ? null : RoadmapTable.step(s, n, table);
            if (tableStep != null) {
                step = tableStep;
                stepOf = stepOf > 0 ? stepOf : RoadmapTable.of(s, table);
            } else if (st.find()) {
                step = RoadmapTable.sentence(s, n, Integer.parseInt(st.group(1)));
            } else if (!otherTable && row.find()) {
                step = new Draft.Step(Integer.parseInt(row.group(1)), n, s, Integer.parseInt(row.group(2)), null, null);
                if (row.group(3) != null) {
                    stepOf = Integer.parseInt(row.group(3));
                }
            }
            if (step != null) {
                if (!steps.isEmpty() && !section.equals(stepSection)) {
                    roadmap(d, stepSection, steps, stepOf);
                }
                steps.add(step);
                stepSection = section;
                Matcher fr = FRACTION.matcher(s);
                if (fr.find()) {
                    stepOf = Integer.parseInt(fr.group(2));
                }
                continue;
            }
            Matcher in = INLINE_STEP.matcher(s);
            boolean inline = false;
            while (in.find()) {
                inline = true;
                steps.add(new Draft.Step(Integer.parseInt(in.group(1)), n, in.group(), Integer.parseInt(in.group(2)), null, null));
                stepSection = section;
                if (in.group(3) != null) {
                    stepOf = Integer.parseInt(in.group(3));
                }
            }
            if (!steps.isEmpty() && !inline) {
                roadmap(d, stepSection, steps, stepOf);
                steps.clear();
                stepOf = 0;
            }
            if (!inline) {
                line(d, n, section, inner);
            }
        }
        if (!steps.isEmpty()) {
            roadmap(d, stepSection, steps, stepOf);
        }
    }

    private static final Pattern TARGET_HEADING = Pattern.compile("^(?:[-+•*]\\s*)?(?:[a-zđ]\\)\\s*)?(?:các |những )?(?:chỉ tiêu|mục tiêu)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The year of a line that heads targets without a label ("Chỉ tiêu năm 2026:", "- Chỉ tiêu đến năm 2030"): short,
     * no share and no number but its years; the targets below it take that year when their sentence gives none.
     */
    static Integer headingYear(String s) {
        if (s.length() > 120 || s.contains("%") || !TARGET_HEADING.matcher(s).matches()) {
            return null;
        }
        Matcher y = YEAR.matcher(s.toLowerCase(java.util.Locale.ROOT));
        Integer year = null;
        int last = 0;
        StringBuilder rest = new StringBuilder();
        while (y.find()) {
            year = Integer.parseInt(y.group(1));
            rest.append(s, last, y.start());
            last = y.end();
        }
        rest.append(s.substring(last));
        if (year == null || rest.toString().matches(".*\\d.*") || rest.toString().replaceAll("[\\s:.]+$", "").length() > 70) {
            return null;
        }
        return year;
    }

    /** Sections and years the target rules need from the rest of the draft. */
    interface Context {
        /** The year a section's heading (or an ancestor's) sets ("Mục tiêu đến năm 2030"), else null. */
        Integer headingYear(String section);

        /** Whether the section is under the objectives (Mục tiêu) part. */
        boolean objectives(String section);
    }

    private static void roadmap(Draft d, String section, List<Draft.Step> steps, int of) {
        List<Draft.Step> ok = steps.stream().filter(s -> s.value() >= 0 && (of == 0 || s.value() <= of)).toList();
        if (ok.size() >= 2) {
            String indicator = Indicators.forRoadmap(d, d.line(ok.get(0).line()), of);
            String id = "roadmap-" + (d.roadmaps.size() + 1);
            d.roadmaps.add(new Draft.Roadmap(id, section, indicator, of == 0 ? null : of, List.copyOf(ok),
                    Draft.Meta.of(ok.size() == steps.size() ? 0.85 : 0.5, ok.get(0).text())));
        }
        steps.clear();
    }

    /** One found number before it is a target. */
    private record Hit(int start, int end, String comparator, Double value, Double max, String unit, Integer of, double conf) {}

    private static void line(Draft d, int n, String section, Context ctx) {
        String s = d.line(n);
        String f = Fold.fold(s);
        List<Hit> hits = new ArrayList<>();
        Matcher b = BETWEEN.matcher(s);
        while (b.find()) {
            boolean pct = b.group(3) != null || s.substring(b.start(), b.end()).contains("%");
            hits.add(new Hit(b.start(), b.end(), "between", num(b.group(1)), num(b.group(2)), pct ? "percent" : "count", null, 0.8));
        }
        Matcher p = PERCENT.matcher(s);
        while (p.find()) {
            if (inside(hits, p.start()) || bracketedShare(s, p.start()) || funding(f, p.start())
                    || s.substring(Math.max(0, p.start() - 12), p.start()).matches(".*\\d/\\d+\\s?=\\s?$")) {
                continue;
            }
            double v = num(p.group(1));
            if (v > 100) {
                continue;
            }
            String win = window(f, p.start(), hits);
            String cmp = comparator(f, win, v);
            if (cmp.equals("equal") && !hits.isEmpty() && win.matches(".*\\bva\\s*$") && !win.contains(";")) {
                cmp = hits.get(hits.size() - 1).comparator(); // "đạt 70% số xã … và 90% cơ quan": the same comparator
            }
            hits.add(new Hit(p.start(), p.end(), cmp, v, null, "percent", null, cmp.equals("equal") && v != 100 ? 0.7 : 0.9));
        }
        Matcher fr = FRACTION.matcher(s);
        while (fr.find()) {
            int a = Integer.parseInt(fr.group(1));
            int whole = Integer.parseInt(fr.group(2));
            String after = f.substring(fr.end(), Math.min(f.length(), fr.end() + 25));
            String before = f.substring(Math.max(0, fr.start() - 12), fr.start());
            if (inside(hits, fr.start()) || a > whole || before.contains("ngay") || before.contains("so ")
                    || !(after.matches("^ (?:=|xa|phuong|don vi|co so|truong|mo hinh|huyen).*"))) {
                continue;
            }
            hits.add(new Hit(fr.start(), fr.end(), "equal", (double) a, null, "count", whole, 0.75));
        }
        Matcher c = COUNT.matcher(s);
        while (c.find()) {
            int numStart = c.start(2);
            if (inside(hits, numStart) || c.group(2).length() == 4 && c.group(2).startsWith("20")
                    || s.lastIndexOf('(', numStart) > s.lastIndexOf(')', numStart) && !c.group(1).equalsIgnoreCase("tương đương")) {
                continue;
            }
            String w = c.group(1).toLowerCase();
            String cmp;
            double conf;
            if (w.equals("tương đương")) {
                cmp = hits.isEmpty() ? "equal" : hits.get(hits.size() - 1).comparator();
                conf = 0.7;
            } else if (c.group(3) != null) {
                cmp = "between";
                conf = 0.7;
            } else {
                cmp = comparator(f, f.substring(Math.max(0, c.start()), numStart), Double.parseDouble(c.group(2)));
                conf = cmp.equals("equal") ? 0.45 : 0.7;
            }
            if (cmp.equals("equal") && !ctx.objectives(section) && !w.equals("đạt") && !w.equals("có")) {
                continue; // "xây dựng 3 mô hình" in a duty is the duty's content, not a target
            }
            if (w.equals("có") && !ctx.objectives(section)) {
                continue;
            }
            hits.add(new Hit(c.start(), c.end(), cmp, Double.parseDouble(c.group(2)),
                    c.group(3) == null ? null : Double.parseDouble(c.group(3)), "count", null, conf));
        }
        Matcher z = ZERO.matcher(s);
        while (z.find()) {
            hits.add(new Hit(z.start(), z.end(), "none", null, null, "count", null, 0.8));
        }
        if (ctx.objectives(section)) {
            Matcher za = ZERO_ABUSE.matcher(s);
            while (za.find()) {
                if (!inside(hits, za.start())) {
                    hits.add(new Hit(za.start(), za.end(), "none", null, null, "count", null, 0.55));
                }
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            int prevEnd = i == 0 ? 0 : hits.get(i - 1).end();
            int nextStart = i + 1 < hits.size() ? hits.get(i + 1).start() : s.length();
            add(d, n, section, s, f, h, prevEnd, nextStart, ctx);
        }
    }

    /**
     * Whether the year at {@code at} is what a target is measured against, not its year: "giảm 10% so với năm 2025",
     * "cao hơn năm 2025 ít nhất 5%", "so với cùng kỳ năm 2025".
     */
    static boolean baseline(String s, int at) {
        return Fold.fold(s.substring(Math.max(0, at - 25), at)).matches(".*\\b(?:so voi(?: cung ky)?|(?:cao|thap|nhieu|it) hon)\\s*$");
    }

    private static void add(Draft d, int n, String section, String s, String f, Hit h, int prevEnd, int nextStart, Context ctx) {
        int[] clause = clause(s, h.start(), h.end());
        String text = s.substring(clause[0], clause[1]).trim();
        if (text.isEmpty()) {
            return;
        }
        if (h.unit().equals("count") && h.value() != null && s.substring(clause[0], h.start()).matches(".*(?<![\\d.,])100\\s?%.*")
                && !Fold.fold(s.substring(Math.max(0, h.start() - 15), h.start())).contains("tuong duong")) {
            return; // "100% xã tổ chức ít nhất 01 buổi …": what each unit of the share must do, not a target of its own
        }
        int sentStart = Math.max(s.lastIndexOf(". ", h.start()) + 1, s.lastIndexOf(';', h.start()) + 1);
        int sentEnd = sentenceEnd(s, h.end());
        Integer year = null;
        Matcher y = YEAR.matcher(s);
        y.region(h.end(), Math.min(nextStart, sentEnd));
        while (year == null && y.find()) {
            if (!baseline(s, y.start())) {
                year = Integer.parseInt(y.group(1));
            }
        }
        if (year == null) {
            y = YEAR.matcher(s);
            y.region(Math.max(0, sentStart), h.start());
            while (y.find()) {
                if (!baseline(s, y.start())) {
                    year = Integer.parseInt(y.group(1));
                }
            }
        }
        boolean implied = false;
        if (year == null) {
            year = ctx.headingYear(section);
            implied = year != null;
        }
        String sentenceF = f.substring(Math.max(0, sentStart), sentEnd);
        String recurrence = null;
        String unit = h.unit();
        String measure = null;
        if (sentenceF.matches(".*\\b(hang|moi) nam\\b.*")) {
            recurrence = "yearly";
            if (unit.equals("percent") && sentenceF.matches(".*\\btang\\b.*")) {
                unit = "percent-per-year";
            }
        } else if (sentenceF.matches(".*\\bmoi hoc ky\\b.*")) {
            recurrence = "per-semester";
        } else if (sentenceF.matches(".*\\b(moi|hang) nam hoc\\b.*")) {
            recurrence = "per-school-year";
        }
        String near = f.substring(Math.max(0, h.start() - 20), h.start());
        if (near.matches(".*\\bgiam( (tu|it nhat|toi thieu|tren))?\\s*$")) {
            measure = "decrease";
        } else if (near.matches(".*\\btang( (tu|it nhat|toi thieu|tren))?\\s*$") && !unit.equals("percent-per-year")) {
            measure = "increase";
        }
        String indicator = Indicators.forTarget(d, Fold.fold(text), h.unit(), h.comparator(), measure);
        String words = s.substring(Math.max(clause[0], h.start() - 30 < 0 ? 0 : wordStart(s, h.start() - 30)),
                Math.min(clause[1], h.end() + 40 > s.length() ? s.length() : wordEnd(s, h.end() + 40))).trim();
        double conf = h.conf() - (year == null && h.unit().startsWith("percent") ? 0.1 : 0);
        d.targets.add(new Draft.Target("t" + (d.targets.size() + 1), section, n, indicator, text, h.comparator(),
                h.comparator().equals("none") ? null : h.value(), h.max(), unit, measure, h.of(), year, implied, recurrence,
                Draft.Meta.of(Math.round(conf * 100) / 100.0, words)));
    }

    private static int wordStart(String s, int i) {
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int sentenceEnd(String s, int from) {
        int dot = s.indexOf(". ", from);
        int semi = s.indexOf(';', from);
        int end = s.length();
        if (dot >= 0) end = Math.min(end, dot + 1);
        if (semi >= 0) end = Math.min(end, semi);
        return end;
    }

    /** The clause around a number: from the last ";" or sentence start (or "- ") to the next ";" or sentence end. */
    static int[] clause(String s, int start, int end) {
        int a = 0;
        for (String sep : new String[] {"; ", ". ", ": "}) {
            int i = s.lastIndexOf(sep, start);
            if (i >= 0 && i + 2 <= start) {
                a = Math.max(a, i + 2);
            }
        }
        if (s.startsWith("- ", a) || s.startsWith("+ ", a)) {
            a += 2;
        }
        java.util.regex.Matcher lab = Pattern.compile("^(?:[IVX]+\\.|\\d+(?:\\.\\d+)*\\.?|[a-zđ]\\)) ").matcher(s.substring(a));
        if (a == 0 && lab.find() && lab.end() <= start) {
            a = lab.end();
        }
        int e = sentenceEnd(s, end);
        String t = s.substring(a, e);
        int drop = t.length() - t.replaceAll("[\\s(,:]+$", "").length();
        return new int[] {a, e - drop};
    }

    private static String window(String f, int pos, List<Hit> hits) {
        int from = Math.max(0, pos - 40);
        for (Hit h : hits) {
            if (h.end() <= pos && h.end() > from) {
                from = h.end();
            }
        }
        int cut = Math.max(f.lastIndexOf(';', pos), f.lastIndexOf(". ", pos));
        return f.substring(Math.max(from, cut + 1), pos);
    }

    static String comparator(String f, String window, double v) {
        String w = window.replaceAll("[\\s(]+$", "");
        if (w.matches(".*\\b(it nhat|toi thieu|khong duoi|khong it hon|tu)( la)?( dat| co| bang)?( tu)?$")) {
            return "at-least";
        }
        if (w.matches(".*\\b(khong qua|khong vuot qua|toi da|khong cao hon|khong vuot)( muc)?$")) {
            return "at-most";
        }
        if (w.matches(".*\\b(tren|hon|vuot)( muc)?$")) {
            return "more-than";
        }
        if (w.matches(".*\\b(duoi|thap hon)( muc)?$")) {
            return "less-than";
        }
        if (w.matches(".*\\b(phan dau|phan dau dat|dat|dat ty le|dat ti le|dat muc)$") && v < 100) {
            return "at-least";
        }
        return "equal";
    }

    private static boolean inside(List<Hit> hits, int pos) {
        return hits.stream().anyMatch(h -> pos >= h.start() && pos < h.end());
    }

    /** "(đạt tỷ lệ 27%)" after a count restates the count as a share: not a target of its own. */
    private static boolean bracketedShare(String s, int pos) {
        int open = s.lastIndexOf('(', pos);
        int close = s.lastIndexOf(')', pos);
        if (open < 0 || close > open) {
            return false;
        }
        String inside = Fold.fold(s.substring(open, pos));
        return inside.matches("\\(\\s*(dat )?(ty le|ti le|tuong duong|bang)?\\s*") || FRACTION.matcher(s.substring(Math.max(0, open - 12), open)).find();
    }

    /** A share of a budget ("ngân sách … 30%") is a funding rule, not a target. */
    private static boolean funding(String f, int pos) {
        String before = f.substring(Math.max(0, pos - 60), pos);
        return before.contains("kinh phi") || before.contains("ngan sach") || before.contains("von ") || before.contains("thue");
    }

    static double num(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }
}
