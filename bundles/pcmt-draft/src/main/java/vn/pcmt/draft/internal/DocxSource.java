package vn.pcmt.draft.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A .docx through Apache POI XWPF: the body's paragraphs and tables in document order. A table row becomes one
 * line, its cells joined by " | " (a roadmap table "Năm | Số xã" reads as "2026 | 33 | …"); the header block of a
 * Nghị định 30 document is itself a two-column table, its cells read top to bottom, left column first.
 */
final class DocxSource {
    private DocxSource() {}

    static Sources.Read read(Path file) throws IOException, Sources.Unreadable {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            // POI logs through Log4j's API (inside lib-poi); with no Log4j provider its simple logger, errors only
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        // XMLBeans finds its compiled schema types through the context class loader: lib-poi's
        t.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> out = new ArrayList<>();
            List<String> findings = new ArrayList<>();
            int tables = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(p.getText());
                } else if (e instanceof XWPFTable table) {
                    tables++;
                    table(table, out);
                }
            }
            if (tables > 0) {
                findings.add(tables + " bảng trong tệp .docx: mỗi hàng thành một dòng, các ô cách nhau bởi \" | \"");
            }
            return new Sources.Read(out, findings);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                | org.apache.poi.EmptyFileException e) {
            throw new Sources.Unreadable(file + ": không phải tệp .docx (Office Open XML): " + e.getMessage());
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private static void table(XWPFTable table, List<String> out) {
        List<XWPFTableRow> rows = table.getRows();
        boolean layout = rows.size() <= 3 && !rows.isEmpty() && rows.get(0).getTableCells().size() == 2
                && rows.get(0).getCell(0).getText().toUpperCase().equals(rows.get(0).getCell(0).getText());
        if (layout) { // the header block: issuing body on the left, the national motto and date on the right
            for (int c = 0; c < 2; c++) {
                for (XWPFTableRow r : rows) {
                    if (r.getTableCells().size() > c) {
                        for (XWPFParagraph p : r.getCell(c).getParagraphs()) {
                            out.add(p.getText());
                        }
                    }
                }
            }
            return;
        }
        for (XWPFTableRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell c : r.getTableCells()) {
                cells.add(c.getText().replaceAll("\\s+", " ").trim());
            }
            out.add(String.join(" | ", cells));
        }
    }
}
