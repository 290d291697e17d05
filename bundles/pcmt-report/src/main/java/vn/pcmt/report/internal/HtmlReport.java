package vn.pcmt.report.internal;

import java.time.LocalDate;
import java.util.List;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.report.ReportRound;
import vn.pcmt.api.report.RoadmapRow;

/**
 * The report as one self-contained HTML page (no script, no external file): the same sections as the .docx, the
 * charts inline as SVG drawn by the same JFreeChart charts, and print CSS for A4 with the decree's margins.
 */
final class HtmlReport {
    private HtmlReport() {}

    static final String CSS = """
            @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 14pt;
                   line-height: 1.35; color: #000; background: #fff; max-width: 165mm; margin: 1em auto; }
            table.head { width: 100%; border-collapse: collapse; }
            table.head td { text-align: center; vertical-align: top; width: 50%; border: 0; padding: 0 4px; }
            .body-name { font-weight: bold; font-size: 13pt; text-decoration: underline; }
            .nation { font-weight: bold; font-size: 13pt; }
            .motto { font-weight: bold; text-decoration: underline; }
            .place { font-style: italic; }
            h1 { text-align: center; font-size: 14pt; margin: 1.2em 0 0; }
            .subject { text-align: center; font-weight: bold; margin: 0 0 1em; }
            h2 { font-size: 14pt; margin: 1em 0 0.4em; text-indent: 1cm; }
            p { text-align: justify; text-indent: 1cm; margin: 0 0 0.5em; }
            p.narrative { font-style: italic; color: #333; }
            table.data { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 0.5em 0; }
            table.data th { background: #d9e2f3; border: 1px solid #000; padding: 2px 4px; }
            table.data td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
            table.data td.n { text-align: right; }
            figure { text-align: center; margin: 0.6em 0; page-break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-style: italic; font-size: 12pt; }
            table.sign { width: 100%; margin-top: 1.5em; }
            table.sign td { vertical-align: top; width: 50%; }
            .recipients { font-size: 11pt; }
            .recipients b { font-size: 12pt; font-style: italic; }
            .signer { text-align: center; font-weight: bold; }
            @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; }
                           tr { page-break-inside: avoid; } thead { display: table-header-group; } }
            """;

