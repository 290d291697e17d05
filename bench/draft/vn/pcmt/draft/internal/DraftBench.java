package vn.pcmt.draft.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * bench/draft.sh: drafts each shipped plan from its document text and scores the draft against the hand-made plan.
 * An item is matched by the paragraph it is on (the first words of its line, folded, so a joined paragraph still
 * matches) and its facts: targets by value, comparator and year; duties by body and role; deadlines by date;
 * reporting duties by frequency and due day or date. Usage: DraftBench OUTDIR PLAN_JSON...
 */
public final class DraftBench {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--score")) {
            score(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        System.out.printf("%-12s %6s %13s %13s %13s %13s %9s %8s%n", "plan", "KB", "targets R/P", "duties R/P",
                "deadlines R/P", "reports R/P", "roadmap", "ms");
        int[] total = new int[12];
        for (int i = 1; i < args.length; i++) {
            Path json = Path.of(args[i]);
            Map<String, Object> hand = Json.parse(Files.readString(json));
            String id = (String) hand.get("id");
            Path txt = json.resolveSibling(id + ".txt");
            List<String> raw = Files.readAllLines(txt, StandardCharsets.UTF_8);
            Drafter.draft(raw, id, List.of()); // warm-up, as in a running console
            long t0 = System.nanoTime();
            Draft d = Drafter.draft(raw, id, List.of());
            String drafted = DraftJson.write(d, id + ".txt", txt.getFileName().toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Files.writeString(out.resolve(id + ".plan.json"), drafted);
            Files.writeString(out.resolve(id + ".txt"), String.join("\n", d.lines) + "\n");
            Map<String, Object> mine = Json.parse(drafted);
            List<String> handLines = raw;
            int[] tg = score(keys(hand, handLines, "targets", DraftBench::targetKey), keys(mine, d.lines, "targets", DraftBench::targetKey));
            int[] du = score(keys(hand, handLines, "assignments", DraftBench::dutyKey), keys(mine, d.lines, "assignments", DraftBench::dutyKey));
            int[] dl = score(keys(hand, handLines, "assignments", DraftBench::dueKey), keys(mine, d.lines, "assignments", DraftBench::dueKey));
            int[] rp = score(reportKeys(hand), reportKeys(mine));
            int[] rm = score(stepKeys(hand), stepKeys(mine));
            System.out.printf("%-12s %6d %13s %13s %13s %13s %9s %8d%n", id, Files.size(txt) / 1024, rp(tg), rp(du), rp(dl), rp(rp), rm[0] + "/" + rm[1], ms);
            int[][] all = {tg, du, dl, rp};
            for (int k = 0; k < 4; k++) {
                total[3 * k] += all[k][0];
                total[3 * k + 1] += all[k][1];
                total[3 * k + 2] += all[k][2];
            }
            if (System.getenv("DRAFT_BENCH_DETAIL") != null) {
                detail(id, "targets", keys(hand, handLines, "targets", DraftBench::targetKey), keys(mine, d.lines, "targets", DraftBench::targetKey));
                detail(id, "duties", keys(hand, handLines, "assignments", DraftBench::dutyKey), keys(mine, d.lines, "assignments", DraftBench::dutyKey));
                detail(id, "deadlines", keys(hand, handLines, "assignments", DraftBench::dueKey), keys(mine, d.lines, "assignments", DraftBench::dueKey));
                detail(id, "reports", reportKeys(hand), reportKeys(mine));
            }
        }
        System.out.printf("%-12s %6s %13s %13s %13s %13s%n", "all", "", rp(new int[] {total[0], total[1], total[2]}),
                rp(new int[] {total[3], total[4], total[5]}), rp(new int[] {total[6], total[7], total[8]}),
                rp(new int[] {total[9], total[10], total[11]}));
        System.out.println("R/P = recall / precision (matched / expected, matched / drafted)");
    }

    /**
     * A draft already written (by ./pcmt plan:draft, from a .docx or .pdf: DRAFT.plan.json with its DRAFT.txt beside
     * it) scored against the hand-made plan, as section 1 scores the drafts it makes.
     */
    private static void score(Path drafted, Path handJson) throws Exception {
        Map<String, Object> hand = Json.parse(Files.readString(handJson));
        List<String> handLines = Files.readAllLines(handJson.resolveSibling(hand.get("id") + ".txt"), StandardCharsets.UTF_8);
        Map<String, Object> mine = Json.parse(Files.readString(drafted));
        String name = drafted.getFileName().toString().replace(".plan.json", ".txt");
        List<String> lines = Files.readAllLines(drafted.resolveSibling(name), StandardCharsets.UTF_8);
        int[] tg = score(keys(hand, handLines, "targets", DraftBench::targetKey), keys(mine, lines, "targets", DraftBench::targetKey));
        int[] du = score(keys(hand, handLines, "assignments", DraftBench::dutyKey), keys(mine, lines, "assignments", DraftBench::dutyKey));
        int[] dl = score(keys(hand, handLines, "assignments", DraftBench::dueKey), keys(mine, lines, "assignments", DraftBench::dueKey));
        int[] rp = score(reportKeys(hand), reportKeys(mine));
        int[] rm = score(stepKeys(hand), stepKeys(mine));
        System.out.printf("%-22s %13s %13s %13s %13s %9s%n", hand.get("id") + " (.docx)", rp(tg), rp(du), rp(dl), rp(rp),
                rm[0] + "/" + rm[1]);
    }

    private static String rp(int[] s) {
        return s[1] == 0 && s[2] == 0 ? "-" : pct(s[0], s[1]) + "/" + pct(s[0], s[2]);
    }

    private static String pct(int a, int b) {
        return b == 0 ? "-" : Math.round(100.0 * a / b) + "%";
    }

    /** matched, expected, drafted: multiset intersection. */
    private static int[] score(List<String> expected, List<String> drafted) {
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(k -> left.merge(k, 1, Integer::sum));
        int matched = 0;
        for (String k : drafted) {
            Integer c = left.get(k);
            if (c != null && c > 0) {
                left.put(k, c - 1);
                matched++;
            }
        }
        return new int[] {matched, expected.size(), drafted.size()};
    }

    private static void detail(String id, String what, List<String> expected, List<String> drafted) {
        List<String> missing = new ArrayList<>(expected);
        List<String> extra = new ArrayList<>();
        for (String k : drafted) {
            if (!missing.remove(k)) {
                extra.add(k);
            }
        }
        missing.forEach(k -> System.out.println("  " + id + " " + what + " MISSED " + k));
        extra.forEach(k -> System.out.println("  " + id + " " + what + " EXTRA  " + k));
    }

    interface Key {
        String of(Map<String, Object> item, Map<String, String> agencyNames);
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Map<String, Object> plan, List<String> lines, String array, Key key) {
        Map<String, String> names = new HashMap<>();
        for (Object o : (List<Object>) plan.get("agencies")) {
            Map<String, Object> a = (Map<String, Object>) o;
            names.put((String) a.get("id"), (String) a.get("name"));
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) plan.getOrDefault(array, List.of())) {
            Map<String, Object> item = (Map<String, Object>) o;
            String k = key.of(item, names);
            if (k != null) {
                out.add(para(lines, ((Number) item.get("line")).intValue()) + " | " + k);
            }
        }
        return out;
    }

