package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * plan:draft in the real platform (feature all, Gogo CommandProcessor) on a plan document written for the tests,
 * not one of the shipped plans: a fictional Quảng Trị plan in the administrative style, with other bodies and other
 * phrasing (launcher/src/test/resources/draft/quang-tri-2026.txt). The same text as .txt, as a .docx written here
 * with POI (header block and roadmap as tables, as Word documents have them) and as a .pdf written here with
 * PDFBox; each draft must load with plan:load and hold at least 80 % of the expected targets and duties with the
 * right role, every dated deadline and both reporting dates. A PDF with no text layer is refused.
 */
class DraftTest {
    static Platform platform;
    static Path data;
    static Path doc = PlatformTest.HOME.resolve("launcher/src/test/resources/draft/quang-tri-2026.txt");

    /** What a careful reader takes from the document: comparator, value, year ("-" none). */
    static final List<String> TARGETS = List.of("at-least 15 2026", "at-least 55 2030", "equal 100 2026",
            "more-than 10 -", "at-least 90 2026", "none - -", "at-least 2 2026", "equal 100 2027", "at-least 5 -");
    /** Duties: the first words of the paragraph, the body, the role. */
    static final List<String> DUTIES = List.of(
            "Chủ trì, phối hợp với Bộ Chỉ huy|cong-an-tinh|lead", "Tham mưu Ủy ban nhân dân tỉnh ban hành|cong-an-tinh|lead",
            "Rà soát, cập nhật dữ liệu|cong-an-tinh|lead", "2. Bộ Chỉ huy Bộ đội Biên phòng|bdbp-tinh|lead",
            "2. Bộ Chỉ huy Bộ đội Biên phòng|hai-quan|coordinate", "Chỉ đạo Trung tâm Kiểm soát|so-y-te|lead",
            "Phối hợp với Công an tỉnh xác định|so-y-te|coordinate", "4. Sở Giáo dục|so-gddt|lead",
            "4. Sở Giáo dục|doan-thanh-nien|lead", "5. Sở Nội vụ|so-noi-vu|lead", "6. Sở Văn hóa|so-vhttdl|coordinate",
            "6. Sở Văn hóa|bao-ptth|coordinate", "7. Ban Quản lý Khu kinh tế|Ban Quản lý Khu kinh tế tỉnh|coordinate",
            "8. Đề nghị|mttq-tinh|requested", "8. Đề nghị|hoi-phu-nu|requested", "8. Đề nghị|hoi-nong-dan|requested",
            "- Phối hợp đẩy nhanh|vks-tinh|requested", "- Phối hợp đẩy nhanh|toa-an-tinh|requested",
            "- Xây dựng kế hoạch xây dựng xã|ubnd-xa|lead", "- Phối hợp với Công an xã|ubnd-xa|coordinate",
            "Sở Tài chính tham mưu|so-tai-chinh|lead", "1. Các sở, ban, ngành|cac-so-nganh|lead",
            "1. Các sở, ban, ngành|ubnd-xa|lead", "4. Giao Công an tỉnh|cong-an-tinh|lead");
    /** Dated deadlines: body and date. */
    static final List<String> DEADLINES = List.of("cong-an-tinh 2026-06-30", "cong-an-tinh 2026-08-31",
            "cong-an-tinh 2026-04-30", "bdbp-tinh 2026-12-31", "ubnd-xa 2026-04-15", "ubnd-xa 2026-12-31");

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("pcmt-draft");
        platform = Fixtures.all(data);
        System.out.println("LB " + platform.execute("lb").out());
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
        Main.deleteTree(data);
    }

    @Test
    void theTextDraftLoadsAndHoldsTheDocument() throws Exception {
        Path out = data.resolve("txt");
        String said = Fixtures.ok(platform, "plan:draft " + doc + " --id quang-tri-2026 --output " + out).out();
        assertTrue(said.contains("Bản nháp quang-tri-2026 (Quảng Trị, 2026–2030)"), said);
        Map<String, Object> plan = holds(out.resolve("quang-tri-2026.plan.json"));
        assertEquals("86/KH-UBND", plan.get("documentNumber"));
        assertEquals("2026-03-12", plan.get("documentDate"));
        assertEquals("Ủy ban nhân dân tỉnh Quảng Trị", plan.get("issuer"));
        List<Object> legal = list(plan, "legalBases");
        assertTrue(legal.stream().map(l -> ((Map<?, ?>) l).get("number")).toList()
                .containsAll(List.of("73/2021/QH14", "2596/QĐ-TTg", "45-KH/TU")), legal.toString());
        String loaded = Fixtures.ok(platform, "plan:load " + out.resolve("quang-tri-2026.plan.json")).out();
        assertTrue(loaded.contains("Loaded plan quang-tri-2026"), loaded);
        String listed = Fixtures.ok(platform, "plan:list").out();
        assertTrue(listed.lines().anyMatch(l -> l.startsWith("quang-tri-2026") && l.contains("[BẢN NHÁP]")), listed);
        assertTrue(Fixtures.ok(platform, "plan:list --format json").out().contains("\"draft\" : true"));
        String check = Fixtures.ok(platform, "plan:check quang-tri-2026").out();
        assertTrue(check.contains("draft") && check.contains("low confidence"), check);
        String review = Fixtures.ok(platform, "plan:draft --review quang-tri-2026 --limit 5").out();
        assertTrue(review.contains("nên xem trước") && review.lines().count() >= 7, review);
        assertTrue(Fixtures.ok(platform, "indicator:list --plan quang-tri-2026").out().contains("drug-free-commune-share"));

        // a later version raising the 2030 target: the draft notes the difference with the loaded plan
        Path raised = data.resolve("quang-tri-2026-bis.txt");
        Files.writeString(raised, Files.readString(doc).replace("tối thiểu 55%", "tối thiểu 60%"));
        String again = Fixtures.ok(platform, "plan:draft " + raised + " --id quang-tri-bis --output " + out).out();
        assertTrue(again.contains("khác kế hoạch quang-tri-2026: drug-free-commune-share năm 2030 — đã có ≥ 55%, bản nháp ≥ 60%"),
                again);
        Fixtures.ok(platform, "plan:unload quang-tri-2026");
    }

    @Test
    void theDocxDraftLoadsAndHoldsTheDocument() throws Exception {
        Path docx = data.resolve("quang-tri-2026.docx");
        writeDocx(docx);
        Path out = data.resolve("docx");
        Fixtures.ok(platform, "plan:draft " + docx + " --id quang-tri-docx --output " + out);
        Map<String, Object> plan = holds(out.resolve("quang-tri-docx.plan.json"));
        assertEquals("86/KH-UBND", plan.get("documentNumber"));
        List<Object> roadmaps = list(plan, "roadmaps");
        assertEquals(1, roadmaps.size(), "the roadmap table");
        assertEquals(5, ((List<?>) ((Map<?, ?>) roadmaps.get(0)).get("steps")).size());
        Fixtures.ok(platform, "plan:load " + out.resolve("quang-tri-docx.plan.json"));
        Fixtures.ok(platform, "plan:unload quang-tri-docx");
    }

    @Test
    void thePdfDraftLoadsAndHoldsTheDocument() throws Exception {
        Path pdf = data.resolve("quang-tri-2026.pdf");
        writePdf(pdf, Files.readAllLines(doc));
        Path out = data.resolve("pdf");
        String said = Fixtures.ok(platform, "plan:draft " + pdf + " --id quang-tri-pdf --output " + out).out();
        holds(out.resolve("quang-tri-pdf.plan.json"));
        assertTrue(said.contains("trang PDF"), said);
        Fixtures.ok(platform, "plan:load " + out.resolve("quang-tri-pdf.plan.json"));
        Fixtures.ok(platform, "plan:unload quang-tri-pdf");
    }

    @Test
    void aPdfWithNoTextLayerIsRefusedAndNothingIsWritten() throws Exception {
        Path pdf = data.resolve("scan.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.addRect(50, 50, 400, 600); // a scanned page: marks, no text
                cs.fill();
            }
            d.save(pdf.toFile());
        }
        Path out = data.resolve("scan");
        Platform.Result r = platform.execute("plan:draft " + pdf + " --output " + out);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("không có lớp chữ") && r.err().contains("scan.pdf"), r.err());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing written");
        Platform.Result missing = platform.execute("plan:draft " + data.resolve("nope.docx"));
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nope.docx"), missing.err());
        Platform.Result usage = platform.execute("plan:draft --bogus x");
        assertEquals(1, usage.exit());
        assertTrue(usage.err().contains("Usage: plan:draft"), usage.err());
    }

    /** Checks the draft against the expected extraction; returns the plan. */
    static Map<String, Object> holds(Path json) throws Exception {
        Map<String, Object> plan = parse(Files.readString(json));
        List<String> lines = Files.readAllLines(json.resolveSibling(plan.get("id") + ".txt"));
        List<String> targets = new ArrayList<>();
        for (Object o : list(plan, "targets")) {
            Map<?, ?> t = (Map<?, ?>) o;
            Object v = t.get("value");
            targets.add(t.get("comparator") + " " + (v == null ? "-" : v) + " "
                    + (t.get("deadline") instanceof Map<?, ?> dl ? dl.get("year") : "-"));
        }
        assertAtLeast(0.8, TARGETS, targets, "targets");
        Map<String, String> names = new LinkedHashMap<>();
        for (Object o : list(plan, "agencies")) {
            names.put((String) ((Map<?, ?>) o).get("id"), (String) ((Map<?, ?>) o).get("name"));
        }
        List<String> duties = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        for (Object o : list(plan, "assignments")) {
            Map<?, ?> a = (Map<?, ?>) o;
            String line = lines.get(((Number) a.get("line")).intValue() - 1);
            String agency = (String) a.get("agency");
            for (String e : DUTIES) {
                String[] x = e.split("\\|");
                if (line.startsWith(x[0]) && (agency.equals(x[1]) || x[1].equals(names.get(agency))) && a.get("role").equals(x[2])) {
                    duties.add(e);
                }
            }
            if (a.get("due") instanceof Map<?, ?> due) {
                deadlines.add(agency + " " + due.get("date"));
            }
        }
        assertAtLeast(0.8, DUTIES, duties, "duties");
        assertTrue(deadlines.containsAll(DEADLINES), "every dated deadline: " + deadlines);
        List<String> reports = new ArrayList<>();
        for (Object o : list(plan, "reportingDuties")) {
            Map<?, ?> r = (Map<?, ?>) o;
            reports.add(r.get("frequency") + " " + r.get("dueMonthDay") + " " + r.get("to"));
        }
        assertTrue(reports.contains("half-yearly 06-15 Ủy ban nhân dân tỉnh (qua Công an tỉnh)")
                && reports.contains("yearly 12-15 Ủy ban nhân dân tỉnh (qua Công an tỉnh)")
                && reports.contains("monthly null Công an tỉnh"), "both reporting dates and the monthly list: " + reports);
        return plan;
    }

    private static void assertAtLeast(double share, List<String> expected, List<String> got, String what) {
        List<String> left = new ArrayList<>(got);
        int matched = 0;
        for (String e : expected) {
            if (left.remove(e)) {
                matched++;
            }
        }
        assertTrue(matched >= share * expected.size(), what + ": " + matched + " of " + expected.size()
                + " expected found; drafted " + got);
    }

    /** The document as Word writes it: the header block as a two-column table, the roadmap as a table. */
    private static void writeDocx(Path file) throws Exception {
        List<String> lines = Files.readAllLines(doc);
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable head = d.createTable(1, 2);
            head.getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN");
            head.getRow(0).getCell(0).addParagraph().createRun().setText("TỈNH QUẢNG TRỊ");
            head.getRow(0).getCell(0).addParagraph().createRun().setText("Số: 86/KH-UBND");
            head.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            head.getRow(0).getCell(1).addParagraph().createRun().setText("Độc lập - Tự do - Hạnh phúc");
            head.getRow(0).getCell(1).addParagraph().createRun().setText("Quảng Trị, ngày 12 tháng 3 năm 2026");
            for (String line : lines.subList(6, lines.size())) {
                if (line.startsWith("b) Lộ trình")) {
                    d.createParagraph().createRun().setText("b) Lộ trình công nhận xã, phường không ma túy:");
                    XWPFTable t = d.createTable(6, 2);
                    String[][] rows = {{"Năm", "Số xã, phường không ma túy"}, {"2026", "12"}, {"2027", "20"},
                        {"2028", "29"}, {"2029", "37"}, {"2030", "43"}};
                    for (int r = 0; r < rows.length; r++) {
                        t.getRow(r).getCell(0).setText(rows[r][0]);
                        t.getRow(r).getCell(1).setText(rows[r][1]);
                    }
                    continue;
                }
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
        }
    }

    /** The document as a PDF with a text layer (DejaVu Sans has the Vietnamese letters), wrapped to the page. */
    private static void writePdf(Path file, List<String> lines) throws Exception {
        try (PDDocument d = new PDDocument()) {
            PDType0Font font = PDType0Font.load(d, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String line : lines) {
                for (String part : wrap(line, font, 10, 480)) {
                    if (cs == null || y < 60) {
                        if (cs != null) {
                            cs.endText();
                            cs.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        d.addPage(page);
                        cs = new PDPageContentStream(d, page);
                        cs.beginText();
                        cs.setFont(font, 10);
                        y = 790;
                        cs.newLineAtOffset(60, y);
                    }
                    cs.showText(part);
                    cs.newLineAtOffset(0, -14);
                    y -= 14;
                }
            }
            cs.endText();
            cs.close();
            d.save(file.toFile());
        }
    }

    private static List<String> wrap(String line, PDType0Font font, float size, float width) throws Exception {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : line.split(" ")) {
            String next = cur.length() == 0 ? w : cur + " " + w;
            if (font.getStringWidth(next) / 1000 * size > width && cur.length() > 0) {
                out.add(cur.toString());
                cur = new StringBuilder(w);
            } else {
                cur = new StringBuilder(next);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static List<Object> list(Map<String, Object> m, String key) {
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) m.getOrDefault(key, List.of());
        return l;
    }

    static Map<String, Object> parse(String json) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) value(p);
            return m;
        }
    }

    private static Object value(JsonParser p) throws Exception {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String name = p.currentName();
                p.nextToken();
                m.put(name, value(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(value(p));
            }
            return l;
        }
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
            default -> null;
        };
    }
}
