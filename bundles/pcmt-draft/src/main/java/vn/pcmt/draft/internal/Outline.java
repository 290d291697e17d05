package vn.pcmt.draft.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline with labels as printed. Nghị định 30/2020/NĐ-CP (Phụ lục I, khoản 6) orders the parts of an
 * administrative text as Phần, Chương, Mục, Điều, then khoản "1.", điểm "a)"; plans (kế hoạch) use the usual
 * variant: Roman "I." headings, Arabic "1." and "1.1." items, letters "a)", then "-" and "+" bullets, which are
 * not sections but the duties and targets of theirs.
 */
final class Outline {
    private static final Pattern ROMAN = Pattern.compile("^((?:PHẦN|Phần|MỤC|Mục)\\s+)?([IVXLC]+)[.)]\\s*(.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})([.)])?\\s+(.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(.*)$");
    /** An annex ("PHỤ LỤC", "Phụ lục II: Danh mục nhiệm vụ"): printed after the signature, a part of its own. */
    private static final Pattern ANNEX = Pattern.compile("^(?:PHỤ LỤC|Phụ lục)(?:\\s+(?:số\\s+)?([IVX]+|\\d{1,2})(?![\\p{L}\\d]))?\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern PROJECT = Pattern.compile("^((?:Tiểu dự án|Dự án|Đề án|Nhiệm vụ) \\d{1,2})[.:]\\s+(.*)$");

    private Outline() {}

    /** The section opening at each line (null where none opens). */
    static Draft.Section[] read(Draft d) {
        Draft.Section[] at = new Draft.Section[d.lines.size() + 1];
        List<Draft.Section> open = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean bodyStarted = false;
        for (int n = 1; n <= d.lines.size(); n++) {
            String s = d.line(n);
            String label;
            String rest;
            int rank;
            String key;
            Matcher m;
            if ((m = ANNEX.matcher(s)).matches() && s.length() <= 200
                    && (m.group(2).isEmpty() || m.group(1) != null || m.group(2).equals(m.group(2).toUpperCase())
                        || Character.isUpperCase(m.group(2).codePointAt(0)) && !s.endsWith("."))) {
                label = s.substring(0, m.start(2)).trim();
                rest = m.group(2).isEmpty() ? label : m.group(2);
                rank = 0;
                key = "PL" + (m.group(1) == null ? "" : m.group(1));
            } else if ((m = ROMAN.matcher(s)).matches() && !m.group(3).isEmpty() && !m.group(3).matches("^\\d.*")) {
                label = s.substring(0, m.start(3)).trim();
                rest = m.group(3);
                rank = 1;
                key = m.group(2);
                bodyStarted = true;
            } else if ((m = ARABIC.matcher(s)).matches() && (m.group(2) != null || m.group(1).contains("."))
                    && !m.group(3).isEmpty() && Character.isUpperCase(m.group(3).codePointAt(0)) && number(m.group(1))) {
                label = s.substring(0, m.start(3)).trim();
                rest = m.group(3);
                rank = 1 + m.group(1).split("\\.").length;
                key = m.group(1);
                if (!bodyStarted && rank == 2 && open.isEmpty()) {
                    rank = 2; // a document with no Roman headings: its "1." items are top level
                }
            } else if ((m = LETTER.matcher(s)).matches() && !open.isEmpty()) {
                label = m.group(1) + ")";
                rest = m.group(2);
                rank = 8;
                key = m.group(1).equals("đ") ? "dd" : m.group(1);
            } else if ((m = PROJECT.matcher(s)).matches() && !open.isEmpty()) {
                label = m.group(1);
                rest = m.group(2);
                rank = 7;
                key = Fold.fold(m.group(1)).replaceAll("[^a-z0-9]+", "");
            } else {
                continue;
            }
            while (!open.isEmpty() && open.get(open.size() - 1).rank() >= rank) {
                open.remove(open.size() - 1);
            }
            Draft.Section parent = open.isEmpty() ? null : open.get(open.size() - 1);
            String base = parent == null ? key : parent.id() + "." + lastPart(key);
            String id = base;
            for (int k = 2; !ids.add(id); k++) {
                id = base + "#" + k;
            }
            boolean heading = isHeading(rest);
            String title = heading ? rest : null;
            String text = heading ? null : firstSentence(rest);
            Draft.Section sec = new Draft.Section(id, label, title, text, parent == null ? null : parent.id(), n, rank);
            d.sections.add(sec);
            open.add(sec);
            at[n] = sec;
        }
        return at;
    }

    private static boolean number(String label) {
        for (String p : label.split("\\.")) {
            if (Integer.parseInt(p) > 40) {
                return false;
            }
        }
        return true;
    }

    private static String lastPart(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }

    /** A heading: short, or all capitals, or ending in ":" with no sentence before it. */
    static boolean isHeading(String rest) {
        if (rest.equals(rest.toUpperCase()) && rest.length() < 300) {
            return true;
        }
        if (rest.length() <= 160 && !rest.substring(0, rest.length() - 1).contains(". ")) {
            return true;
        }
        return false;
    }

    static String firstSentence(String rest) {
        int dot = rest.indexOf(". ");
        return dot < 0 ? rest : rest.substring(0, dot + 1);
    }
}
