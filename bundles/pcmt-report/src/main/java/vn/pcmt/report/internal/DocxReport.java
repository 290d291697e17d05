package vn.pcmt.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.RoadmapRow;

/**
 * The report as a Word document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait; margins top and
 * bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; body 14 pt, tables 11 pt; the national heading block,
 * number and place-and-date line, "BÁO CÁO" and its subject, the body, "Nơi nhận:" and the signature block.
 */
final class DocxReport {
    static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre (Word's page units): 1 mm = 56.7 twips. */
    private static final double TWIPS_PER_MM = 56.6929;

    private DocxReport() {}

    static void write(ReportData d, List<Charts.Chart> charts, LocalDate signed, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            Plan p = d.plan();
            heading(doc, d, signed);
            XWPFParagraph title = para(doc, ParagraphAlignment.CENTER, 240, 0);
            run(title, "BÁO CÁO", true, false, 14);
            XWPFParagraph subject = para(doc, ParagraphAlignment.CENTER, 0, 0);
            run(subject, Texts.subject(p, d.period()), true, false, 14);
            XWPFParagraph rule = para(doc, ParagraphAlignment.CENTER, 0, 240);
            run(rule, "\u2014\u2014\u2014\u2014\u2014\u2014", false, false, 10);
            XWPFParagraph intro = body(doc);
            run(intro, "Thực hiện " + p.title() + ", " + Texts.issuerName(d)
                    + " báo cáo kết quả " + d.period().vietnamese() + " (số liệu đến ngày " + ReportData.date(d.asOf())
                    + ") như sau:", false, false, 14);
            for (String[] s : Texts.NARRATIVE_BEFORE) {
                narrative(doc, s);
            }
            section(doc, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
            if (d.progress().planDenominator() != null) {
                run(body(doc), "Đơn vị hành chính cấp xã đã nhập: " + d.progress().unitsInProvince() + "/"
                        + d.progress().planDenominator() + "; xã, phường được công nhận không ma túy tính theo quyết"
                        + " định công nhận còn hiệu lực.", false, false, 14);
            }
            XWPFTable t = table(doc, Texts.TARGET_HEADERS);
            int i = 1;
            for (TargetProgress x : d.progress().targets()) {
                row(t, List.of(Integer.toString(i++), x.target().ref().section(), Texts.targetName(p, x),
                        x.target().formatted(), Texts.deadline(x), Texts.num(x.expected()), Texts.num(x.actual()),
                        Texts.num(x.reached()), Texts.status(x), Texts.note(x)));
            }
            chart(doc, charts, "targets");
            if (!d.roadmap().isEmpty()) {
                section(doc, "III. LỘ TRÌNH XÃ, PHƯỜNG KHÔNG MA TÚY");
                XWPFTable r = table(doc, Texts.ROADMAP_HEADERS);
                for (RoadmapRow x : d.roadmap()) {
                    row(r, List.of(Integer.toString(x.year()), Texts.num(x.planned()), Integer.toString(x.recognised()),
                            x.of() == null ? "" : x.of().toString(), Texts.roadmapStatus(x.status())));
                }
                chart(doc, charts, "roadmap");
            }
            section(doc, (d.roadmap().isEmpty() ? "III" : "IV") + ". KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ");
            XWPFTable tk = table(doc, Texts.TASK_HEADERS);
            for (ReportData.BodyTasks b : d.bodies()) {
                row(tk, List.of(b.body(), Integer.toString(b.total()), Integer.toString(b.done()),
                        Integer.toString(b.inProgress()), Integer.toString(b.late()), Integer.toString(b.notStarted())));
            }
            chart(doc, charts, "tasks");
            section(doc, (d.roadmap().isEmpty() ? "IV" : "V") + ". THỰC HIỆN CHẾ ĐỘ BÁO CÁO");
            XWPFTable rr = table(doc, Texts.ROUND_HEADERS);
            for (ReportRound x : d.rounds()) {
                row(rr, List.of(ReportData.date(x.due()), x.duty(), x.covers(), x.to() == null ? "" : x.to(),
                        Texts.roundState(x), ReportData.date(x.sentOn()), x.note() == null ? "" : x.note()));
            }
            for (String[] s : Texts.NARRATIVE_AFTER) {
                narrative(doc, s);
            }
            closing(doc, d);
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // 210 mm
        size.setH(BigInteger.valueOf(16838)); // 297 mm
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar m = sect.addNewPgMar();
        m.setTop(twips(20));
        m.setBottom(twips(20));
        m.setLeft(twips(30));
        m.setRight(twips(15));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    /** The heading block: issuing body and number on the left, the national title and place and date on the right. */
    private static void heading(XWPFDocument doc, ReportData d, LocalDate signed) {
        Plan p = d.plan();
        XWPFTable h = doc.createTable(2, 2);
        h.removeBorders();
        h.setWidth("100%");
        h.setTableAlignment(TableRowAlign.CENTER);
        cellText(h.getRow(0).getCell(0), Texts.issuingBody(d), true, false, 13, true);
        XWPFTableCell right = h.getRow(0).getCell(1);
        cellText(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13, false);
        XWPFParagraph motto = right.addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun mr = run(motto, "Độc lập - Tự do - Hạnh phúc", true, false, 14);
        mr.setUnderline(UnderlinePatterns.SINGLE);
        cellText(h.getRow(1).getCell(0), "Số:        /BC-" + Texts.symbol(d), false, false, 13,
                false);
        cellText(h.getRow(1).getCell(1), Texts.placeAndDate(p, signed), false, true, 14, false);
    }

    private static void cellText(XWPFTableCell cell, String text, boolean bold, boolean italic, int size,
            boolean underline) {
        XWPFParagraph para = cell.getParagraphs().get(0);
        para.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = run(para, text, bold, italic, size);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 0, 120);
        p.setIndentationFirstLine(567); // 1 cm
        return p;
    }

    private static void section(XWPFDocument doc, String text) {
        XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 120, 120);
        p.setIndentationFirstLine(567);
        run(p, text, true, false, 14);
    }

    private static void narrative(XWPFDocument doc, String[] s) {
        section(doc, s[0]);
        run(body(doc), s[1], false, true, 14);
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    private static XWPFTable table(XWPFDocument doc, List<String> headers) {
        XWPFTable t = doc.createTable(1, headers.size());
        t.setWidth("100%");
        for (int i = 0; i < headers.size(); i++) {
            XWPFTableCell c = t.getRow(0).getCell(i);
            c.setColor("D9E2F3");
            XWPFParagraph p = c.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, headers.get(i), true, false, 11);
        }
        t.getRow(0).setRepeatHeader(true);
        return t;
    }

    private static void row(XWPFTable t, List<String> cells) {
        var r = t.createRow();
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = r.getCell(i).getParagraphs().get(0);
            run(p, cells.get(i), false, false, 11);
        }
    }

