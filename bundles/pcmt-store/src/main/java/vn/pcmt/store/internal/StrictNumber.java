package vn.pcmt.store.internal;

import vn.pcmt.api.TargetUnit;

/**
 * The one place a typed figure becomes a number (indicator:record and every row of indicator:import). Plain ASCII
 * digits with at most one decimal comma or point, and a minus sign only where the unit allows one; nothing else.
 * {@code Double.parseDouble} had taken {@code 12d} as 12, {@code 0x1p6} as 64 and {@code 1e308} as a count (two of
 * them made report:progress print "Infinity"), and the comma-to-point swap before it turned {@code 1,000} into 1.
 *
 * <p>A grouping separator is refused as ambiguous, not guessed: in Vietnamese {@code 1.000} is one thousand and
 * {@code 1,5} one and a half, in English the other way round, so {@code 1,000} and {@code 1.000} (one to three
 * digits, one separator, exactly three digits) could mean 1 or 1000.
 */
final class StrictNumber {
    /**
     * No count above the population of Viet Nam: 101.3 million people at the end of 2024 (Tổng cục Thống kê,
     * Thông cáo báo chí 2024), rounded up.
     */
    static final double MAX_COUNT = 102_000_000;
    /** A yearly change in percent: from -100 % (all gone) to +1,000 % (elevenfold). */
    static final double MIN_CHANGE = -100;
    static final double MAX_CHANGE = 1_000;
    /** Digits before the decimal separator: a count above the population is refused anyway; this bounds the text. */
    private static final int MAX_DIGITS = 12;

    private StrictNumber() {}

    /** The number {@code text} states, or an IllegalArgumentException saying what is wrong and how to write it. */
    static double parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Words.t("number.none"));
        }
        String s = text.strip();
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        int sep = -1;
        int fracDigits = 0;
        if (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == '.')) {
            sep = i++;
            int fracStart = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            fracDigits = i - fracStart;
        }
        if (i < s.length() || intDigits == 0 || (sep >= 0 && fracDigits == 0)) {
            if (groupedMore(s)) {
                throw new IllegalArgumentException(Words.t("number.grouped", text));
            }
            throw new IllegalArgumentException(Words.t("number.notNumber", text));
        }
        if (sep >= 0 && fracDigits == 3 && intDigits <= 3 && s.charAt(intStart) != '0') {
            String digits = s.substring(intStart, sep) + s.substring(sep + 1);
            throw new IllegalArgumentException(Words.t("number.ambiguous", text, s.charAt(sep),
                    (negative ? "-" : "") + digits, s.substring(0, sep) + "," + stripZeros(s.substring(sep + 1))));
        }
        if (intDigits > MAX_DIGITS) {
            throw new IllegalArgumentException(Words.t("number.tooLong", text, MAX_DIGITS));
        }
        return Double.parseDouble(s.replace(',', '.'));
    }

    /**
     * The number of {@code text} for a target measured in {@code unit}, within that unit's bounds: a count from 0 to
     * {@link #MAX_COUNT}, a share from 0 to 100, a yearly change from {@link #MIN_CHANGE} to {@link #MAX_CHANGE}.
     */
    static double parse(String text, TargetUnit unit) {
        double v = parse(text);
        switch (unit) {
            case COUNT -> {
                if (v < 0) {
                    throw new IllegalArgumentException(Words.t("number.negative", text.strip()));
                }
                if (v > MAX_COUNT) {
                    throw new IllegalArgumentException(Words.t("number.aboveCountry", text.strip(),
                            vn.pcmt.api.text.Numbers.format(MAX_COUNT)));
                }
            }
            case PERCENT -> {
                if (v < 0) {
                    throw new IllegalArgumentException(Words.t("number.negative", text.strip()));
                }
                if (v > 100) {
                    throw new IllegalArgumentException(Words.t("number.above100", text.strip()));
                }
            }
            case PERCENT_PER_YEAR -> {
                if (v < MIN_CHANGE || v > MAX_CHANGE) {
                    throw new IllegalArgumentException(Words.t("number.change", text.strip(), (int) MIN_CHANGE,
                            (int) MAX_CHANGE));
                }
            }
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits in groups of three after two or more separators: 1.000.000, 1,000,000, 1.000,5. */
    private static boolean groupedMore(String s) {
        return s.matches("-?\\d{1,3}([.,]\\d{3}){2,}|-?\\d{1,3}([.,]\\d{3})+[.,]\\d+");
    }

    private static String stripZeros(String frac) {
        String f = frac.replaceAll("0+$", "");
        return f.isEmpty() ? "0" : f;
    }
}
