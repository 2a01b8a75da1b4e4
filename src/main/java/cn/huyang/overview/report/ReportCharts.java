package cn.huyang.overview.report;

import cn.huyang.overview.Bar;
import cn.huyang.print.FormFont;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * The report's charts as JFreeChart charts, lettered in the shipped CJK font: drawn as vectors into the
 * PDF and as images into the .docx.
 */
public final class ReportCharts {
    /** The series' colours: blue, orange, grey, green. */
    private static final Color[] COLOURS = {new Color(0x1f5fa8), new Color(0xe07b22), new Color(0x8a8a8a),
            new Color(0x2e8b57), new Color(0xc62828), new Color(0x6a3d9a)};
    private static volatile Font base;

    private ReportCharts() {
    }

    /** The shipped font (WenQuanYi Micro Hei) for AWT, parsed once. */
    static Font font(float size, int style) {
        Font f = base;
        if (f == null) {
            synchronized (ReportCharts.class) {
                f = base;
                if (f == null) {
                    try (InputStream in = FormFont.open()) {
                        base = f = Font.createFonts(in)[0];
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (FontFormatException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return f.deriveFont(style, size);
    }

    public static JFreeChart chart(Block.Chart spec) {
        StandardChartTheme theme = new StandardChartTheme("huyang");
        theme.setExtraLargeFont(font(15f, Font.BOLD));
        theme.setLargeFont(font(12f, Font.PLAIN));
        theme.setRegularFont(font(11f, Font.PLAIN));
        theme.setSmallFont(font(10f, Font.PLAIN));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xd0d0d0));
        JFreeChart chart = spec.pie() ? pie(spec) : bars(spec);
        theme.apply(chart);
        chart.setTitle(new TextTitle(spec.title(), font(14f, Font.BOLD)));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            BarRenderer r = (BarRenderer) plot.getRenderer();
            for (int i = 0; i < spec.series().size(); i++) {
                r.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            }
            r.setItemMargin(0.05);
            r.setMaximumBarWidth(0.12);
            r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator());
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(font(9f, Font.PLAIN));
            plot.setOutlineVisible(false);
            plot.setRangeGridlineStroke(new BasicStroke(0.5f));
            NumberAxis y = (NumberAxis) plot.getRangeAxis();
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            CategoryAxis x = plot.getDomainAxis();
            x.setMaximumCategoryLabelLines(2);
        } else if (chart.getPlot() instanceof PiePlot<?> plot) {
            plot.setOutlineVisible(false);
            plot.setShadowPaint(null);
            plot.setLabelFont(font(10f, Font.PLAIN));
            plot.setLabelBackgroundPaint(Color.WHITE);
            int i = 0;
            for (Bar b : spec.series().get(0)) {
                if (b.value() > 0) {
                    @SuppressWarnings("unchecked")
                    PiePlot<String> p = (PiePlot<String>) plot;
                    p.setSectionPaint(b.label(), COLOURS[i++ % COLOURS.length]);
                }
            }
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font(10f, Font.PLAIN));
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static JFreeChart bars(Block.Chart spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < spec.series().size(); s++) {
            for (Bar b : spec.series().get(s)) {
                data.addValue(b.value(), spec.seriesNames().get(s), b.label());
            }
        }
        JFreeChart chart = new JFreeChart(spec.title(), null, new CategoryPlot(data, new CategoryAxis(),
                new NumberAxis(), new BarRenderer()), spec.series().size() > 1);
        ((CategoryPlot) chart.getPlot()).setOrientation(PlotOrientation.VERTICAL);
        return chart;
    }

    private static JFreeChart pie(Block.Chart spec) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (Bar b : spec.series().get(0)) {
            if (b.value() > 0) {
                data.setValue(b.label(), b.value());
            }
        }
        PiePlot<String> plot = new PiePlot<>(data);
        plot.setLabelGenerator(new org.jfree.chart.labels.StandardPieSectionLabelGenerator("{0} {1}（{2}）"));
        return new JFreeChart(spec.title(), null, plot, true);
    }

    /** The series' lengths of a chart as drawn (for the tests): categories per series, or slices of a pie. */
    public static List<Integer> lengths(JFreeChart chart) {
        if (chart.getPlot() instanceof CategoryPlot plot) {
            int rows = plot.getDataset().getRowCount();
            int cols = plot.getDataset().getColumnCount();
            return java.util.Collections.nCopies(rows, cols);
        }
        return List.of(((PiePlot<?>) chart.getPlot()).getDataset().getItemCount());
    }
}
