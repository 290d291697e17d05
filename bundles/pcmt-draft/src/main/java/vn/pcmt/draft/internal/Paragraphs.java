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

    static boolean continues(String prev, String next) {
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
