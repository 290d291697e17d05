package vn.pcmt.store.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period as reporting uses it: a year {@code 2026} or a half-year {@code 2026-H1}, with its dates. */
record Period(String code, LocalDate start, LocalDate end) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-H([12]))?");

    /** Null when {@code s} is not a period. */
    static Period parse(String s) {
        Matcher m = s == null ? null : FORM.matcher(s.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Period(m.group(0), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        return m.group(2).equals("1") ? new Period(m.group(0), LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
                : new Period(m.group(0), LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
    }
}
