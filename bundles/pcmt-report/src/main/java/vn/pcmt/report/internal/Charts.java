package vn.pcmt.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import vn.pcmt.api.ProgressStore.TargetProgress;
import vn.pcmt.api.report.ProgressStatus;
import vn.pcmt.api.report.RoadmapRow;

/**
 * The report's charts, drawn once by JFreeChart from the report's data: as PNG for the .docx and as SVG (JFreeSVG's
 * Graphics2D, the same drawing) for the .html. Headless; DejaVu Sans, which covers Vietnamese, where installed.
 */
final class Charts {
    /** A chart with its title and the file name its PNG takes inside the .docx. */
    record Chart(String name, String title, JFreeChart chart) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 320;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    static List<Chart> of(ReportData d) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        String family = fontFamily();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 16));
        theme.setLargeFont(new Font(family, Font.BOLD, 13));
        theme.setRegularFont(new Font(family, Font.PLAIN, 11));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        List<Chart> out = new ArrayList<>();
        if (!d.roadmap().isEmpty()) {
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            for (RoadmapRow r : d.roadmap()) {
                ds.addValue(r.planned(), "Kế hoạch (lộ trình)", Integer.toString(r.year()));
                if (r.due() || r.status().equals("in progress")) {
                    ds.addValue(r.recognised(), "Đã công nhận", Integer.toString(r.year()));
                }
            }
            out.add(styled(theme, new Chart("roadmap", "Lộ trình xã, phường không ma túy và kết quả công nhận",
                    ChartFactory.createBarChart(null, "Năm", "Số xã, phường", ds, PlotOrientation.VERTICAL, true,
                            false, false))));
        }
        Map<ProgressStatus, Integer> byStatus = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            byStatus.put(s, 0);
        }
        for (TargetProgress t : d.progress().targets()) {
            byStatus.merge(t.progressStatus(), 1, Integer::sum);
        }
        DefaultCategoryDataset st = new DefaultCategoryDataset();
        byStatus.forEach((s, n) -> st.addValue(n, "Chỉ tiêu", s.vietnamese()));
        out.add(styled(theme, new Chart("targets", "Chỉ tiêu theo mức độ thực hiện", ChartFactory.createBarChart(
                null, null, "Số chỉ tiêu", st, PlotOrientation.HORIZONTAL, false, false, false))));
        if (!d.bodies().isEmpty()) {
            DefaultCategoryDataset tk = new DefaultCategoryDataset();
            for (ReportData.BodyTasks b : d.bodies().subList(0, Math.min(8, d.bodies().size()))) {
                String body = b.body().length() > 38 ? b.body().substring(0, 37) + "…" : b.body();
                tk.addValue(b.done(), "Đã hoàn thành", body);
                tk.addValue(b.inProgress(), "Đang thực hiện", body);
                tk.addValue(b.late(), "Quá hạn", body);
                tk.addValue(b.notStarted(), "Chưa triển khai", body);
            }
            out.add(styled(theme, new Chart("tasks", "Nhiệm vụ theo cơ quan chủ trì", ChartFactory
                    .createStackedBarChart(null, null, "Số nhiệm vụ", tk, PlotOrientation.HORIZONTAL, true, false,
                            false))));
        }
        return out;
    }

    private static Chart styled(StandardChartTheme theme, Chart c) {
        theme.apply(c.chart());
        c.chart().setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = c.chart().getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        Color[] colours = {new Color(0x1F4E79), new Color(0xC00000), new Color(0xE69F00), new Color(0x7F7F7F)};
        if (c.name().equals("tasks")) {
            colours = new Color[] {new Color(0x2E7D32), new Color(0x1F4E79), new Color(0xC00000), new Color(0xBFBFBF)};
        }
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
        }
        return c;
    }

    private static String fontFamily() {
        for (String f : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            if (f.equals("DejaVu Sans")) {
                return f;
            }
        }
        return Font.SANS_SERIF;
    }

    static byte[] png(Chart c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, c.chart(), WIDTH, HEIGHT);
        return out.toByteArray();
    }

    static String svg(Chart c) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        c.chart().draw(g, new Rectangle(WIDTH, HEIGHT));
        return g.getSVGElement(c.name() + "-chart");
    }
}
