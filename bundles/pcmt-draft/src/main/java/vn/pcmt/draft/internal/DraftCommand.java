package vn.pcmt.draft.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanLoader;
import vn.pcmt.api.PlanRegistry;

/**
 * {@code plan:draft FILE [--id ID] [--output DIR]}: a plan drafted from a .txt, .docx or .pdf document, written as
 * {@code ID.txt} and {@code ID.plan.json} and checked by the platform's own plan reader before it is kept; and
 * {@code plan:draft --review ID}: the drafted items most worth a human look first. Thin: the rules are in
 * {@link Drafter}, the comparison in {@link Compare}, the review in {@link Review}.
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = DraftCommand.class,
        property = {"osgi.command.scope=plan", "osgi.command.function=draft"})
public final class DraftCommand {
    /** The usage's key in the catalogue beside this class (messages_vi/en.properties; {@link Msg}). */
    static final String USAGE = "usage";

    private final PlanRegistry registry;
    private final PlanLoader loader;

    @Activate
    public DraftCommand(@Reference PlanRegistry registry, @Reference PlanLoader loader) {
        this.registry = registry;
        this.loader = loader;
    }

    @Descriptor("draft a plan from a .txt, .docx or .pdf document")
    public void draft(CommandSession session, @Descriptor("[--id ID] [--output DIR] FILE | --review ID") String... args)
            throws IOException {
        String file = null;
        String id = null;
        String output = null;
        String review = null;
        String format = "table";
        int limit = 20;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    System.out.print(Msg.t(USAGE));
                    return;
                }
                case "--id" -> id = value(args, ++i, a);
                case "--output" -> output = value(args, ++i, a);
                case "--review" -> review = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a);
                case "--limit" -> {
                    try {
                        limit = Integer.parseInt(value(args, ++i, a));
                    } catch (NumberFormatException e) {
                        throw usage(Msg.t("error.limit"));
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw usage(Msg.t("error.unknownOption", a));
                    }
                    if (file != null) {
                        throw usage(Msg.t("error.unexpected", a));
                    }
                    file = a;
                }
            }
        }
        if (!format.equals("table") && !format.equals("json")) {
            throw usage(Msg.t("error.format", format));
        }
        Path dir = output == null ? cwd(session) : cwd(session).resolve(output);
        if (review != null) {
            Review.print(System.out, Review.find(review, dir, loader.loadedFiles()), limit, format.equals("json"));
            return;
        }
        if (file == null) {
            throw usage(Msg.t("error.missingFile"));
        }
        if (id != null && !id.matches("[a-z0-9-]+")) {
            throw usage(Msg.t("error.id", id));
        }
        Path source = cwd(session).resolve(file);
        long t0 = System.nanoTime();
        Sources.Read read;
        try {
            read = Sources.read(source);
        } catch (Sources.Unreadable e) {
            throw new OperatorError("Không soạn được bản nháp: " + e.getMessage());
        }
        Draft d = Drafter.draft(read.paragraphs(), id, read.findings());
        if (d.lines.isEmpty()) {
            throw new OperatorError("Không soạn được bản nháp: " + source + " không có đoạn văn nào");
        }
        Compare.withLoaded(d, registry);
        Files.createDirectories(dir);
        Path json = write(d, dir, source.getFileName().toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        summary(System.out, d, json, ms, format.equals("json"));
    }

    /** Writes ID.txt and ID.plan.json beside each other; kept only when the platform's reader accepts them. */
    private Path write(Draft d, Path dir, String original) throws IOException {
        Path tmp = Files.createTempDirectory(dir, ".draft-");
        try {
            Path txt = tmp.resolve(d.id + ".txt");
            Path json = tmp.resolve(d.id + ".plan.json");
            Files.writeString(txt, String.join("\n", d.lines) + "\n", StandardCharsets.UTF_8);
            Files.writeString(json, DraftJson.write(d, d.id + ".txt", original), StandardCharsets.UTF_8);
            try {
                loader.read(json);
            } catch (PlanException e) {
                throw new OperatorError("Bản nháp không hợp lệ theo định dạng kế hoạch (lỗi của plan:draft, xin báo lại);"
                        + " không ghi tệp nào.\n" + e.getMessage());
            }
            Path finalTxt = dir.resolve(d.id + ".txt");
            Path finalJson = dir.resolve(d.id + ".plan.json");
            move(txt, finalTxt);
            move(json, finalJson);
            return finalJson;
        } finally {
            try (var left = Files.list(tmp)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void summary(PrintStream out, Draft d, Path json, long ms, boolean asJson) {
        long low = d.lowConfidence();
        if (asJson) {
            out.printf("{%n  \"id\" : \"%s\",%n  \"file\" : \"%s\",%n  \"lines\" : %d,%n  \"sections\" : %d,%n  \"targets\" : %d,"
                    + "%n  \"roadmapSteps\" : %d,%n  \"assignments\" : %d,%n  \"reportingDuties\" : %d,%n  \"legalBases\" : %d,"
                    + "%n  \"lowConfidence\" : %d,%n  \"differences\" : %d,%n  \"findings\" : %d,%n  \"millis\" : %d%n}%n",
                    d.id, json.toString().replace("\\", "\\\\").replace("\"", "\\\""), d.lines.size(), d.sections.size(),
                    d.targets.size(), d.roadmaps.stream().mapToInt(r -> r.steps().size()).sum(), d.duties.size(),
                    d.reports.size(), d.legal.size(), low, d.differences.size(), d.findings.size(), ms);
            return;
        }
        out.println("Bản nháp " + d.id + " (" + (d.localityName == null ? "không rõ địa phương" : d.localityName) + ", "
                + d.from + "–" + d.to + "): " + d.sections.size() + " mục, " + d.targets.size() + " chỉ tiêu, "
                + d.roadmaps.stream().mapToInt(r -> r.steps().size()).sum() + " bước lộ trình, " + d.duties.size()
                + " nhiệm vụ, " + d.reports.size() + " chế độ báo cáo, " + d.legal.size() + " căn cứ (" + ms + " ms)");
        out.println("Đã ghi " + json + " và " + json.resolveSibling(d.id + ".txt"));
        if (low > 0) {
            out.println(low + " mục có độ tin cậy thấp: plan:draft --review " + d.id
                    + (json.getParent() == null ? "" : " --output " + json.getParent()));
        }
        for (String f : d.findings) {
            out.println("  ghi chú: " + f);
        }
        for (Draft.Difference x : d.differences) {
            out.println("  khác kế hoạch " + x.plan() + ": " + x.indicator() + (x.year() == null ? "" : " năm " + x.year())
                    + " — đã có " + x.loaded() + ", bản nháp " + x.drafted());
        }
        out.println("Kiểm tra rồi nạp: plan:load " + json);
    }

    private static Path cwd(CommandSession session) {
        Path p = session == null ? null : session.currentDir();
        return p == null ? Path.of("").toAbsolutePath() : p;
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw usage(Msg.t("error.needsValue", opt));
        }
        return args[i];
    }

    private static OperatorError usage(String problem) {
        return new OperatorError("plan:draft: " + problem + "\n\n" + Msg.t(USAGE));
    }

    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n")));
    }
}
