package vn.pcmt.api.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f;
            if (c < FOLDED.length) {
                f = FOLDED[c];
                if (f == UNKNOWN) {
                    f = FOLDED[c] = foldChar(c);
                }
                if (f == SLOW) {
                    return foldByNormalizer(s); // a letter outside the table (another script): the general path
                }
            } else {
                return foldByNormalizer(s);
            }
            if (f == MARK) {
                continue;
            }
            if (f == ' ') {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            sb.append(f);
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    /**
     * The words of {@code s}, folded ({@link #fold}), split at every character that is not a letter or a digit:
     * what whole-word matching without diacritics compares ("xã, phường" gives xa, phuong).
     */
    public static List<String> words(String s) {
        return java.util.Arrays.stream(fold(s).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** In FOLDED: a combining mark, dropped. */
    private static final char MARK = '\uFFFF';
    /** In FOLDED: a character whose folding takes more than one char; the string goes the general path. */
    private static final char SLOW = '\uFFFE';
    /** In FOLDED: not worked out yet. */
    private static final char UNKNOWN = 0;
    /**
     * The folded form of each char below U+2000 (Latin with all Vietnamese letters, combining marks, spaces), worked
     * out from {@link #foldByNormalizer} the first time the char is met, so folding a plan's text costs a table
     * lookup per char rather than a Unicode decomposition of every string (a tenth of the time spent reading the
     * plans at start-up). Concurrent first uses write the same value.
     */
    private static final char[] FOLDED = new char[0x2000];

    private static char foldChar(char c) {
        if (c == UNKNOWN) {
            return SLOW;
        }
        if (c < 0x80) {
            return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
        if (Character.isWhitespace(c)) {
            return ' ';
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return MARK;
        }
        String f = foldByNormalizer("a" + c + "a");
        return f.length() == 3 ? f.charAt(1) : f.length() == 2 ? MARK : SLOW;
    }

    /** The definition of {@link #fold}: NFD, marks dropped, đ to d, white space collapsed, lower case. */
    static String foldByNormalizer(String s) {
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

    /**
     * "Did you mean": the names within a small edit distance of {@code query} or containing it (diacritics and case
     * ignored), best first; every name, sorted, when none is close.
     */
    public static List<String> closest(String query, Collection<String> names) {
        String q = fold(query);
        java.util.Map<String, Integer> far = new java.util.HashMap<>(); // each name folded and measured once
        for (String n : names) {
            String f = fold(n);
            int d = distance(q, f);
            if (f.contains(q) || q.contains(f) || d <= Math.max(2, q.length() / 3)) {
                far.put(n, d);
            }
        }
        List<String> close = far.keySet().stream().sorted(Comparator.comparingInt((String n) -> far.get(n))
                .thenComparing(n -> n)).collect(Collectors.toList());
        return close.isEmpty() ? names.stream().sorted().collect(Collectors.toList()) : close;
    }

    /**
     * The 34 provincial-level units since 1 July 2025 (Nghị quyết 202/2025/QH15): 6 centrally-run cities and 28
     * provinces, as their names are written. What a province name typed or imported is matched against.
     */
    public static List<String> provinces() {
        return PROVINCES;
    }

    private static final List<String> PROVINCES = List.of("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng",
            "Thành phố Hồ Chí Minh", "Cần Thơ", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
            "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
            "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai",
            "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang");

    /**
     * True when every word of {@code query} is a whole word of {@code text}, case and diacritics ignored (the
     * console's one matching rule: "ubnd xa" matches "ubnd-xa", "hung yen" matches "Hưng Yên").
     */
    public static boolean hasWords(String text, String query) {
        List<String> q = words(query);
        return !q.isEmpty() && new java.util.HashSet<>(words(text)).containsAll(q);
    }

    /**
     * The one of {@code names} that {@code query} designates (folded equal, else word for word when exactly one
     * matches), or null.
     */
    public static String pick(String query, Collection<String> names) {
        String f = fold(query);
        for (String n : names) {
            if (fold(n).equals(f) || words(n).equals(words(query))) {
                return n;
            }
        }
        List<String> byWords = names.stream().filter(n -> hasWords(n, query)).distinct().toList();
        return byWords.size() == 1 ? byWords.get(0) : null;
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
