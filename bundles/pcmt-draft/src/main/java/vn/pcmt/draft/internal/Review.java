package vn.pcmt.draft.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.OperatorError;

/**
 * {@code plan:draft --review ID}: the drafted items of a draft, least sure first, with the words each was read
 * from, so a reviewer reads first what a rule guessed (a duty's role taken by default, a target with no year, a
 * report with no recipient), then the draft's findings and its differences from plans already loaded.
 */
final class Review {
    record Item(String kind, String id, int line, double confidence, String words, String what) {}

    private Review() {}

    /** The draft file of plan {@code id}: one loaded from a file, else ID.plan.json in {@code dir}. */
    static Path find(String id, Path dir, List<Path> loaded) {
        for (Path p : loaded) {
            if (p.getFileName().toString().equals(id + ".plan.json")) {
                return p;
            }
        }
        Path p = dir.resolve(id + ".plan.json");
        if (!Files.isRegularFile(p)) {
            throw new OperatorError("Không thấy bản nháp " + id + ": không có " + p + " và không kế hoạch nạp từ tệp nào"
                    + " tên " + id + ".plan.json (dùng --output DIR để chỉ thư mục của bản nháp)");
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    static void print(PrintStream out, Path file, int limit, boolean json) throws IOException {
        Map<String, Object> plan = Json.parse(Files.readString(file));
        Map<String, Object> draft = (Map<String, Object>) plan.get("draft");
        if (draft == null) {
            throw new OperatorError(file + " không phải bản nháp của plan:draft (không có trường \"draft\")");
        }
        List<Item> items = new ArrayList<>();
        add(items, plan, "targets", "target", t -> t.get("comparator") + " " + t.getOrDefault("value", "") + " "
                + (t.get("deadline") instanceof Map<?, ?> dl ? "năm " + dl.get("year") : "không có năm"));
        add(items, plan, "assignments", "assignment", a -> a.get("agency") + " " + a.get("role")
                + (a.get("due") instanceof Map<?, ?> du ? " hạn " + du.get("date") : ""));
        add(items, plan, "reportingDuties", "report", r -> r.get("frequency") + " → "
                + r.getOrDefault("to", "(không rõ nơi nhận)"));
        add(items, plan, "roadmaps", "roadmap", r -> r.get("indicator") + " " + ((List<Object>) r.get("steps")).size() + " bước");
        items.sort(Comparator.comparingDouble(Item::confidence).thenComparingInt(Item::line));
        List<Item> shown = items.subList(0, Math.min(limit, items.size()));
        if (json) {
            StringBuilder sb = new StringBuilder("{\n  \"plan\" : " + Json.quote((String) plan.get("id")) + ",\n  \"items\" : [");
            for (int i = 0; i < shown.size(); i++) {
                Item it = shown.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("    { \"kind\" : ").append(Json.quote(it.kind())).append(", \"id\" : ")
                        .append(Json.quote(it.id())).append(", \"line\" : ").append(it.line()).append(", \"confidence\" : ")
                        .append(it.confidence()).append(", \"what\" : ").append(Json.quote(it.what())).append(", \"words\" : ")
                        .append(Json.quote(it.words())).append(" }");
            }
            sb.append("\n  ],\n  \"lowConfidence\" : ").append(draft.get("lowConfidence")).append("\n}");
            out.println(sb);
            return;
        }
        out.println("Bản nháp " + plan.get("id") + " (" + file + "): " + items.size() + " mục, "
                + draft.get("lowConfidence") + " có độ tin cậy dưới " + Draft.LOW + "; " + shown.size() + " mục nên xem trước:");
        out.printf("%-10s %-22s %5s %5s  %-36s %s%n", "LOẠI", "ID", "DÒNG", "TIN", "ĐỌC RA", "TỪ CÁC CHỮ");
        for (Item it : shown) {
            out.printf("%-10s %-22s %5d %5.2f  %-36s %s%n", it.kind(), cut(it.id(), 22), it.line(), it.confidence(),
                    cut(it.what(), 36), cut(it.words(), 70));
        }
        for (Object f : (List<Object>) draft.getOrDefault("findings", List.of())) {
            out.println("  ghi chú: " + f);
        }
        for (Object o : (List<Object>) draft.getOrDefault("differences", List.of())) {
            Map<String, Object> x = (Map<String, Object>) o;
            out.println("  khác kế hoạch " + x.get("plan") + ": " + x.get("indicator") + " năm " + x.get("year") + " — đã có "
                    + x.get("loaded") + ", bản nháp " + x.get("drafted"));
        }
    }

    interface What {
        String of(Map<String, Object> item);
    }

    @SuppressWarnings("unchecked")
    private static void add(List<Item> items, Map<String, Object> plan, String array, String kind, What what) {
        for (Object o : (List<Object>) plan.getOrDefault(array, List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            Map<String, Object> meta = (Map<String, Object>) m.get("draft");
            if (meta == null) {
                continue;
            }
            items.add(new Item(kind, (String) m.get("id"), ((Number) m.getOrDefault("line", 0)).intValue(),
                    ((Number) meta.get("confidence")).doubleValue(), String.valueOf(meta.get("words")), what.of(m)));
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
