package vn.pcmt.draft.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A roadmap step as a sentence ({@link #sentence}), or a roadmap printed as a table (one row per line, cells joined by " | " as a .docx or a tab-separated text gives
 * them), read by its header as a reader would: the year column ("Năm"), the cumulative count ("Lũy kế", "Tổng số",
 * "Số xã … đạt"), the new units of the year ("mới", "tăng thêm", "tối thiểu") and the share ("Tỷ lệ"); a leading
 * row number ("TT", "STT") is skipped. Without a header the older rule (Targets.ROW_STEP: "2026 | 33/104") applies.
 */
final class RoadmapTable {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,4})(?:/(\\d{1,4}))?");
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%");

    /** Column indexes of a roadmap header; -1 when the header has no such column. */
    record Columns(int year, int total, int added, int share) {}

    private static final Pattern SHARE_IN_BRACKETS = Pattern.compile("\\((?:đạt )?(?:tỷ lệ|tỉ lệ)?\\s*(\\d[\\d ,.]*%)\\)?");

    private static final Pattern REACHED = Pattern.compile("(?:có|đạt|xây dựng) (\\d{1,4}) (?:xã|phường|đơn vị)");
    private static final Pattern MIN_NEW = Pattern.compile("(?:tối thiểu|ít nhất|thêm) (\\d{1,4})");
    private RoadmapTable() {}

    /** The columns of a table header naming a year column and a count column; null for any other line. */
    static Columns header(String line) {
        if (!line.contains(" | ") || YEAR.matcher(line).find()) {
            return null;
        }
        String[] cells = line.split(" \\| ", -1);
        int year = -1;
        int total = -1;
        int added = -1;
        int share = -1;
        int count = -1;
        for (int i = 0; i < cells.length; i++) {
            String f = Fold.fold(cells[i]).strip();
            if (f.matches("(nam|thoi gian|thoi diem)\\b.*") && year < 0) {
                year = i;
            } else if (f.matches(".*\\b(ty le|ti le)\\b.*") || f.endsWith("(%)")) {
                share = i;
            } else if (f.matches(".*\\b(luy ke|tong so|tong cong|cong don)\\b.*")) {
                total = i;
            } else if (f.matches(".*\\b(moi|tang them|toi thieu|trong nam)\\b.*")) {
                added = i;
            } else if (f.matches(".*\\b(so|xa|phuong|don vi)\\b.*") && count < 0) {
                count = i;
            }
        }
        if (total < 0) {
            total = count; // "Năm | Số xã đạt chuẩn": the one count column is the count to reach
        }
        return year < 0 || total < 0 && added < 0 ? null : new Columns(year, total, added, share);
    }

    /** A table header (cells, no year in them, a year column) that {@link #header} found no roadmap columns in. */
    static boolean otherHeader(String line) {
        // its one caller (Targets) asks only after header(line) found no roadmap columns
        if (!line.contains(" | ") || YEAR.matcher(line).find()) {
            return false;
        }
        return java.util.Arrays.stream(line.split(" \\| ")).anyMatch(c -> Fold.fold(c).strip().matches("nam\\b.*"));
    }

    /** A row under {@code c} as a roadmap step, or null when its year or count cell is not one. */
    static Draft.Step step(String line, int n, Columns c) {
        String[] cells = line.split(" \\| ", -1);
        Matcher y = c.year() < cells.length ? YEAR.matcher(cells[c.year()]) : null;
        if (y == null || !y.find()) {
            return null;
        }
        Integer total = count(cells, c.total());
        Integer added = count(cells, c.added());
        if (total == null && added == null) {
            return null;
        }
        String share = null;
        if (c.share() >= 0 && c.share() < cells.length) {
            Matcher s = SHARE.matcher(cells[c.share()]);
            share = s.find() ? s.group() : null;
        }
        return new Draft.Step(Integer.parseInt(y.group(1)), n, line, total != null ? total : -1,
                total != null ? added : null, share);
    }

    /** The whole the counts are of: stated in a cell ("10/78"), else from a count and its share (10 at 12,8 % of 78). */
    static int of(String line, Columns c) {
        String[] cells = line.split(" \\| ", -1);
        if (c.total() >= 0 && c.total() < cells.length) {
            Matcher m = COUNT.matcher(cells[c.total()].strip());
            if (m.matches() && m.group(2) != null) {
                return Integer.parseInt(m.group(2));
            }
        }
        Integer total = count(cells, c.total());
        if (total != null && c.share() >= 0 && c.share() < cells.length) {
            Matcher s = SHARE.matcher(cells[c.share()]);
            if (s.find()) {
                double pct = Double.parseDouble(s.group(1).replace(',', '.'));
                if (pct > 0) {
                    return (int) Math.round(total * 100 / pct);
                }
            }
        }
        return 0;
    }

    private static Integer count(String[] cells, int i) {
        if (i < 0 || i >= cells.length) {
            return null;
        }
        Matcher m = COUNT.matcher(cells[i].strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A roadmap step written as a sentence: "Năm 2026: 33/104 xã (31,7%), tối thiểu 5 xã mới". */
    static Draft.Step sentence(String s, int n, int year) {
        Matcher fr = Targets.FRACTION.matcher(s);
        Integer value = null;
        while (fr.find()) {
            value = Integer.parseInt(fr.group(1)); // the last count "33/104" of the line is the one to reach
        }
        if (value == null) {
            Matcher c = REACHED.matcher(s);
            while (c.find()) {
                value = Integer.parseInt(c.group(1));
            }
        }
        Matcher min = MIN_NEW.matcher(s);
        Integer minNew = min.find() ? Integer.parseInt(min.group(1)) : null;
        Matcher share = SHARE_IN_BRACKETS.matcher(s);
        String stated = share.find() ? share.group(1) : null;
        String text = s.replaceFirst("^[-+•]\\s*", "");
        return new Draft.Step(year, n, text, value == null ? -1 : value, minNew, stated);
    }
}
