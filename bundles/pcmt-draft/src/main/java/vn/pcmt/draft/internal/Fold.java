package vn.pcmt.draft.internal;

import java.text.Normalizer;

/**
 * Vietnamese text folded for matching: lower case, no diacritics, "đ" as "d", one character for one character, so
 * that a position found in the folded text is the same position in the original line (the quotes are cut there).
 */
final class Fold {
    private Fold() {}

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(foldChar(s.charAt(i)));
        }
        return sb.toString();
    }

    static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return base < 128 ? Character.toLowerCase(base) : Character.toLowerCase(c);
    }

    /** White space runs as one space, trimmed; the text NFC. */
    static String clean(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ")
                .trim();
    }
}
