package vn.pcmt.draft.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document as one paragraph per line, as the plan format wants it: white space collapsed, markdown emphasis
 * and heading marks of a converted document dropped, empty lines dropped, and a paragraph that a page break cut in
 * the middle of a sentence joined again (each join is a finding).
 *
 * <p>A line is taken as the continuation of the one before when the one before does not end a sentence or a
 * heading (no ". ; : ! ?" or closing quote or bracket) and the line starts with a lower-case letter that is not a
 * list label ("a)", "đ)"): Nghị định 30/2020/NĐ-CP sets every paragraph and heading to begin with a capital or a
 * label, so a lower-case start is the middle of a sentence.
 */
final class Paragraphs {
    private static final Pattern LABEL = Pattern.compile("^[a-zđ]\\)\\s.*");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|^#{1,6}\\s+|^>\\s+");

    record Result(List<String> lines, List<String> findings) {}

    private Paragraphs() {}

    static Result of(List<String> raw) {
        List<String> out = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (String r : raw) {
            r = cells(r);
            String s = Fold.clean(MARKUP.matcher(Fold.clean(r)).replaceAll(""));
            s = Fold.clean(s);
            if (s.isEmpty() || s.matches("[-_=*. ]+") || s.matches("(?i)trang \\d+( /? ?\\d+)?|\\d{1,3}")) {
                continue; // blank, a rule, or a page number left by a page break
            }
            if (!out.isEmpty() && continues(out.get(out.size() - 1), s)) {
                String prev = out.remove(out.size() - 1);
                out.add(prev + " " + s);
                findings.add("dòng " + out.size() + ": đoạn bị ngắt giữa câu (ngắt trang) đã được nối lại: \""
                        + tail(prev) + " | " + head(s) + "\"");
                continue;
            }
            out.add(s);
        }
        return new Result(out, findings);
    }

    /**
     * A row of a plain text table as a .docx row reads: cells separated by tabs ("2026\t21\t20,4") or printed with
     * "|" ("| 1 | Tuyên truyền | Sở Y tế |") joined by " | "; a rule row ("|---|---|") is dropped. Other lines as
     * they are.
     */
    static String cells(String r) {
        String t = r.strip();
        if (t.matches("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)+\\|?")) {
            return "";
        }
        String[] parts;
        if (t.indexOf('\t') > 0) {
            parts = t.split("\t", -1);
        } else if (t.startsWith("|") && t.length() > 1 && t.indexOf('|', 1) > 0) {
            parts = t.replaceAll("^\\|\\s*|\\s*\\|$", "").split("\\|", -1);
        } else {
            return r;
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(Fold.clean(p));
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out.size() < 2 ? String.join(" ", out) : String.join(" | ", out);
    }

    static boolean continues(String prev, String next) {
        if (prev.contains(" | ") || next.contains(" | ")) {
            return false; // table rows: each row is a line of its own
        }
        char last = prev.charAt(prev.length() - 1);
        if (".;:!?”\")]…".indexOf(last) >= 0) {
            return false;
        }
        char first = next.charAt(0);
        return Character.isLowerCase(first) && !LABEL.matcher(next).matches();
    }

    private static String tail(String s) {
        return s.length() <= 40 ? s : "…" + s.substring(s.length() - 40);
    }

    private static String head(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
