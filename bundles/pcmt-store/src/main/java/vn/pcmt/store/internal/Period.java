package vn.pcmt.store.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as reporting uses it: a year {@code 2026} or a half-year {@code 2026-H1}, with its dates and
 * its number in the database, {@code year * 4 + half} (0 the year, 1 the first half, 2 the second).
 */
record Period(String code, LocalDate start, LocalDate end, int number) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-H([12]))?");

    /** Null when {@code s} is not a period. */
    static Period parse(String s) {
        Matcher m = s == null ? null : FORM.matcher(s.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        return of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** The period numbered {@code number} in the database. */
    static Period ofNumber(int number) {
        return of(number / 4, number % 4);
    }

    private static Period of(int year, int half) {
        return switch (half) {
            case 0 -> new Period(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year * 4);
            case 1 -> new Period(year + "-H1", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), year * 4 + 1);
            case 2 -> new Period(year + "-H2", LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), year * 4 + 2);
            default -> throw new IllegalArgumentException("no half-year " + half);
        };
    }
}
