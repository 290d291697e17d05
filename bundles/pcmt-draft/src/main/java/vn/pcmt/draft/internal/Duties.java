package vn.pcmt.draft.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duties per body. The rules follow how a kế hoạch assigns work (its part "Tổ chức thực hiện" / "Nhiệm vụ, giải
 * pháp"): a paragraph or item that opens with one or more bodies gives each of them the duty it states; a heading
 * that is only bodies ("1.2. Công an tỉnh:", "Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh:") gives
 * them every bullet and paragraph under it. The role: "Đề nghị …" (a request to a body the issuer does not
 * command: courts, procuracy, the Front, unions) is requested; "… chủ trì" or "Giao …" is lead, and the bodies named
 * after "chủ trì, phối hợp với" coordinate; a body whose duty opens with "phối hợp" coordinates; otherwise lead.
 * One entry per body. Deadlines: "hoàn thành trước ngày 31/8/2025", "trong tháng 6/2026", "quý IV/2025" (its last
 * day), "đã hoàn thành …" (done).
 */
final class Duties {
    private static final Pattern LEAD_IN = Pattern.compile("^(?:[-+•]\\s*)?(?:(?:[IVX]+|\\d+(?:\\.\\d+)*)\\.?\\s+|[a-zđ]\\)\\s+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern BEFORE = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trước|chậm nhất|trong|vào|xong trước) (?:ngày\\s*)?(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong|chậm nhất(?: trong| đến hết| là)?|đến hết|trước hết|hết|cuối) tháng (\\d{1,2})(?:/| năm )(\\d{4})");
    /**
     * A day and month printed with no year after a deadline word: "trước ngày 30/9", "trước 15/10", "chậm nhất ngày
     * 20/11", "hoàn thành vào ngày 30/6". The year is the context's (see {@link #due(String, Integer)}).
     */
    private static final Pattern BEFORE_NO_YEAR = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trước|chậm nhất|xong trước|trong|vào) (?:ngày\\s*)?(\\d{1,2})/(\\d{1,2})(?![/\\d])");
    /** A quarter or month with no year after a deadline word: "trong quý III", "chậm nhất trong tháng 10". */
    private static final Pattern QUARTER_NO_YEAR = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong|vào|chậm nhất(?: trong)?|trước hết|hết|cuối|dự kiến trong) quý (I{1,3}|IV|[1-4])\\b(?!\\s*(?:/|năm|\\d))");
    private static final Pattern MONTH_NO_YEAR = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong|chậm nhất(?: trong)?|trước hết|hết|cuối) tháng (\\d{1,2})\\b(?!\\s*(?:/|năm|\\d))");
    /** A year named earlier in the item ("Năm 2027, …", "trong quý II/2027 …"): the year of a date printed without one. */
    private static final Pattern ITEM_YEAR = Pattern.compile("(?i)(?:năm |quý [IV1-4]{1,3}/|tháng \\d{1,2}/|\\d{1,2}/\\d{1,2}/)(\\d{4})(?![\\d/]|\\s*[-–])");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong |dự kiến trong |vào )?quý (I{1,3}|IV|[1-4])(?:/| năm )(\\d{4})");
    /** A date written out: "trước ngày 30 tháng 9 năm 2026". */
    private static final Pattern BEFORE_WORDS = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trước|chậm nhất|xong trước|trong|vào) ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})");
    /** "trong 6 tháng đầu năm 2026" (30 June), "6 tháng cuối năm 2026" (31 December). */
    private static final Pattern HALF = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong )?(?:6|06|sáu) tháng (đầu|cuối) năm (\\d{4})");
    /** "Thời gian (thực hiện | hoàn thành): năm 2026 / tháng 10/2026 / quý III/2026": the time a duty is set for. */
    private static final Pattern TIME_YEAR = Pattern.compile("(?i)thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\\s*:?\\s*(?:trong |hết |cuối )?năm (\\d{4})(?!\\s*[-–])");
    private static final Pattern YEAR_DONE = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?(?: trong| trước)?|đến hết|chậm nhất(?: trong| đến hết| là)?|trước hết|xong trong) năm (\\d{4})(?!\\s*[-–])");

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

    private Duties() {}

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
            if (f.startsWith("cac ", pos) || f.startsWith("uy ban", pos) || true) {
                Agencies.Hit h = Agencies.at(s, f, pos);
                if (h == null) {
                    break;
                }
                bodies.add(h);
                pos = h.end();
            }
            Matcher sep = SEP.matcher(f.substring(pos));
            if (sep.find() && Agencies.at(f, pos + sep.end()) != null) {
                pos += sep.end();
            } else {
                break;
            }
        }
        return new Subject(bodies, pos, requested, lead, s);
    }

    static void read(Draft d, String[] sectionOf, Draft.Section[] openedAt, Map<String, Draft.Section> byId,
            java.util.function.Predicate<String> dutySection) {
        Map<String, Subject> headingBodies = new java.util.HashMap<>();
        // a plan issued by a Ban Chỉ đạo: the steering committee carries out the tasks it lists (a People's
        // Committee's plan gives its tasks to the bodies it names)
        Agencies.Hit issuer = null;
        if (d.issuer != null) {
            Agencies.Hit h = Agencies.at(Fold.fold(d.issuer), 0);
            issuer = h != null && h.kind().equals("steering-committee") ? h : null;
        }
        // work assigned by labels: a task's responsibility line(s) below it, a task table's rows (Assigned)
        int size = d.lines.size();
        Integer year = planYear(d);
        Assigned.Block[] given = new Assigned.Block[size + 1];
        Assigned.Block[] rows = new Assigned.Block[size + 1];
        boolean[] skip = new boolean[size + 1];
        Assigned.Table table = null;
        for (int n = 1; n <= size; n++) {
            String s = d.line(n);
            if (s.contains(" | ")) {
                Assigned.Table h = Assigned.header(s);
                if (h != null) {
                    table = h;
                    skip[n] = true;
                    continue;
                }
                if (table != null) {
                    rows[n] = table.row(s, year);
                    skip[n] = true; // a row that is no task (a group heading, the column numbers) is none
                    continue;
                }
            } else if (table != null && (n == size || !d.line(n + 1).contains(" | "))) {
                table = null; // a line spanning the table (a group heading) does not end it; two do
            }
            if (Assigned.responsibility(s)) {
                skip[n] = true; // the line says who does the task above: it is no task of its own
                int t = n - 1;
                while (t >= 1 && skip[t] && rows[t] == null && Assigned.responsibility(d.line(t))) {
                    t--;
                }
                if (t >= 1 && !skip[t] && !Drafter.recipients(d.line(t))) {
                    if (given[t] == null) {
                        given[t] = new Assigned.Block();
                        given[t].year = year;
                    }
                    Assigned.read(s, 0, given[t]);
                }
                continue;
            }
            int at = Assigned.inline(s);
            if (at > 0) {
                given[n] = new Assigned.Block();
                given[n].year = year;
                Assigned.read(s, at, given[n]);
            }
        }
        int count = 0;
        String lastSection = null;
        Subject intro = null;
        boolean recipients = false;
        for (int n = 1; n <= d.lines.size(); n++) {
            String section = sectionOf[n];
            if (section != null && !section.equals(lastSection)) {
                count = 0;
                lastSection = section;
            }
            if (rows[n] != null && section != null) {
                Assigned.Block b = rows[n];
                Assigned.Table tb = tableAbove(d, n);
                emit(d, n, section, section + "#" + (++count), tb == null ? d.line(n) : tb.text(d.line(n)), b, null, new String[] {null, null}, 0.85);
                continue;
            }
            if (skip[n]) {
                continue;
            }
            if (Drafter.recipients(d.line(n))) {
                recipients = true; // "Nơi nhận:": the bodies the document is sent to, not duties
                continue;
            }
            if (recipients) {
                if (openedAt[n] == null || openedAt[n].rank() != 0) {
                    continue;
                }
                recipients = false; // an annex ("Phụ lục") after the signature: read again
            }
            if (section == null) {
                continue;
            }
            if (given[n] != null && given[n].hasBodies()) {
                String s = d.line(n);
                String text = openedAt[n] != null && LEAD_IN.matcher(s).lookingAt() ? s.substring(lead(s))
                        : s.replaceFirst("^[-+•]\\s*", "");
                if (!text.isEmpty()) {
                    emit(d, n, section, section + "#" + (++count), text, given[n], due(s, year), recurrence(s, Fold.fold(s)), 0.85);
                }
                continue;
            }
            if (!dutySection.test(section)) {
                continue;
            }
            String s = d.line(n);
            String f = Fold.fold(s);
            Subject sub = subject(s);
            Draft.Section opened = openedAt[n];
            String rest = f.substring(sub.end()).trim();
            boolean bodiesOnly = !sub.bodies().isEmpty() && (rest.isEmpty() || rest.matches("^[:.]?$")
                    || rest.matches("^(?:\\([^)]*\\))?\\s*:?$") || rest.matches("^(?:chu tri|la co quan thuong truc)[^.;]{0,120}:$")
                    || rest.matches("^(?:\\(.*\\)\\s*)?(?:co trach nhiem|thuc hien)(?: cac nhiem vu)?(?: (?:trong tam|chu yeu|cu the))?(?: sau)?(?: day)?:?$"));
            if (opened != null && bodiesOnly) {
                headingBodies.put(opened.id(), sub);
                intro = null;
                continue;
            }
            boolean bullet = s.matches("^[-+•].*");
            if (opened == null && !bullet && bodiesOnly && s.endsWith(":")) {
                intro = sub; // "Ủy ban nhân dân các xã (…) thực hiện các nhiệm vụ sau:" over bullets, with no label
                continue;
            }
            if (opened != null || !bullet) {
                intro = null;
            }
            Subject owner;
            boolean own = !sub.bodies().isEmpty();
            // an item printed as a sentence ("2. Tổ chức kiểm tra … (dự kiến trong quý 3/2021).") is a duty, not a
            // heading: Nghị định 30 headings end without a full stop
            boolean heading = opened != null && opened.title() != null && !opened.title().matches(".*[^.]\\.$");
            if (own) {
                owner = sub;
            } else {
                owner = heading ? null : intro != null ? intro : inherited(section, headingBodies, byId);
            }
            // bodies named later in the paragraph: "…, giao Sở Y tế chủ trì …", "Căn cứ …, các sở … xây dựng …"
            List<Claim> claims = heading && !own ? List.of() : claims(s, own ? sub.end() : lead(s));
            boolean issuers = false;
            if (owner == null && claims.isEmpty()) {
                if (issuer == null || heading || s.equals(s.toUpperCase())) { // capitals: a heading or the signature
                    continue; // a heading of its own, or a paragraph nobody is named for
                }
                issuers = true; // a Ban Chỉ đạo's plan: what it names no body for, it does itself
            }
            String text = s.replaceFirst("^[-+•]\\s*", "");
            if (opened != null) {
                text = s.substring(LEAD_IN.matcher(s).lookingAt() ? lead(s) : 0);
            }
            if (text.isEmpty()) {
                continue;
            }
            count++;
            String ownText = Fold.fold(text);
            Draft.Due due = due(s, year);
            String[] rec = recurrence(s, f);
            if (given[n] != null) { // a responsibility line with no bodies: its time is the deadline
                if (due == null && given[n].due != null) {
                    due = s.contains(given[n].due.text()) ? given[n].due : new Draft.Due(given[n].due.date(), null, given[n].due.done());
                }
                if (rec[0] == null && given[n].recurrence[0] != null) {
                    rec = new String[] {given[n].recurrence[0], s.contains(given[n].recurrence[1]) ? given[n].recurrence[1] : null};
                }
            }
            List<Agencies.Hit> named = Agencies.all(f);
            // each body once per paragraph: role and confidence of the first clause that names it
            Map<String, Object[]> byBody = new java.util.LinkedHashMap<>();
            Set<String> partners = new LinkedHashSet<>();
            if (issuers) {
                byBody.put(d.agency(issuer, d.issuer), new Object[] {"lead", 0.6, "văn bản của " + d.issuer});
            } else if (owner != null) {
                String afterSubject = own ? f.substring(sub.end()).trim() : ownText;
                String role;
                double conf = own ? 0.85 : 0.8;
                if (owner.requested()) {
                    role = "requested";
                } else if (afterSubject.startsWith("chu tri") || owner.lead()) {
                    role = "lead";
                } else if (afterSubject.matches("^(?:phoi hop|tham gia phoi hop|chu dong phoi hop|tiep tuc phoi hop|thuong xuyen phoi hop)\\b.*")) {
                    role = "coordinate";
                } else if (!own && headingRole(section, headingBodies, byId) != null) {
                    role = headingRole(section, headingBodies, byId);
                } else {
                    role = "lead";
                    conf -= 0.05;
                }
                String words = own ? s.substring(0, Math.min(s.length(), sub.end() + 25)).trim()
                        : "mục " + section + ": " + text.substring(0, Math.min(text.length(), 40));
                for (Agencies.Hit h : owner.bodies()) {
                    byBody.putIfAbsent(d.agency(h, owner.line()), new Object[] {role, conf, words});
                }
                if (!role.equals("coordinate")) {
                    int p = partnersFrom(f, own ? sub.end() : lead(s));
                    if (p >= 0 && (claims.isEmpty() || p < claims.get(0).start())) {
                        for (Agencies.Hit h : subjectAt(s, p).bodies()) {
                            partners.add(d.agency(h, s));
                        }
                    }
                }
            }
            for (Claim c : claims) {
                String words = s.substring(c.start(), Math.min(s.length(), c.subject().end() + 25)).trim();
                double conf = c.role().equals("lead") && !Fold.fold(s).startsWith("chu tri", c.subject().end() + 1) ? 0.65 : 0.7;
                for (Agencies.Hit h : c.subject().bodies()) {
                    byBody.putIfAbsent(d.agency(h, s), new Object[] {c.role(), conf, words});
                }
                if (!c.role().equals("coordinate")) {
                    int p = partnersFrom(f, c.subject().end());
                    if (p >= 0) {
                        for (Agencies.Hit h : subjectAt(s, p).bodies()) {
                            partners.add(d.agency(h, s));
                        }
                    }
                }
            }
            partners.removeAll(byBody.keySet());
            partners.remove("cac-so-nganh"); // "phối hợp với các sở, ngành liên quan": the usual formula, not a role
            Set<String> bodies = byBody.keySet();
            Set<String> others = new LinkedHashSet<>();
            for (Agencies.Hit h : named) {
                String id = d.agency(h, s);
                if (!bodies.contains(id)) {
                    others.add(id);
                }
            }
            String base = section + "#" + count;
            boolean split = bodies.size() + partners.size() > 1;
            for (Map.Entry<String, Object[]> e : byBody.entrySet()) {
                String b = e.getKey();
                List<String> with = new ArrayList<>(bodies);
                with.remove(b);
                with.addAll(others);
                with.removeAll(List.of(b));
                String id = split ? base + "/" + b : base;
                d.duties.add(new Draft.Duty(id, section, n, b, (String) e.getValue()[0], List.copyOf(new LinkedHashSet<>(with)), text, due,
                        rec[0], rec[1], Draft.Meta.of(sure((Double) e.getValue()[1], due), (String) e.getValue()[2])));
            }
            for (String p : partners) {
                List<String> with = new ArrayList<>(bodies);
                d.duties.add(new Draft.Duty(base + "/" + p, section, n, p, "coordinate", with, text, due, rec[0], rec[1],
                        Draft.Meta.of(sure(0.6, due), "chủ trì, phối hợp với …")));
            }
        }
    }

    /** The task table whose header is the nearest above line {@code n}. */
    private static Assigned.Table tableAbove(Draft d, int n) {
        for (int k = n - 1; k >= 1; k--) {
            Assigned.Table t = Assigned.header(d.line(k));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * The duties of a task whose bodies a label or a column names: one per body with the role its label gives,
     * the label's time (else the task's own) as the deadline.
     */
    private static void emit(Draft d, int n, String section, String base, String text, Assigned.Block b, Draft.Due due,
            String[] rec, double conf) {
        if (text.isEmpty()) {
            return;
        }
        Draft.Due when = b.due != null ? b.due : due;
        String[] every = b.recurrence[0] != null ? b.recurrence : rec;
        // the plan format checks a deadline's wording as a quote on the task's line: from the responsibility line
        // below, the date is kept and the wording left out
        String line = d.line(n);
        if (when != null && when.text() != null && !line.contains(when.text())) {
            when = new Draft.Due(when.date(), null, when.done());
        }
        if (every[1] != null && !line.contains(every[1])) {
            every = new String[] {every[0], null};
        }
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (Assigned.Body x : b.bodies) {
            roles.putIfAbsent(d.agency(x.hit(), x.line()), x.role());
        }
        String words = b.words == null ? "" : b.words.length() > 80 ? b.words.substring(0, 80) : b.words;
        for (Map.Entry<String, String> e : roles.entrySet()) {
            List<String> with = new ArrayList<>(roles.keySet());
            with.remove(e.getKey());
            String id = roles.size() > 1 ? base + "/" + e.getKey() : base;
            d.duties.add(new Draft.Duty(id, section, n, e.getKey(), e.getValue(), List.copyOf(with), text, when, every[0], every[1],
                    Draft.Meta.of(sure(conf, when), words)));
        }
    }

    /** A duty whose deadline's year was not printed (taken from the context) is less sure by 0.15. */
    private static double sure(double conf, Draft.Due due) {
        return due != null && due.implied() ? Math.round((conf - 0.15) * 100) / 100.0 : conf;
    }

    private static int lead(String s) {
        Matcher m = LEAD_IN.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }

    private static Subject inherited(String section, Map<String, Subject> heading, Map<String, Draft.Section> byId) {
        String id = section;
        for (int i = 0; id != null && i < 6; i++) {
            Subject s = heading.get(id);
            if (s != null) {
                return s;
            }
            Draft.Section sec = byId.get(id);
            id = sec == null ? null : sec.parent();
        }
        return null;
    }

    private static String headingRole(String section, Map<String, Subject> heading, Map<String, Draft.Section> byId) {
        Subject s = inherited(section, heading, byId);
        return s == null ? null : s.requested() ? "requested" : "lead";
    }

    static Draft.Due due(String s) {
        return due(s, null);
    }

    /**
     * The deadline of a duty. A day and month, a quarter or a month printed with no year ("trước ngày 30/9", "trong
     * quý III") take the year named earlier in the same item, else {@code year} (the plan's, {@link #planYear}); they
     * are marked implied. A repeated duty ("trước ngày 15/12 hằng năm") has no single date.
     */
    static Draft.Due due(String s, Integer year) {
        Draft.Due dated = dated(s);
        if (dated != null || year == null && !ITEM_YEAR.matcher(s).find() || recurrence(s, Fold.fold(s))[0] != null) {
            return dated;
        }
        Matcher m = BEFORE_NO_YEAR.matcher(s);
        while (m.find()) {
            String g = Fold.fold(m.group());
            if (g.contains("hoan thanh") || g.startsWith("truoc") || g.startsWith("cham nhat") || g.startsWith("xong")
                    || deadlineWord(s, m.start())) {
                Integer y = yearBefore(s, m.start(), year);
                LocalDate date = y == null ? null : date(String.valueOf(y), m.group(2), m.group(1));
                return date == null ? null : new Draft.Due(date, m.group().trim(), done(s, m.start()), true);
            }
        }
        if ((m = QUARTER_NO_YEAR.matcher(s)).find()) {
            Integer y = yearBefore(s, m.start(), year);
            return y == null ? null : new Draft.Due(YearMonth.of(y, quarter(m.group(1)) * 3).atEndOfMonth(), m.group().trim(), done(s, m.start()), true);
        }
        if ((m = MONTH_NO_YEAR.matcher(s)).find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
            Integer y = yearBefore(s, m.start(), year);
            return y == null ? null : new Draft.Due(YearMonth.of(y, Integer.parseInt(m.group(1))).atEndOfMonth(), m.group().trim(), done(s, m.start()), true);
        }
        return null;
    }

    /** The last year named in {@code s} before {@code at} ("Năm 2027, … trước ngày 30/9"), else {@code year}. */
    private static Integer yearBefore(String s, int at, Integer year) {
        Matcher m = ITEM_YEAR.matcher(s);
        Integer y = year;
        while (m.find() && m.end() <= at) {
            int v = Integer.parseInt(m.group(1));
            if (v >= 1990 && v <= 2100) {
                y = v;
            }
        }
        return y;
    }

    /**
     * The plan's year, for a date printed without one: the year of a one-year plan's title ("… năm 2026"), else the
     * first year of its period in the title ("giai đoạn 2026 - 2030"), else the year it is dated.
     */
    static Integer planYear(Draft d) {
        if (d.title != null) {
            Matcher m = Pattern.compile("(?<![\\d/])(\\d{4})(?![\\d/])").matcher(d.title);
            if (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= 1990 && y <= 2100) {
                    return y;
                }
            }
        }
        return d.documentDate != null ? Integer.valueOf(d.documentDate.getYear()) : null;
    }

    static int quarter(String q) {
        return switch (q) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    /** The deadline forms that print their year. */
    private static Draft.Due dated(String s) {
        Matcher m;
        // a date in figures (30/9/2026), then written out (ngày 30 tháng 9 năm 2026): the same groups, the same test
        for (Pattern p : List.of(BEFORE, BEFORE_WORDS)) {
            m = p.matcher(s);
            while (m.find()) {
                String g = Fold.fold(m.group());
                if (g.contains("hoan thanh") || g.startsWith("truoc") || g.startsWith("cham nhat")
                        || g.startsWith("xong") || deadlineWord(s, m.start())) {
                    LocalDate date = date(m.group(3), m.group(2), m.group(1));
                    return date == null ? null : new Draft.Due(date, m.group().trim(), done(s, m.start()));
                }
            }
        }
        if ((m = MONTH.matcher(s)).find()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), Math.min(12, Math.max(1, Integer.parseInt(m.group(1)))));
            return new Draft.Due(ym.atEndOfMonth(), m.group().trim(), done(s, m.start()));
        }
        if ((m = QUARTER.matcher(s)).find()) {
            int q = quarter(m.group(1));
            return new Draft.Due(YearMonth.of(Integer.parseInt(m.group(2)), q * 3).atEndOfMonth(), m.group().trim(), done(s, m.start()));
        }
        if ((m = HALF.matcher(s)).find()) {
            LocalDate date = m.group(1).equalsIgnoreCase("đầu") ? LocalDate.of(Integer.parseInt(m.group(2)), 6, 30)
                    : LocalDate.of(Integer.parseInt(m.group(2)), 12, 31);
            return new Draft.Due(date, m.group().trim(), done(s, m.start()));
        }
        if ((m = TIME_YEAR.matcher(s)).find()) {
            return new Draft.Due(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), m.group().trim(), done(s, m.start()));
        }
        if ((m = YEAR_DONE.matcher(s)).find()) {
            return new Draft.Due(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), m.group().trim(), done(s, m.start()));
        }
        return null;
    }

    /** "thời gian (thực hiện | hoàn thành)", "thời hạn", "hạn" just before a date: the date is the duty's deadline. */
    private static boolean deadlineWord(String s, int at) {
        return Fold.fold(s.substring(Math.max(0, at - 30), at)).matches(".*(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han|han)\\s*:?\\s*$");
    }

    private static boolean done(String s, int at) {
        return Fold.fold(s.substring(Math.max(0, at - 5), Math.min(s.length(), at + 20))).contains("da hoan thanh");
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "hằng năm", "định kỳ 6 tháng", "hằng quý", "hằng tháng": a repeated duty. */
    static String[] recurrence(String s, String f) {
        String[][] r = {{"hang thang", "monthly"}, {"hang quy", "quarterly"}, {"6 thang", "half-yearly"},
            {"hang nam", "yearly"}, {"moi hoc ky", "per-semester"}, {"dinh ky", "periodic"}};
        for (String[] x : r) {
            int i = f.indexOf(x[0]);
            if (i >= 0) {
                return new String[] {x[1], s.substring(i, i + x[0].length())};
            }
        }
        return new String[] {null, null};
    }
}