    private static void chart(XWPFDocument doc, List<Charts.Chart> charts, String name) throws IOException {
        for (Charts.Chart c : charts) {
            if (!c.name().equals(name)) {
                continue;
            }
            XWPFParagraph p = para(doc, ParagraphAlignment.CENTER, 120, 0);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(Charts.png(c)), Document.PICTURE_TYPE_PNG,
                        c.name() + ".png", Units.toEMU(440), Units.toEMU(220));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            XWPFParagraph caption = para(doc, ParagraphAlignment.CENTER, 0, 120);
            run(caption, "Biểu đồ: " + c.title(), false, true, 12);
        }
    }

    private static void closing(XWPFDocument doc, ReportData d) {
        para(doc, ParagraphAlignment.LEFT, 0, 0);
        XWPFTable c = doc.createTable(1, 2);
        c.removeBorders();
        c.setWidth("100%");
        XWPFTableCell left = c.getRow(0).getCell(0);
        XWPFParagraph nn = left.getParagraphs().get(0);
        run(nn, "Nơi nhận:", true, true, 12);
        java.util.LinkedHashSet<String> to = new java.util.LinkedHashSet<>();
        d.rounds().forEach(r -> {
            if (r.to() != null) {
                to.add(r.to());
            }
        });
        if (to.isEmpty()) {
            to.add(d.plan().issuer());
        }
        for (String x : to) {
            run(left.addParagraph(), "- " + x + ";", false, false, 11);
        }
        run(left.addParagraph(), "- Lưu: VT.", false, false, 11);
        XWPFTableCell right = c.getRow(0).getCell(1);
        XWPFParagraph s = right.getParagraphs().get(0);
        s.setAlignment(ParagraphAlignment.CENTER);
        run(s, "THỦ TRƯỞNG CƠ QUAN", true, false, 14);
        XWPFParagraph hint = right.addParagraph();
        hint.setAlignment(ParagraphAlignment.CENTER);
        run(hint, "(Ký, ghi rõ họ tên, đóng dấu)", false, true, 14);
    }
}
