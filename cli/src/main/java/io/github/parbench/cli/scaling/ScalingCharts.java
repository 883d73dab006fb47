package io.github.parbench.cli.scaling;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the report's charts as inline SVG: speedup and efficiency against workers, from the
 * interleaved harness (each point with its interval) or from a JMH scaling group (error bars from
 * JMH's errors, each model's fitted Amdahl or Gustafson curve dashed), both with the ideal line; the
 * machine's drift per block; and bars with intervals for the lecture's slide.
 */
public final class ScalingCharts {

    private static final int WIDTH = 620;
    private static final int HEIGHT = 400;
    /** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0x999933), new Color(0x882255),
    };
    private static final int FIT_SAMPLES = 40;
    /** How far apart, as a fraction of the worker axis, models at the same worker count are drawn. */
    private static final double NUDGE = 0.015;

    private ScalingCharts() {
    }

    public static String speedup(ScalingGroup group, Map<String, SerialFractionFit> fits) {
        Map<String, List<ScalingPoint>> byModel = group.byModel();
        YIntervalSeriesCollection measured = new YIntervalSeriesCollection();
        XYSeriesCollection fitted = new XYSeriesCollection();
        int maxWorkers = group.points().stream().mapToInt(ScalingPoint::workers).max().orElse(1);
        for (Map.Entry<String, List<ScalingPoint>> model : byModel.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(model.getKey());
            for (ScalingPoint p : model.getValue()) {
                if (Double.isFinite(p.speedup())) {
                    double half = Double.isFinite(p.speedupError()) ? p.speedupError() : 0;
                    series.add(p.workers(), p.speedup(), p.speedup() - half, p.speedup() + half);
                }
            }
            measured.addSeries(series);
            XYSeries curve = new XYSeries(model.getKey() + " fit");
            SerialFractionFit fit = fits.get(model.getKey());
            if (fit != null) {
                for (int i = 0; i <= FIT_SAMPLES; i++) {
                    double k = 1 + (maxWorkers - 1) * (double) i / FIT_SAMPLES;
                    curve.add(k, group.scaling().predicted(fit.fraction(), k));
                }
            }
            fitted.addSeries(curve);
        }
        XYPlot plot = basePlot("speedup vs SERIAL (1 worker)");
        plot.setDataset(0, measured);
        plot.setRenderer(0, measuredRenderer(byModel.size()));
        plot.setDataset(1, fitted);
        XYLineAndShapeRenderer fitRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < byModel.size(); i++) {
            fitRenderer.setSeriesPaint(i, colour(i));
            fitRenderer.setSeriesStroke(i, dashed(1.2f, 6f));
            fitRenderer.setSeriesVisibleInLegend(i, false);
        }
        plot.setRenderer(1, fitRenderer);
        addIdeal(plot, 2, 1, maxWorkers, true);
        return toSvg(new JFreeChart("Speedup: " + group.title(), titleFont(), plot, true));
    }

    /**
     * Speedup against workers from the interleaved harness: one line per model, each point with its
     * interval as an error bar, and the ideal line (speedup = workers).
     *
     * @param byModel each model's speedup and interval by worker count
     */
    public static String interleavedSpeedup(String title, Map<String, ? extends Map<Integer, Interval>> byModel) {
        XYPlot plot = intervalPlot("speedup vs SERIAL (interleaved, 95% interval)", byModel);
        addIdeal(plot, 1, 1, maxWorkers(byModel), true);
        return toSvg(new JFreeChart("Speedup: " + title, titleFont(), plot, true));
    }

    /** Efficiency (speedup / workers) the same way, with the ideal at 1. */
    public static String interleavedEfficiency(String title, Map<String, ? extends Map<Integer, Interval>> byModel) {
        Map<String, Map<Integer, Interval>> efficiency = new java.util.LinkedHashMap<>();
        byModel.forEach((model, points) -> {
            Map<Integer, Interval> perWorker = new java.util.TreeMap<>();
            points.forEach((k, interval) -> perWorker.put(k, interval.dividedBy(k)));
            efficiency.put(model, perWorker);
        });
        XYPlot plot = intervalPlot("efficiency (speedup / workers, 95% interval)", efficiency);
        addIdeal(plot, 1, 1, maxWorkers(byModel), false);
        return toSvg(new JFreeChart("Efficiency: " + title, titleFont(), plot, true));
    }

    /**
     * Each model's points nudged sideways by a small step of the axis, so that the error bars of
     * models at the same worker count do not hide one another.
     */
    private static XYPlot intervalPlot(String rangeLabel, Map<String, ? extends Map<Integer, Interval>> byModel) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double step = NUDGE * Math.max(1, maxWorkers(byModel) - 1);
        int index = 0;
        for (Map.Entry<String, ? extends Map<Integer, Interval>> model : byModel.entrySet()) {
            double nudge = (index++ - (byModel.size() - 1) / 2.0) * step;
            YIntervalSeries series = new YIntervalSeries(model.getKey());
            model.getValue().forEach((k, i) -> {
                if (Double.isFinite(i.value())) {
                    series.add(k + nudge, i.value(), Double.isFinite(i.low()) ? i.low() : i.value(),
                            Double.isFinite(i.high()) ? i.high() : i.value());
                }
            });
            data.addSeries(series);
        }
        XYPlot plot = basePlot(rangeLabel);
        plot.setDataset(0, data);
        plot.setRenderer(0, measuredRenderer(byModel.size()));
        return plot;
    }

    private static int maxWorkers(Map<String, ? extends Map<Integer, Interval>> byModel) {
        return byModel.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(Integer::intValue).max().orElse(1);
    }

    /** The grey dashed ideal: speedup = workers when {@code rising}, else a flat efficiency of 1. */
    private static void addIdeal(XYPlot plot, int index, int minWorkers, int maxWorkers, boolean rising) {
        XYSeries line = new XYSeries("ideal");
        line.add(minWorkers, rising ? minWorkers : 1);
        line.add(maxWorkers, rising ? maxWorkers : 1);
        plot.setDataset(index, new XYSeriesCollection(line));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Color.GRAY);
        renderer.setSeriesStroke(0, dashed(1.5f, 3f));
        plot.setRenderer(index, renderer);
    }

    public static String efficiency(ScalingGroup group) {
        Map<String, List<ScalingPoint>> byModel = group.byModel();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, List<ScalingPoint>> model : byModel.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(model.getKey());
            for (ScalingPoint p : model.getValue()) {
                if (Double.isFinite(p.efficiency())) {
                    double half = Double.isFinite(p.speedupError()) ? p.speedupError() / p.workers() : 0;
                    series.add(p.workers(), p.efficiency(), p.efficiency() - half, p.efficiency() + half);
                }
            }
            data.addSeries(series);
        }
        XYPlot plot = basePlot("parallel efficiency (speedup / workers)");
        plot.setDataset(0, data);
        plot.setRenderer(0, measuredRenderer(byModel.size()));
        return toSvg(new JFreeChart("Efficiency: " + group.title(), titleFont(), plot, true));
    }

    /**
     * Time per operation against block, one line per series (SERIAL and its twin): the machine's
     * drift over the run made visible, which a speedup measured in blocks is meant to survive.
     */
    public static String drift(String title, Map<String, double[]> millisPerBlock) {
        XYSeriesCollection data = new XYSeriesCollection();
        millisPerBlock.forEach((name, millis) -> {
            XYSeries series = new XYSeries(name);
            for (int b = 0; b < millis.length; b++) {
                series.add(b + 1, millis[b]);
            }
            data.addSeries(series);
        });
        XYPlot plot = basePlot("block (in run order)", "ms per operation");
        plot.setDataset(0, data);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < millisPerBlock.size(); i++) {
            renderer.setSeriesPaint(i, colour(i));
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        plot.setRenderer(0, renderer);
        return toSvg(new JFreeChart("Drift: " + title, titleFont(), plot, true));
    }

    /**
     * Bars per category, one colour per series (e.g. CPython and the JVM), each with its interval as
     * an error bar, and the no-speedup line at 1.
     */
    public static String grouped(String title, String rangeLabel, Map<String, Map<String, Interval>> bySeries) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bySeries.forEach((series, values) -> values.forEach((category, value) -> data.addValue(value.value(), series, category)));
        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis range = new NumberAxis(rangeLabel);
        BarRenderer renderer = new ErrorBarRenderer(bySeries);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < bySeries.size(); i++) {
            renderer.setSeriesPaint(i, colour(i));
        }
        CategoryPlot plot = new CategoryPlot(data, categories, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        ValueMarker one = new ValueMarker(1.0, Color.GRAY, dashed(1.5f, 3f));
        plot.addRangeMarker(one);
        return toSvg(new JFreeChart(title, titleFont(), plot, true));
    }

    private static XYPlot basePlot(String rangeLabel) {
        return basePlot("workers", rangeLabel);
    }

    private static XYPlot basePlot(String domainLabel, String rangeLabel) {
        NumberAxis workers = new NumberAxis(domainLabel);
        workers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        workers.setAutoRangeIncludesZero(false);
        NumberAxis range = new NumberAxis(rangeLabel);
        range.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(workers);
        plot.setRangeAxis(range);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        return plot;
    }

    private static XYErrorRenderer measuredRenderer(int series) {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setCapLength(6);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, colour(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        return renderer;
    }

    private static Color colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    private static BasicStroke dashed(float width, float dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {dash, dash}, 0f);
    }

    private static Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, 14);
    }

    private static String toSvg(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        // A viewBox lets the page scale the chart to its column instead of cropping it.
        return g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }
}
