package vn.pcmt.draft.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a clause is given to: the list of bodies at the head of a paragraph or item ({@link #subject}), and the
 * lists named later in it that are the subject of their clause ({@link #claims}): after "giao", "đề nghị", "yêu
 * cầu", at the start of a later sentence, before "chủ trì". A list after a word that makes it an object ("phối hợp
 * với", "báo cáo", "của") is none.
 */
final class Subjects {
    /** A label or bullet a paragraph opens with ("1.2. ", "a) ", "- "). */
    static final Pattern LEAD_IN = Pattern.compile("^(?:[-+•]\\s*)?(?:(?:[IVX]+|\\d+(?:\\.\\d+)*)\\.?\\s+|[a-zđ]\\)\\s+)?");
    private static final Pattern SEP = Pattern.compile("^(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,\\s*|\\s+va\\s+|\\s*;\\s*|\\s*,\\s*va\\s+)");
    /**
     * The verbs a duty opens with after the bodies it is given to ("Sở Y tế chủ trì …", "các sở, ngành căn cứ …
     * xây dựng …"): a list of bodies followed by one of them is the subject of its clause, not an object.
     */
    static final Pattern VERB = Pattern.compile("^(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:chu tri|(?:tham gia |chu dong |tiep tuc |thuong xuyen )?phoi hop"
            + "|tham gia|chiu trach nhiem|co trach nhiem|to chuc|trien khai|thuc hien|xay dung|chi dao|tham muu|tang cuong"
            + "|tiep tuc|chu dong|khan truong|huong dan|kiem tra|bo tri|dam bao|bao dam|day manh|duy tri|nghien cuu|ra soat"
            + "|theo doi|can|phai|lanh dao|quan ly|cap nhat|tong hop|bao cao|gui|dang ky|phat huy|nang cao|can cu|theo chuc nang"
            + "|trong pham vi|quan triet|ban hanh|cu|bo sung|thuong xuyen|tich cuc|kip thoi|huy dong|long ghep|cung cap"
            + "|tuyen truyen|dieu tra|xu ly|dau tranh|phat hien|danh gia|so ket|tong ket|lap|de xuat|uu tien|tao dieu kien"
            + "|ho tro|giup|van dong|giam sat|xac dinh|thong ke|chuan bi|hoan thanh|khai thac|phoi, ket hop)\\b");
    /** Words that make the body after them an object ("phối hợp với Sở Y tế", "báo cáo Ủy ban nhân dân tỉnh"). */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?:^|\\s)(?:cua|voi|cho|ve|tai|thuoc|den|tu|hop|giup|va|qua|la"
            + "|bao cao|gui|len|trinh|tham muu|cac thanh vien|nhu|gom|trong|tren|duoi)\\s*$");
    /** Opening a clause: the bodies after these are given its duty ("…, giao Sở Y tế chủ trì …"). */
    private static final Pattern ASSIGN = Pattern.compile("(?<![a-z])(giao|de nghi|yeu cau) (?=[a-z])");
    /** A paragraph that opens with what the duty rests on, its subject after it ("Căn cứ Kế hoạch này, các sở …"). */
    private static final Pattern ADVERBIAL = Pattern.compile("^(?:can cu|tren co so|theo chuc nang|trong qua trinh|de |nham |sau khi|tu nay|hang nam|dinh ky|ngay sau)");

    /** Bodies named inside a paragraph, after its opening: each list with the role its clause gives it. */
    record Claim(Subject subject, String role, int start) {}

    private Subjects() {}

    /**
     * The lists of bodies a paragraph names after its opening {@code from}: a list right after "giao", "đề nghị" or
     * "yêu cầu", at the start of a later sentence or after ";", or anywhere when "chủ trì" follows it, or (in a
     * paragraph that opens with "Căn cứ …", "Trên cơ sở …") the first list followed by a duty verb; never a list
     * after a word that makes it an object ("phối hợp với", "báo cáo", "của").
     */
    static List<Claim> claims(String s, int from) {
        String f = Fold.fold(s);
        java.util.TreeMap<Integer, String> starts = new java.util.TreeMap<>();
        Matcher m = ASSIGN.matcher(f);
        while (m.find()) {
            if (m.start() >= from && !f.substring(Math.max(0, m.start() - 5), m.start()).matches(".*(?:duoc|ban|phan|chuyen) $")) {
                starts.put(m.end(), m.group(1));
            }
        }
        Matcher sent = Pattern.compile("(?:[.;:]\\s+|;\\s*)(?=[\\p{L}])").matcher(s);
        while (sent.find()) {
            if (sent.end() > from && (s.charAt(sent.start()) != '.' || Character.isUpperCase(s.charAt(sent.end())))) {
                starts.putIfAbsent(sent.end(), "clause");
            }
        }
        for (Agencies.Hit h : Agencies.all(f)) {
            if (h.start() >= from) {
                starts.putIfAbsent(h.start(), "any");
            }
        }
        boolean adverbial = ADVERBIAL.matcher(f.substring(Math.min(from, f.length()))).lookingAt();
        List<Claim> out = new ArrayList<>();
        int consumed = from;
        for (Map.Entry<Integer, String> e : starts.entrySet()) {
            int pos = e.getKey();
            if (pos < consumed) {
                continue;
            }
            Subject sub = subjectAt(s, pos);
            if (sub.bodies().isEmpty()) {
                continue;
            }
            String kind = e.getValue();
            String after = f.substring(sub.end()).trim();
            boolean verb = VERB.matcher(after).lookingAt();
            boolean object = !kind.equals("giao") && !kind.equals("de nghi") && !kind.equals("yeu cau")
                    && OBJECT_BEFORE.matcher(f.substring(Math.max(0, pos - 20), pos)).find();
            boolean take = switch (kind) {
                case "giao", "de nghi", "yeu cau", "clause" -> verb && !object;
                default -> !object && (after.startsWith("chu tri") || adverbial && out.isEmpty() && verb);
            };
            if (!take) {
                continue;
            }
            String role = kind.equals("de nghi") || sub.requested() ? "requested" : sub.lead() ? "lead"
                    : after.matches("^(?:\\([^)]*\\)\\s*)?,?\\s*(?:tham gia |chu dong |tiep tuc |thuong xuyen )?phoi hop\\b.*") ? "coordinate" : "lead";
            out.add(new Claim(sub, role, pos));
            consumed = sub.end();
            int p = partnersFrom(f, sub.end());
            if (p >= 0) {
                consumed = Math.max(consumed, subjectAt(s, p).end());
            }
        }
        return out;
    }

    /** Where the partners of "X chủ trì, phối hợp (chặt chẽ) với A, B" start, looked for from {@code at}; -1 none. */
    static int partnersFrom(String f, int at) {
        Matcher w = WITH.matcher(f);
        if (!w.find(at)) {
            return -1;
        }
        int stop = f.indexOf(". ", at);
        return stop >= 0 && w.start() > stop ? -1 : w.end();
    }

    private static final Pattern WITH = Pattern.compile("chu tri,? (?:va )?phoi hop(?: chat che)?(?: voi)? ");

    /** Bodies named at the start of {@code s} from {@code pos}, with the end of the list. */
    record Subject(List<Agencies.Hit> bodies, int end, boolean requested, boolean lead, String line) {}

    static Subject subject(String s) {
        Matcher li = LEAD_IN.matcher(s);
        return subjectAt(s, li.lookingAt() ? li.end() : 0);
    }

    /** As {@link #subject(String)}, for a list that starts at {@code pos} of the line. */
    static Subject subjectAt(String s, int pos) {
        String f = Fold.fold(s);
        boolean requested = false;
        boolean lead = false;
        if (f.startsWith("de nghi ", pos)) {
            requested = true;
            pos += 8;
        } else if (f.startsWith("giao ", pos)) {
            lead = true;
            pos += 5;
        } else if (f.startsWith("yeu cau ", pos)) {
            pos += 8;
        }
        List<Agencies.Hit> bodies = new ArrayList<>();
        while (pos < f.length()) {
            Agencies.Hit h = Agencies.at(s, f, pos);
            if (h == null) {
                break;
            }
            bodies.add(h);
            pos = h.end();
            Matcher sep = SEP.matcher(f.substring(pos));
            if (sep.find() && Agencies.at(f, pos + sep.end()) != null) {
                pos += sep.end();
            } else {
                break;
            }
        }
        return new Subject(bodies, pos, requested, lead, s);
    }

    /** Where the text of a paragraph starts after its label or bullet. */
    static int lead(String s) {
        Matcher m = LEAD_IN.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }
}
