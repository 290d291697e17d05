package vn.pcmt.draft.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work assigned by labels rather than by sentences, as plans in the style of Nghị định 30/2020/NĐ-CP print it:
 * a task followed by its responsibility line ("Cơ quan chủ trì: Công an tỉnh; cơ quan phối hợp: Sở Y tế; Thời gian
 * thực hiện: quý III/2026", or one label a line: "- Chủ trì: …", "- Phối hợp: …", "- Thời hạn: …", "- Sản phẩm: …"),
 * and the annex table of tasks ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành").
 * The bodies after "chủ trì" (or "đơn vị thực hiện") lead, after "phối hợp" coordinate, after "đề nghị" are
 * requested; the time is the task's deadline.
 */
final class Assigned {
    /**
     * A label of a responsibility line, folded, up to its colon. "Sản phẩm" and "Kinh phí" belong to the block but
     * assign nothing.
     */
    private static final Pattern LABEL = Pattern.compile("(?<![a-z])((?:cac )?(?:co quan|don vi)(?: (?:duoc )?(?:chu tri|phoi hop"
            + "|thuc hien|de nghi)(?: phoi hop| thuc hien)?)?|chu tri(?: thuc hien)?|phoi hop(?: thuc hien)?|de nghi(?: phoi hop)?"
            // a time label may name what it times: "Thời gian hoàn thành khảo sát:", "Thời gian tổ chức:"
            + "|(?:thoi gian(?: thuc hien| hoan thanh| trien khai)?|thoi han(?: hoan thanh| thuc hien)?|tien do(?: thuc hien| hoan thanh)?)(?: [a-z]+){0,3}"
            + "|san pham(?: dau ra)?|ket qua dau ra|(?:nguon )?kinh phi(?: thuc hien)?)\\s*:");
    /** What may stand before a responsibility line's first label: a bullet, a bracket. */
    private static final Pattern OPENING = Pattern.compile("^[-+•*]?\\s*\\(?\\s*");
    private static final Pattern TIME = Pattern.compile("^(?:thoi gian|thoi han|tien do)");

    /** A body given the task, with the line its position is on and its role. */
    record Body(Agencies.Hit hit, String line, String role) {}

    /** What a responsibility line or a table row says of one task. */
    static final class Block {
        final List<Body> bodies = new ArrayList<>();
        Draft.Due due;
        String[] recurrence = {null, null};
        String words;
        /** The year a date printed without one takes (the plan's); null: such dates are not read. */
        Integer year;

        boolean hasBodies() {
            return !bodies.isEmpty();
        }
    }

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)tháng (\\d{1,2})(?:/| năm )(\\d{4})");
    private static final Pattern YEAR_SPAN = Pattern.compile("\\d{4}\\s*[-–]\\s*\\d{4}");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern QUARTER_ONLY = Pattern.compile("(?i)^\\s*(?:trong |cuối )?quý (I{1,3}|IV|[1-4])\\b(?!\\s*[/\\d])");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?i)^\\s*(?:trong |cuối )?tháng (\\d{1,2})\\b(?!\\s*[/\\d])");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?i)(?<![\\d/])(?:năm )?(\\d{4})(?![\\d/])");
    private Assigned() {}

    /** Whether the line is a responsibility line: it opens with a label ("Cơ quan chủ trì:", "- Thời hạn:"). */
    static boolean responsibility(String s) {
        String f = Fold.fold(s);
        Matcher o = OPENING.matcher(f);
        int at = o.lookingAt() ? o.end() : 0;
        Matcher m = LABEL.matcher(f);
        m.region(at, f.length());
        return m.lookingAt();
    }

    /**
     * Where responsibility labels start inside a task's own paragraph ("… (Cơ quan chủ trì: Công an tỉnh; thời gian:
     * quý II/2026)."): after a bracket or a sentence end, a label naming bodies; -1 when none.
     */
    static int inline(String s) {
        String f = Fold.fold(s);
        Matcher m = LABEL.matcher(f);
        while (m.find()) {
            String before = f.substring(Math.max(0, m.start() - 2), m.start());
            if (m.start() > 0 && (before.endsWith("(") || before.endsWith(". ") || before.endsWith("; ") || before.endsWith("- "))
                    && !TIME.matcher(m.group(1)).lookingAt() && !m.group(1).matches("san pham.*|ket qua.*|.*kinh phi.*")) {
                return m.start();
            }
        }
        return -1;
    }

    /** Reads the labels of {@code s} from {@code from} into {@code b}. */
    static void read(String s, int from, Block b) {
        String f = Fold.fold(s);
        Matcher m = LABEL.matcher(f);
        m.region(from, f.length());
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < labels.size(); i++) {
            int a = labels.get(i)[1];
            int e = i + 1 < labels.size() ? labels.get(i + 1)[0] : f.length();
            String label = f.substring(labels.get(i)[0], a);
            if (TIME.matcher(label).lookingAt()) {
                String t = s.substring(a, e).replaceAll("[\\s;,.)]+$", "").trim();
                if (b.due == null) {
                    b.due = due(t, b.year);
                }
                if (b.recurrence[0] == null) {
                    b.recurrence = Deadlines.recurrence(t, Fold.fold(t));
                }
            } else if (label.contains("de nghi")) {
                bodies(s, f, a, e, "requested", b);
            } else if (label.contains("chu tri")) {
                bodies(s, f, a, e, "lead", b);
            } else if (label.contains("phoi hop")) {
                bodies(s, f, a, e, "coordinate", b);
            } else if (label.contains("thuc hien") || label.matches("(?:cac )?(?:co quan|don vi)\\s*:")) {
                bodies(s, f, a, e, "lead", b);
            }
        }
        String w = s.substring(from).replaceFirst("^[-+•*(\\s]+", "").trim();
        b.words = b.words == null ? w : b.words;
    }

    /** The bodies named in {@code [a, e)} of the line, each with {@code role}; after "đề nghị" requested. */
    private static void bodies(String s, String f, int a, int e, String role, Block b) {
        int pos = a;
        while (pos < e) {
            if (f.startsWith("de nghi ", pos)) {
                role = "requested";
            }
            if (pos == 0 || !Character.isLetterOrDigit(f.charAt(pos - 1))) {
                Agencies.Hit h = Agencies.at(s, f, pos);
                if (h != null && h.end() <= e) {
                    final String id = h.id();
                    if (b.bodies.stream().noneMatch(x -> x.hit().id().equals(id))) {
                        b.bodies.add(new Body(h, s, role));
                    }
                    pos = h.end();
                    continue;
                }
            }
            pos++;
        }
    }

    /**
     * The deadline a time label or column gives: the forms of {@link Duties#due} and, the label saying it is a
     * time, bare ones: "Tháng 10/2026" (its last day), "30/9/2026", "Năm 2026" / "2026" (31 December); the last of
     * "từ tháng 3 đến tháng 10/2026". A span of years ("2026 - 2030") and "thường xuyên", "hằng năm" set no date.
     * A day and month, or a quarter, printed with no year take {@code year}.
     */
    static Draft.Due due(String t, Integer year) {
        Draft.Due d = Deadlines.due(t, year);
        if (d != null) {
            return d;
        }
        Matcher m = DMY.matcher(t);
        Draft.Due last = null;
        while (m.find()) {
            try {
                last = new Draft.Due(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), m.group(), false);
            } catch (java.time.DateTimeException e) {
                last = null;
            }
        }
        if (last != null) {
            return last;
        }
        m = MONTH_YEAR.matcher(t);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(1));
            if (mo >= 1 && mo <= 12) {
                last = new Draft.Due(YearMonth.of(Integer.parseInt(m.group(2)), mo).atEndOfMonth(), m.group(), false);
            }
        }
        if (last != null) {
            return last;
        }
        if (YEAR_SPAN.matcher(t).find()) {
            return null; // a span: the task runs through it, no single deadline
        }
        if (year != null && Deadlines.recurrence(t, Fold.fold(t))[0] == null) {
            // the label says it is a time, the year is left out: "30/9", "Quý III", "Tháng 10" of the plan's year
            m = DAY_MONTH.matcher(t);
            while (m.find()) {
                try {
                    last = new Draft.Due(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), m.group(), false, true);
                } catch (java.time.DateTimeException e) {
                    last = null;
                }
            }
            if (last != null) {
                return last;
            }
            m = QUARTER_ONLY.matcher(t);
            if (m.find()) {
                return new Draft.Due(YearMonth.of(year, Deadlines.quarter(m.group(1)) * 3).atEndOfMonth(), m.group().trim(), false, true);
            }
            m = MONTH_ONLY.matcher(t);
            if (m.find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
                return new Draft.Due(YearMonth.of(year, Integer.parseInt(m.group(1))).atEndOfMonth(), m.group().trim(), false, true);
            }
        }
        m = YEAR_ONLY.matcher(t);
        if (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1990 && y <= 2100) {
                return new Draft.Due(LocalDate.of(y, 12, 31), m.group(), false);
            }
        }
        return null;
    }

    /** The columns of a task table, from its header row; -1 where the table has none. */
    record Table(int task, int lead, int coordinate, int time) {
        /** The task of a row, with its bodies and deadline; null for a row that is none (a group heading). */
        Block row(String s, Integer year) {
            List<int[]> cells = cells(s);
            if (cells.size() <= Math.max(task, lead)) {
                return null;
            }
            int[] tc = cells.get(task);
            if (tc[1] <= tc[0]) {
                return null;
            }
            String f = Fold.fold(s);
            Block b = new Block();
            b.year = year;
            bodies(s, f, cells.get(lead)[0], cells.get(lead)[1], "lead", b);
            if (coordinate >= 0 && coordinate < cells.size()) {
                bodies(s, f, cells.get(coordinate)[0], cells.get(coordinate)[1], "coordinate", b);
            }
            if (!b.hasBodies()) {
                return null;
            }
            if (time >= 0 && time < cells.size()) {
                String t = s.substring(cells.get(time)[0], cells.get(time)[1]);
                b.due = due(t, b.year);
                b.recurrence = Deadlines.recurrence(t, Fold.fold(t));
            }
            b.words = s.substring(cells.get(lead)[0], cells.get(lead)[1]);
            return b;
        }

        /** The task's text: its cell, as printed. */
        String text(String s) {
            int[] c = cells(s).get(task);
            return s.substring(c[0], c[1]);
        }
    }

    /**
     * The header row of a task table: a cell "Nhiệm vụ" (or "Nội dung", "Tên nhiệm vụ", "Hoạt động") and a cell
     * "Cơ quan chủ trì" (or "Đơn vị thực hiện"); the other columns "… phối hợp", "Thời gian / Thời hạn / Tiến độ".
     */
    static Table header(String s) {
        List<int[]> cells = cells(s);
        if (cells.size() < 3) {
            return null;
        }
        String f = Fold.fold(s);
        int task = -1;
        int lead = -1;
        int coord = -1;
        int time = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = f.substring(cells.get(i)[0], cells.get(i)[1]);
            if (c.length() > 60) {
                return null; // a row of text, not a header
            }
            if (task < 0 && c.matches("(?:ten )?(?:cac )?(?:nhiem vu|noi dung|hoat dong|cong viec|giai phap).*")) {
                task = i;
            } else if (lead < 0 && (c.contains("chu tri") || c.matches("(?:co quan|don vi)(?: (?:duoc )?giao)?(?: thuc hien| chiu trach nhiem)?.*")
                    && !c.contains("phoi hop"))) {
                lead = i;
            } else if (coord < 0 && c.contains("phoi hop")) {
                coord = i;
            } else if (time < 0 && c.matches("(?:thoi gian|thoi han|tien do|moc thoi gian).*")) {
                time = i;
            }
        }
        return task >= 0 && lead >= 0 ? new Table(task, lead, coord, time) : null;
    }

    /** The cells of a row "a | b | c" (a .docx row, or a text table's) as [start, end) of the line, trimmed. */
    static List<int[]> cells(String s) {
        List<int[]> out = new ArrayList<>();
        int a = 0;
        while (true) {
            int bar = s.indexOf('|', a);
            int e = bar < 0 ? s.length() : bar;
            int x = a;
            int y = e;
            while (x < y && s.charAt(x) == ' ') x++;
            while (y > x && s.charAt(y - 1) == ' ') y--;
            out.add(new int[] {x, y});
            if (bar < 0) {
                break;
            }
            a = bar + 1;
        }
        return out;
    }
}
