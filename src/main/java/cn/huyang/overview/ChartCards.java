package cn.huyang.overview;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The dashboard's cards: a titled chart with a note, bars and slices that open a list when clicked. */
final class ChartCards {
    static final double CARD_WIDTH = 430;
    static final double CHART_HEIGHT = 230;

    private ChartCards() {
    }

    /** A card: the title, the chart, a note under it. */
    static VBox card(String id, String title, Node chart, Label note) {
        Label heading = new Label(title);
        heading.setWrapText(true);
        heading.setMinHeight(Label.USE_PREF_SIZE);
        heading.getStyleClass().add("overview-card-title");
        note.getStyleClass().add("overview-note");
        note.setWrapText(true);
        VBox box = new VBox(heading, chart, note);
        box.setId(id);
        box.getStyleClass().add("overview-card");
        box.setPrefWidth(CARD_WIDTH);
        box.setMaxWidth(CARD_WIDTH);
        return box;
    }

    static BarChart<String, Number> barChart(String id) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        chart.setLegendVisible(false);
        chart.setCategoryGap(12);
        return chart;
    }

    static PieChart pieChart(String id) {
        PieChart chart = new PieChart();
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        chart.setLegendVisible(true);
        chart.setLabelsVisible(false);
        return chart;
    }

    /** A series of bars, each opening what {@code click} says (none when null); {@code red} bars marked. */
    static XYChart.Series<String, Number> series(String name, List<Bar> bars, Consumer<Bar> click,
                                                 Predicate<Bar> red) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (Bar b : bars) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(b.label(), b.value());
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    decorate(node, name == null || name.isEmpty() ? b.label() + "：" + plain(b.value())
                            : b.label() + " · " + name + "：" + plain(b.value()), click == null ? null
                            : () -> click.accept(b));
                    if (red != null && red.test(b)) {
                        node.setStyle("-fx-bar-fill: #c62828;");
                    }
                }
            });
            s.getData().add(d);
        }
        return s;
    }

    /** Slices of a pie, each opening what {@code click} says (none when null). */
    static void slices(PieChart chart, List<Bar> bars, Consumer<Bar> click) {
        chart.getData().clear();
        for (Bar b : bars) {
            if (b.value() <= 0) {
                continue;
            }
            PieChart.Data d = new PieChart.Data(b.label() + " " + plain(b.value()), b.value());
            chart.getData().add(d);
            if (d.getNode() != null) {
                decorate(d.getNode(), b.label() + "：" + plain(b.value()), click == null ? null : () -> click.accept(b));
            }
        }
    }

    private static void decorate(Node node, String tip, Runnable click) {
        Tooltip.install(node, new Tooltip(tip));
        if (click != null) {
            node.getStyleClass().add("overview-clickable");
            node.setOnMouseClicked(e -> click.run());
        }
    }

    static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
