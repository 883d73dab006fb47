package io.github.parbench.cli.scaling;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Vertical bars, each with its interval drawn over it as an error bar. JFreeChart's own
 * StatisticalBarRenderer draws only symmetric mean ± deviation bars, and a ratio's interval is not
 * symmetric, so this draws the interval's two ends as given.
 */
final class ErrorBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private static final double CAP = 4;

    /** Each bar's interval by series key, then category key; a bar without one gets no error bar. */
    private final Map<String, Map<String, Interval>> intervals;

    ErrorBarRenderer(Map<String, Map<String, Interval>> intervals) {
        this.intervals = intervals;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        Interval interval = intervals.getOrDefault(String.valueOf(dataset.getRowKey(row)), Map.of())
                .get(String.valueOf(dataset.getColumnKey(column)));
        if (pass != 0 || visibleRow < 0 || interval == null || !Double.isFinite(interval.low())
                || !Double.isFinite(interval.high())) {
            return;
        }
        double x = calculateBarW0(plot, PlotOrientation.VERTICAL, dataArea, domainAxis, state, visibleRow, column)
                + state.getBarWidth() / 2;
        double low = rangeAxis.valueToJava2D(interval.low(), dataArea, plot.getRangeAxisEdge());
        double high = rangeAxis.valueToJava2D(interval.high(), dataArea, plot.getRangeAxisEdge());
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.2f));
        g2.draw(new Line2D.Double(x, low, x, high));
        g2.draw(new Line2D.Double(x - CAP, low, x + CAP, low));
        g2.draw(new Line2D.Double(x - CAP, high, x + CAP, high));
    }

    /** The axis must reach the intervals' upper ends, not only the bars' tops. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range bars = super.findRangeBounds(dataset);
        double high = intervals.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Interval::high)
                .filter(Double::isFinite).max().orElse(Double.NaN);
        return Double.isNaN(high) ? bars : Range.expandToInclude(bars, high);
    }
}
