package vn.pcmt.api;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text helpers: NFC normalization and a folded form for diacritic-insensitive search. */
public final class Text {
    private Text() {}

    public static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Lower case without diacritics or repeated white space: "Công an Tỉnh" and "cong an tinh" fold alike. đ folds
     * to d (it is a letter of its own, not d with a mark, so NFD alone does not strip it).
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c)) {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Columns a string takes in a terminal: code points, since NFC Vietnamese has no combining marks left. */
    public static int width(String s) {
        if (s == null) {
            return 0;
        }
        String n = nfc(s);
        return n.codePointCount(0, n.length());
    }
}
