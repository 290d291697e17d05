package vn.pcmt.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.RoadmapRow;

/**
 * The annex: one sheet per table, Vietnamese headers, numbers as numeric cells with number formats, dates as dates,
 * the header row frozen and filtered.
 */
final class XlsxReport {
    private XlsxReport() {}

    /** The cell styles of one workbook. */
    private record Styles(CellStyle header, CellStyle text, CellStyle integer, CellStyle decimal, CellStyle date) {}

    static void write(ReportData d, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = styles(wb);
            Plan p = d.plan();
            List<String> targetHeaders = new java.util.ArrayList<>(Texts.TARGET_HEADERS);
            targetHeaders.add("Mã chỉ tiêu");
            Sheet targets = sheet(wb, st, "Chỉ tiêu", targetHeaders);
            int i = 1;
            for (TargetProgress x : d.progress().targets()) {
                Row r = targets.createRow(i);
                num(r, 0, i, st.integer());
                text(r, 1, x.target().ref().section(), st);
                text(r, 2, Texts.targetName(p, x), st);
                text(r, 3, x.target().formatted(), st);
                text(r, 4, Texts.deadline(x), st);
                num(r, 5, x.expected(), st.decimal());
                num(r, 6, x.actual(), st.decimal());
                num(r, 7, x.reached(), st.decimal());
                text(r, 8, Texts.status(x), st);
                text(r, 9, Texts.note(x), st);
                text(r, 10, x.target().id(), st);
                i++;
            }
            finish(targets, targetHeaders.size(), i, new int[] {6, 10, 45, 16, 14, 12, 12, 12, 18, 30, 14});
            Sheet tasks = sheet(wb, st, "Nhiệm vụ theo cơ quan", Texts.TASK_HEADERS);
            i = 1;
            for (ReportData.BodyTasks b : d.bodies()) {
                Row r = tasks.createRow(i++);
                text(r, 0, b.body(), st);
                num(r, 1, b.total(), st.integer());
                num(r, 2, b.done(), st.integer());
                num(r, 3, b.inProgress(), st.integer());
                num(r, 4, b.late(), st.integer());
                num(r, 5, b.notStarted(), st.integer());
            }
            finish(tasks, Texts.TASK_HEADERS.size(), i, new int[] {50, 14, 14, 14, 12, 16});
            Sheet roadmap = sheet(wb, st, "Lộ trình", Texts.ROADMAP_HEADERS);
            i = 1;
            for (RoadmapRow x : d.roadmap()) {
                Row r = roadmap.createRow(i++);
                num(r, 0, x.year(), st.integer());
                num(r, 1, x.planned(), st.integer());
                num(r, 2, x.recognised(), st.integer());
                num(r, 3, x.of() == null ? null : x.of().doubleValue(), st.integer());
                text(r, 4, Texts.roadmapStatus(x.status()), st);
            }
            finish(roadmap, Texts.ROADMAP_HEADERS.size(), i, new int[] {8, 20, 14, 14, 18});
            Sheet units = sheet(wb, st, "Đơn vị và công nhận", Texts.UNIT_HEADERS);
            i = 1;
            for (ReportData.UnitRow u : d.units()) {
                Row r = units.createRow(i++);
                text(r, 0, u.code(), st);
                text(r, 1, u.name(), st);
                text(r, 2, Texts.unitKind(u.kind()), st);
                text(r, 3, u.drugFree() ? "Có" : "", st);
            }
            finish(units, Texts.UNIT_HEADERS.size(), i, new int[] {26, 30, 10, 14});
            Sheet rounds = sheet(wb, st, "Kỳ báo cáo", Texts.ROUND_HEADERS);
            i = 1;
            for (ReportRound x : d.rounds()) {
                Row r = rounds.createRow(i++);
                date(r, 0, x.due(), st.date());
                text(r, 1, x.duty(), st);
                text(r, 2, x.covers(), st);
                text(r, 3, x.to(), st);
                text(r, 4, Texts.roundState(x), st);
                date(r, 5, x.sentOn(), st.date());
                text(r, 6, x.note(), st);
            }
            finish(rounds, Texts.ROUND_HEADERS.size(), i, new int[] {12, 28, 20, 40, 24, 12, 30});
            wb.write(out);
        }
    }

    private static Styles styles(XSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("Times New Roman");
        Font plain = wb.createFont();
        plain.setFontName("Times New Roman");
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle text = wb.createCellStyle();
        text.setFont(plain);
        text.setWrapText(true);
        CellStyle integer = wb.createCellStyle();
        integer.setFont(plain);
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        CellStyle decimal = wb.createCellStyle();
        decimal.setFont(plain);
        decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
        CellStyle date = wb.createCellStyle();
        date.setFont(plain);
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        return new Styles(header, text, integer, decimal, date);
    }

    private static Sheet sheet(XSSFWorkbook wb, Styles st, String name, List<String> headers) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(st.header());
        }
        return s;
    }

    private static void finish(Sheet s, int columns, int rows, int[] widths) {
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static void text(Row r, int col, String v, Styles st) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v);
        }
        c.setCellStyle(st.text());
    }

    private static void num(Row r, int col, Number v, CellStyle style) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v.doubleValue());
        }
        c.setCellStyle(style);
    }

    private static void date(Row r, int col, LocalDate v, CellStyle style) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v);
        }
        c.setCellStyle(style);
    }
}