    static String write(ReportData d, List<Charts.Chart> charts, LocalDate signed) {
        Plan p = d.plan();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc("Báo cáo " + Texts.subject(p, d.period()))).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        sb.append("<table class=\"head\"><tr><td><div class=\"body-name\">").append(esc(Texts.issuingBody(d)))
                .append("</div></td><td><div class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
                .append("<div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div></td></tr>\n<tr><td>Số:&nbsp;&nbsp;&nbsp;")
                .append("&nbsp;&nbsp;&nbsp;/BC-").append(esc(Texts.symbol(d)))
                .append("</td><td class=\"place\">").append(esc(Texts.placeAndDate(p, signed)))
                .append("</td></tr></table>\n");
        sb.append("<h1>BÁO CÁO</h1>\n<div class=\"subject\">").append(esc(Texts.subject(p, d.period())))
                .append("</div>\n");
        sb.append("<p>").append(esc("Thực hiện " + p.title() + ", " + Texts.issuerName(d) + " báo cáo kết quả " + d.period().vietnamese()
                + " (số liệu đến ngày " + ReportData.date(d.asOf()) + ") như sau:")).append("</p>\n");
        Texts.NARRATIVE_BEFORE.forEach(s -> narrative(sb, s));
        sb.append("<h2>II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU</h2>\n");
        if (d.progress().planDenominator() != null) {
            sb.append("<p>").append(esc("Đơn vị hành chính cấp xã đã nhập: " + d.progress().unitsInProvince() + "/"
                    + d.progress().planDenominator() + "; xã, phường được công nhận không ma túy tính theo quyết định"
                    + " công nhận còn hiệu lực.")).append("</p>\n");
        }
        head(sb, Texts.TARGET_HEADERS);
        int i = 1;
        for (TargetProgress x : d.progress().targets()) {
            row(sb, new String[] {Integer.toString(i++), x.target().ref().section(), Texts.targetName(p, x),
                x.target().formatted(), Texts.deadline(x), Texts.num(x.expected()), Texts.num(x.actual()),
                Texts.num(x.reached()), Texts.status(x), Texts.note(x)}, 0, 5, 6, 7);
        }
        sb.append("</tbody></table>\n");
        chart(sb, charts, "targets");
        String n = "III";
        if (!d.roadmap().isEmpty()) {
            sb.append("<h2>III. LỘ TRÌNH XÃ, PHƯỜNG KHÔNG MA TÚY</h2>\n");
            head(sb, Texts.ROADMAP_HEADERS);
            for (RoadmapRow x : d.roadmap()) {
                row(sb, new String[] {Integer.toString(x.year()), Texts.num(x.planned()), Integer.toString(x.recognised()),
                    x.of() == null ? "" : x.of().toString(), Texts.roadmapStatus(x.status())}, 0, 1, 2, 3);
            }
            sb.append("</tbody></table>\n");
            chart(sb, charts, "roadmap");
            n = "IV";
        }
        sb.append("<h2>").append(n).append(". KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ</h2>\n");
        head(sb, Texts.TASK_HEADERS);
        for (ReportData.BodyTasks b : d.bodies()) {
            row(sb, new String[] {b.body(), Integer.toString(b.total()), Integer.toString(b.done()),
                Integer.toString(b.inProgress()), Integer.toString(b.late()), Integer.toString(b.notStarted())},
                    1, 2, 3, 4, 5);
        }
        sb.append("</tbody></table>\n");
        chart(sb, charts, "tasks");
        sb.append("<h2>").append(n.equals("III") ? "IV" : "V").append(". THỰC HIỆN CHẾ ĐỘ BÁO CÁO</h2>\n");
        head(sb, Texts.ROUND_HEADERS);
        for (ReportRound x : d.rounds()) {
            row(sb, new String[] {ReportData.date(x.due()), x.duty(), x.covers(), x.to() == null ? "" : x.to(),
                Texts.roundState(x), ReportData.date(x.sentOn()), x.note() == null ? "" : x.note()});
        }
        sb.append("</tbody></table>\n");
        Texts.NARRATIVE_AFTER.forEach(s -> narrative(sb, s));
        java.util.LinkedHashSet<String> to = new java.util.LinkedHashSet<>();
        d.rounds().forEach(r -> {
            if (r.to() != null) {
                to.add(r.to());
            }
        });
        if (to.isEmpty()) {
            to.add(p.issuer());
        }
        sb.append("<table class=\"sign\"><tr><td class=\"recipients\"><b>Nơi nhận:</b><br>");
        to.forEach(x -> sb.append("- ").append(esc(x)).append(";<br>"));
        sb.append("- Lưu: VT.</td><td class=\"signer\">THỦ TRƯỞNG CƠ QUAN<br><i style=\"font-weight:normal\">")
                .append("(Ký, ghi rõ họ tên, đóng dấu)</i></td></tr></table>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void narrative(StringBuilder sb, String[] s) {
        sb.append("<h2>").append(esc(s[0])).append("</h2>\n<p class=\"narrative\">").append(esc(s[1])).append("</p>\n");
    }

    private static void head(StringBuilder sb, List<String> headers) {
        sb.append("<table class=\"data\"><thead><tr>");
        headers.forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
        sb.append("</tr></thead><tbody>\n");
    }

    private static void row(StringBuilder sb, String[] cells, int... numeric) {
        sb.append("<tr>");
        for (int i = 0; i < cells.length; i++) {
            final int col = i;
            boolean n = java.util.Arrays.stream(numeric).anyMatch(x -> x == col);
            sb.append(n ? "<td class=\"n\">" : "<td>").append(esc(cells[i])).append("</td>");
        }
        sb.append("</tr>\n");
    }

    private static void chart(StringBuilder sb, List<Charts.Chart> charts, String name) {
        for (Charts.Chart c : charts) {
            if (c.name().equals(name)) {
                sb.append("<figure>").append(Charts.svg(c)).append("<figcaption>Biểu đồ: ").append(esc(c.title()))
                        .append("</figcaption></figure>\n");
            }
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
