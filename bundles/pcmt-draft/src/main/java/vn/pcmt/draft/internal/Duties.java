package vn.pcmt.draft.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pcmt.draft.internal.Subjects.Claim;
import vn.pcmt.draft.internal.Subjects.Subject;

/**
 * Duties per body. The rules follow how a kế hoạch assigns work (its part "Tổ chức thực hiện" / "Nhiệm vụ, giải
 * pháp"): a paragraph or item that opens with one or more bodies gives each of them the duty it states; a heading
 * that is only bodies ("1.2. Công an tỉnh:", "Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh:") gives
 * them every bullet and paragraph under it. The role: "Đề nghị …" (a request to a body the issuer does not
 * command: courts, procuracy, the Front, unions) is requested; "… chủ trì" or "Giao …" is lead, and the bodies named
 * after "chủ trì, phối hợp với" coordinate; a body whose duty opens with "phối hợp" coordinates; otherwise lead.
 * One entry per body. Who a clause names is {@link Subjects}' concern, when it is due {@link Deadlines}'; work
 * assigned by labels and task tables is read by {@link Assigned}.
 */
final class Duties {
    private Duties() {}

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
        Integer year = Deadlines.planYear(d);
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
                String text = openedAt[n] != null && Subjects.LEAD_IN.matcher(s).lookingAt() ? s.substring(Subjects.lead(s))
                        : s.replaceFirst("^[-+•]\\s*", "");
                if (!text.isEmpty()) {
                    emit(d, n, section, section + "#" + (++count), text, given[n], Deadlines.due(s, year), Deadlines.recurrence(s, Fold.fold(s)), 0.85);
                }
                continue;
            }
            if (!dutySection.test(section)) {
                continue;
            }
            String s = d.line(n);
            String f = Fold.fold(s);
            Subject sub = Subjects.subject(s);
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
            List<Claim> claims = heading && !own ? List.of() : Subjects.claims(s, own ? sub.end() : Subjects.lead(s));
            boolean issuers = false;
            if (owner == null && claims.isEmpty()) {
                if (issuer == null || heading || s.equals(s.toUpperCase())) { // capitals: a heading or the signature
                    continue; // a heading of its own, or a paragraph nobody is named for
                }
                issuers = true; // a Ban Chỉ đạo's plan: what it names no body for, it does itself
            }
            String text = s.replaceFirst("^[-+•]\\s*", "");
            if (opened != null) {
                text = s.substring(Subjects.LEAD_IN.matcher(s).lookingAt() ? Subjects.lead(s) : 0);
            }
            if (text.isEmpty()) {
                continue;
            }
            count++;
            String ownText = Fold.fold(text);
            Draft.Due due = Deadlines.due(s, year);
            String[] rec = Deadlines.recurrence(s, f);
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
                    int p = Subjects.partnersFrom(f, own ? sub.end() : Subjects.lead(s));
                    if (p >= 0 && (claims.isEmpty() || p < claims.get(0).start())) {
                        for (Agencies.Hit h : Subjects.subjectAt(s, p).bodies()) {
                            partners.add(d.agency(h, s));
                        }
                    }
                }
            }
            for (Claim c : claims) {
                // a paragraph of requests ("Đề nghị Ủy ban MTTQ tỉnh … . Hội Nông dân tỉnh, Tỉnh đoàn tuyên truyền …"):
                // the bodies of its later sentences are asked too, unless "giao" or "yêu cầu" gives them the work
                boolean ordered = c.subject().lead() || f.substring(0, c.start()).matches(".*\\b(?:yeu cau|giao)\\s*$");
                String role = c.role().equals("lead") && !ordered && owner != null && owner.requested() ? "requested" : c.role();
                String words = s.substring(c.start(), Math.min(s.length(), c.subject().end() + 25)).trim();
                double conf = c.role().equals("lead") && !Fold.fold(s).startsWith("chu tri", c.subject().end() + 1) ? 0.65 : 0.7;
                for (Agencies.Hit h : c.subject().bodies()) {
                    byBody.putIfAbsent(d.agency(h, s), new Object[] {role, conf, words});
                }
                if (!c.role().equals("coordinate")) {
                    int p = Subjects.partnersFrom(f, c.subject().end());
                    if (p >= 0) {
                        for (Agencies.Hit h : Subjects.subjectAt(s, p).bodies()) {
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
            // a paragraph with several dated deadlines, or a report with several rhythms, is one duty per occasion
            List<Deadlines.Occasion> occasions = Deadlines.occasions(s, year, due, rec);
            for (int k = 0; k < occasions.size(); k++) {
                Deadlines.Occasion o = occasions.get(k);
                if (k > 0) {
                    count++;
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
                    d.duties.add(new Draft.Duty(id, section, n, b, (String) e.getValue()[0], List.copyOf(new LinkedHashSet<>(with)), text, o.due(),
                            o.rec()[0], o.rec()[1], Draft.Meta.of(sure((Double) e.getValue()[1], o.due()), (String) e.getValue()[2])));
                }
                for (String p : partners) {
                    List<String> with = new ArrayList<>(bodies);
                    d.duties.add(new Draft.Duty(base + "/" + p, section, n, p, "coordinate", with, text, o.due(), o.rec()[0], o.rec()[1],
                            Draft.Meta.of(sure(0.6, o.due()), "chủ trì, phối hợp với …")));
                }
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
}
