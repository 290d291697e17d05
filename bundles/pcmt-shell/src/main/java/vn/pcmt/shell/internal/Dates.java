package vn.pcmt.shell.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.text.Text;

/**
 * Dates as operators write them: {@code 23/11/2026}, {@code 3/7/2026} (day first, as every Vietnamese document), or
 * ISO {@code 2026-11-23}; shown {@code dd/mm/yyyy} in Vietnamese, ISO in English. Periods: {@code 2026},
 * {@code 2026-H1}, {@code 6 tháng đầu năm 2026}, {@code 6 tháng cuối năm 2026}, {@code năm 2026}.
 */
final class Dates {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {}

    /** The date in {@code text}, or null when it is not one of the accepted forms or not a real day. */
    static LocalDate parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = DMY.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null; // 31/02/2026
        }
        return null;
    }

    /** The date of option {@code --name}, or an error naming the option, the value and the forms accepted. */
    static LocalDate parse(String option, String text) {
        LocalDate d = parseOrNull(text);
        if (d == null) {
            throw new OperatorError(Msg.t("date.bad", option, text));
        }
        return d;
    }

    /** A date as the operator reads it: 23/11/2026 in Vietnamese, 2026-11-23 in English. */
    static String show(LocalDate d) {
        if (d == null) {
            return "";
        }
        return Msg.vi() ? VI.format(d) : d.toString();
    }

    private static final Pattern HALF = Pattern.compile("6 thang (dau|cuoi) nam (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:nam )?(\\d{4})");
    private static final Pattern CODE = Pattern.compile("(\\d{4})-[hH]([12])");

    /** A period in the store's notation ({@code 2026}, {@code 2026-H1}), or null when {@code text} is none. */
    static String period(String text) {
        if (text == null) {
            return null;
        }
        String f = Text.fold(text);
        Matcher m = CODE.matcher(f);
        if (m.matches()) {
            return m.group(1) + "-H" + m.group(2);
        }
        m = HALF.matcher(f);
        if (m.matches()) {
            return m.group(2) + (m.group(1).equals("dau") ? "-H1" : "-H2");
        }
        m = YEAR.matcher(f);
        if (m.matches()) {
            return m.group(1);
        }
        return null;
    }
}
