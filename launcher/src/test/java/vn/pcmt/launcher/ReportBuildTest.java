package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report:build} through the real platform (POI and JFreeChart loaded in the framework from lib-poi and
 * pcmt-report), the documents read back with POI here, and the .html opened in a real headless Chromium.
 */
class ReportBuildTest {
    @TempDir
    Path data;
    Platform platform;

    @BeforeEach
    void start() throws Exception {
        platform = Platform.start(Platform.Settings.defaults(PlatformTest.HOME, data, List.of("hung-yen"))
                .withDeploy(data.resolve("deploy")).withExtra(Map.of("pcmt.today", "2026-12-20", "pcmt.operator", "cat")));
        String script = Files.readString(PlatformTest.HOME.resolve("examples/hung-yen-2025.gosh"))
                .replace("examples/", PlatformTest.HOME.resolve("examples").toString() + "/");
        assertEquals(0, platform.execute(script, InputStream.nullInputStream(),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), System.err));
        Fixtures.ok(platform, "indicator:record hung-yen II.2#7 2026-H2 12");
        Fixtures.ok(platform, "report:submit hung-yen 2026-12-15 --date 2026-12-14 --note \"Báo cáo số 245/BC-CAT\"");
    }

    @AfterEach
    void stop() throws Exception {
        platform.close();
    }

    @Test
    void docxXlsxAndHtmlHoldTheFigures() throws Exception {
        Path out = data.resolve("bao-cao");
        String said = Fixtures.ok(platform, "report:build hung-yen --period 2026-H2 --output " + out).out();
        assertTrue(said.contains("hung-yen-2026-H2-bao-cao.docx"), said);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("hung-yen-2026-H2-bao-cao.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("BÁO CÁO"), t);
            assertTrue(t.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && t.contains("Độc lập - Tự do - Hạnh phúc"));
            assertTrue(t.contains("CÔNG AN TỈNH HƯNG YÊN") && t.contains("Hưng Yên, ngày 20 tháng 12 năm 2026"), t);
            assertTrue(t.contains(", Công an tỉnh Hưng Yên báo cáo kết quả") && t.contains("/BC-CAT"), t);

            assertTrue(t.contains("6 tháng cuối năm 2026"), t);
            assertTrue(t.contains("Nơi nhận:") && t.contains("Vi phạm chỉ tiêu"), t);
            assertTrue(t.contains("mới nhập 28/104 xã, phường"), t);
            assertTrue(doc.getAllPictures().size() >= 2, "charts embedded as images");
            assertTrue(doc.getAllPictures().stream().allMatch(p -> p.getPictureType() == org.apache.poi.xwpf.usermodel
                    .Document.PICTURE_TYPE_PNG));
            assertEquals(11906, ((Number) doc.getDocument().getBody().getSectPr().getPgSz().getW()).intValue(), "A4 width");
            assertTrue(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).allMatch(r ->
                    "Times New Roman".equals(r.getFontFamily()) || r.getText(0) == null));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("hung-yen-2026-H2-phu-luc.xlsx")))) {
            assertTrue(wb.getNumberOfSheets() >= 4, "one sheet per table");
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertTrue(names.containsAll(List.of("Chỉ tiêu", "Nhiệm vụ theo cơ quan", "Đơn vị và công nhận",
                    "Kỳ báo cáo")), names.toString());
            XSSFSheet targets = wb.getSheet("Chỉ tiêu");
            assertEquals("Thực hiện", targets.getRow(0).getCell(6).getStringCellValue());
            assertTrue(targets.getPaneInformation().isFreezePane(), "header row frozen");
            assertTrue(targets.getCTWorksheet().isSetAutoFilter(), "filters on");
            Row zero = row(targets, 10, "II.2#7");
            assertEquals(CellType.NUMERIC, zero.getCell(6).getCellType());
            assertEquals(12.0, zero.getCell(6).getNumericCellValue());
            assertEquals("Vi phạm chỉ tiêu", zero.getCell(8).getStringCellValue());
            Row share = row(targets, 10, "II.2#1");
            assertEquals(100.0 * 28 / 104, share.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals("#,##0.0", share.getCell(6).getCellStyle().getDataFormatString());
            Row yearly = row(wb.getSheet("Kỳ báo cáo"), 1, "V.2#report-yearly");
            assertTrue(yearly.getCell(4).getStringCellValue().startsWith("Đã gửi"));
            assertEquals(java.time.LocalDate.of(2026, 12, 14), yearly.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(28, wb.getSheet("Đơn vị và công nhận").getLastRowNum());
            Row lead = wb.getSheet("Nhiệm vụ theo cơ quan").getRow(1);
            assertEquals(CellType.NUMERIC, lead.getCell(1).getCellType());
            assertTrue(lead.getCell(1).getNumericCellValue() > 0);
        }
        String html = Files.readString(out.resolve("hung-yen-2026-H2-bao-cao.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<svg") && html.contains("BÁO CÁO") && html.contains("@media print"));
        assertFalse(html.contains("<script") || html.contains("src=\"http") || html.contains("href=\"http"),
                "self-contained");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "three files, no temporary file left");
        }
    }

    /** The first row whose column {@code col} holds {@code value}. */
    static Row row(Sheet s, int col, String value) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value + " in " + s.getSheetName());
    }

    /**
     * The body that writes the report is a setting (config/vn.pcmt.report.cfg), not an assumption: a province whose
     * Ban Chỉ đạo reports gets its name in the heading and the sentence, as typed (province name not lower-cased), and
     * its symbol in the number.
     */
    @Test
    void theIssuingBodyIsASetting() throws Exception {
        platform.close();
        Path config = Files.createDirectories(data.resolve("config"));
        Files.copy(PlatformTest.HOME.resolve("config/gosh_profile"), config.resolve("gosh_profile"));
        Files.writeString(config.resolve("vn.pcmt.report.cfg"),
                "issuer = Ban Chỉ đạo 138 tỉnh Hưng Yên\nsymbol = BCĐ\n");
        platform = Platform.start(Platform.Settings.defaults(PlatformTest.HOME, data, List.of("hung-yen"))
                .withDeploy(data.resolve("deploy")).withConfig(config)
                .withExtra(Map.of("pcmt.today", "2026-12-20", "pcmt.operator", "cat")));
        Path out = data.resolve("bcd");
        Fixtures.ok(platform, "report:build hung-yen --period 2026-H2 --output " + out);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("hung-yen-2026-H2-bao-cao.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("BAN CHỈ ĐẠO 138 TỈNH HƯNG YÊN"), t);
            assertFalse(t.contains("CÔNG AN TỈNH HƯNG YÊN"), t);
            assertTrue(t.contains(", Ban Chỉ đạo 138 tỉnh Hưng Yên báo cáo kết quả"), t);
            assertTrue(t.contains("/BC-BCĐ"), t);
        }
        String html = Files.readString(out.resolve("hung-yen-2026-H2-bao-cao.html"));
        assertTrue(html.contains("BAN CHỈ ĐẠO 138 TỈNH HƯNG YÊN") && html.contains("/BC-BCĐ"));
        assertTrue(html.contains(", Ban Chỉ đạo 138 tỉnh Hưng Yên báo cáo kết quả"), "the .html's opening sentence too");
    }

    @Test
    void aBadOutputFolderIsAClearErrorAndWritesNothing() throws Exception {
        Path file = data.resolve("a-file");
        Files.writeString(file, "x");
        Platform.Result r = platform.execute("report:build hung-yen --period 2026-H2 --output " + file);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
        r = platform.execute("report:build hung-yen --period 2026-H2 --output " + data.resolve("no/such/folder"));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("does not exist") && !r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(data.resolve("no")));
        r = platform.execute("report:build hung-yen --period 2026-H5 --output " + data);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("2026-H1, 2026-H2 or 2026"), r.err());
    }

    @Test
    void theHtmlRendersInHeadlessChromium() throws Exception {
        Path out = data.resolve("html");
        Fixtures.ok(platform, "report:build hung-yen --period 2026-H2 --output " + out);
        Path html = out.resolve("hung-yen-2026-H2-bao-cao.html");
        Path png = data.resolve("report.png");
        Chromium.Run run = Chromium.screenshot(html, png, data.resolve("chromium-profile"));
        assertEquals(List.of(), run.consoleErrors(), "no console errors");
        BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 5000, img.getWidth() + "x" + img.getHeight());
        double ink = Chromium.inkShare(img);
        assertTrue(ink > 0.02, "the page is not blank: " + ink);
        assertTrue(Chromium.colouredPixels(img) > 2000, "the charts' coloured bars are drawn");
        // the console check can fail: a page with an error is caught
        Path bad = data.resolve("bad.html");
        Files.writeString(bad, "<html><body>x<script>console.error('broken chart')</script></body></html>");
        assertFalse(Chromium.screenshot(bad, data.resolve("bad.png"), data.resolve("chromium-profile-2"))
                .consoleErrors().isEmpty(), "a console error is detected");
        if (Boolean.getBoolean("pcmt.docs.screenshot")) {
            Files.copy(png, PlatformTest.HOME.resolve("docs/report-hung-yen.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