    /** The paragraph by its first words, folded, without labels or markup. */
    static String para(List<String> lines, int line) {
        String s = Fold.fold(lines.get(line - 1)).replaceAll("[^a-z0-9]+", "");
        s = s.replaceFirst("^(?:[ivx]+|\\d+)+", "");
        return s.substring(0, Math.min(30, s.length()));
    }

    @SuppressWarnings("unchecked")
    private static String targetKey(Map<String, Object> t, Map<String, String> names) {
        Map<String, Object> dl = (Map<String, Object>) t.get("deadline");
        return t.get("comparator") + " " + num(t.get("value")) + " " + (dl == null ? "-" : dl.get("year"));
    }

    private static String dutyKey(Map<String, Object> a, Map<String, String> names) {
        String agency = (String) a.get("agency");
        return agency + " " + a.get("role");
    }

    @SuppressWarnings("unchecked")
    private static String dueKey(Map<String, Object> a, Map<String, String> names) {
        Map<String, Object> due = (Map<String, Object>) a.get("due");
        return due == null ? null : a.get("agency") + " " + due.get("date");
    }

    @SuppressWarnings("unchecked")
    private static List<String> reportKeys(Map<String, Object> plan) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) plan.get("reportingDuties")) {
            Map<String, Object> r = (Map<String, Object>) o;
            out.add(r.get("frequency") + " " + r.getOrDefault("dueMonthDay", "") + r.getOrDefault("dueDate", ""));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> stepKeys(Map<String, Object> plan) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) plan.getOrDefault("roadmaps", List.of())) {
            for (Object s : (List<Object>) ((Map<String, Object>) o).get("steps")) {
                Map<String, Object> st = (Map<String, Object>) s;
                out.add(st.get("year") + " " + st.get("value"));
            }
        }
        return out;
    }

    private static String num(Object o) {
        if (o == null) {
            return "-";
        }
        double v = ((Number) o).doubleValue();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
