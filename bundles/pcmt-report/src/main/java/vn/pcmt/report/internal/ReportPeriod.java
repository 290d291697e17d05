package vn.pcmt.report.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a report covers: {@code 2026-H1} (6 tháng đầu năm), {@code 2026-H2} (6 tháng cuối năm), {@code 2026}. */
record ReportPeriod(String code, LocalDate start, LocalDate end, String vietnamese) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-H([12]))?");

    static ReportPeriod parse(String s) {
        Matcher m = s == null ? null : FORM.matcher(s.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(Words.t("period.bad", s));
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new ReportPeriod(s.strip(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "năm " + y);
        }
        return m.group(2).equals("1")
                ? new ReportPeriod(s.strip(), LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30), "6 tháng đầu năm " + y)
                : new ReportPeriod(s.strip(), LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31), "6 tháng cuối năm " + y);
    }
}
