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
    private static final Pattern MONTH = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?trong tháng (\\d{1,2})(?:/| năm )(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?:(?:đã )?hoàn thành(?: xong)?\\s*)?(?:trong |dự kiến trong |vào )?quý (I{1,3}|IV|[1-4])(?:/| năm )(\\d{4})");
    private static final Pattern YEAR_DONE = Pattern.compile("(?i)(?:đã )?hoàn thành(?: xong)?(?: trong| trước)? năm (\\d{4})");

    private Duties() {}

    /** Bodies named at the start of {@code s} from {@code pos}, with the end of the list. */
    record Subject(List<Agencies.Hit> bodies, int end, boolean requested, boolean lead, String line) {}

    static Subject subject(String s) {
        String f = Fold.fold(s);
        Matcher li = LEAD_IN.matcher(s);
        int pos = li.lookingAt() ? li.end() : 0;
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
            Matcher sep = Pattern.compile("^(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,\\s*|\\s+va\\s+|\\s*;\\s*|\\s*,\\s*va\\s+)").matcher(f.substring(pos));
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
        int count = 0;
        String lastSection = null;
        for (int n = 1; n <= d.lines.size(); n++) {
            if (Drafter.recipients(d.line(n))) {
                break; // "Nơi nhận:": the bodies the document is sent to, not duties
            }
            String section = sectionOf[n];
            if (section == null || !dutySection.test(section)) {
                continue;
            }
            if (!section.equals(lastSection)) {
                count = 0;
                lastSection = section;
            }
            String s = d.line(n);
            String f = Fold.fold(s);
            Subject sub = subject(s);
            Draft.Section opened = openedAt[n];
            String rest = f.substring(sub.end()).trim();
            boolean bodiesOnly = !sub.bodies().isEmpty() && (rest.isEmpty() || rest.matches("^[:.]?$")
                    || rest.matches("^(?:\\([^)]*\\))?\\s*:?$") || rest.matches("^(?:chu tri|la co quan thuong truc)[^.;]{0,120}:$")
                    || rest.matches("^(?:co trach nhiem|thuc hien)(?: cac nhiem vu)?(?: sau)?:?$"));
            if (opened != null && bodiesOnly) {
                headingBodies.put(opened.id(), sub);
                continue;
            }
            Subject owner;
            boolean own = !sub.bodies().isEmpty();
            if (own) {
                owner = sub;
            } else {
                owner = inherited(section, headingBodies, byId);
                if (owner == null || opened != null && opened.title() != null) {
                    continue; // a heading of its own, or a paragraph nobody is named for
                }
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
            Draft.Due due = due(s);
            String[] rec = recurrence(s, f);
            List<Agencies.Hit> named = Agencies.all(f);
            Set<String> bodies = new LinkedHashSet<>();
            for (Agencies.Hit h : owner.bodies()) {
                bodies.add(d.agency(h, owner.line()));
            }
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
            Set<String> others = new LinkedHashSet<>();
            Set<String> partners = new LinkedHashSet<>();
            Matcher withM = Pattern.compile("chu tri,? (?:va )?phoi hop(?: chat che)?(?: voi)? ").matcher(f);
            int partnersFrom = withM.find() ? withM.end() : -1;
            for (Agencies.Hit h : named) {
                String id = d.agency(h, s);
                if (!bodies.contains(id)) {
                    others.add(id);
                    if (partnersFrom >= 0 && h.start() >= partnersFrom && h.start() < partnersFrom + 80 && own
                            && !id.equals("cac-so-nganh")) {
                        partners.add(id);
                    }
                }
            }
            int k = 0;
            String base = section + "#" + count;
            for (String b : bodies) {
                List<String> with = new ArrayList<>(bodies);
                with.remove(b);
                with.addAll(others);
                String id = bodies.size() == 1 ? base : base + "/" + b;
                d.duties.add(new Draft.Duty(id, section, n, b, role, with, text, due, rec[0], rec[1],
                        Draft.Meta.of(conf, own ? s.substring(0, Math.min(s.length(), sub.end() + 25)).trim() : "mục " + section + ": " + text.substring(0, Math.min(text.length(), 40)))));
                k++;
            }
            for (String p : partners) {
                List<String> with = new ArrayList<>(bodies);
                d.duties.add(new Draft.Duty(base + "/" + p, section, n, p, "coordinate", with, text, due, rec[0], rec[1],
                        Draft.Meta.of(0.6, "chủ trì, phối hợp với …")));
            }
        }
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
        Matcher m;
        if ((m = BEFORE.matcher(s)).find() && (Fold.fold(m.group()).contains("hoan thanh") || Fold.fold(m.group()).startsWith("truoc"))) {
            LocalDate date = date(m.group(3), m.group(2), m.group(1));
            return date == null ? null : new Draft.Due(date, m.group().trim(), done(s, m.start()));
        }
        if ((m = MONTH.matcher(s)).find()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), Math.min(12, Math.max(1, Integer.parseInt(m.group(1)))));
            return new Draft.Due(ym.atEndOfMonth(), m.group().trim(), done(s, m.start()));
        }
        if ((m = QUARTER.matcher(s)).find()) {
            int q = switch (m.group(1)) {
                case "I", "1" -> 1;
                case "II", "2" -> 2;
                case "III", "3" -> 3;
                default -> 4;
            };
            return new Draft.Due(YearMonth.of(Integer.parseInt(m.group(2)), q * 3).atEndOfMonth(), m.group().trim(), done(s, m.start()));
        }
        if ((m = YEAR_DONE.matcher(s)).find()) {
            return new Draft.Due(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), m.group().trim(), done(s, m.start()));
        }
        return null;
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
