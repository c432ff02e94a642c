package org.knowm.xchart.internal.chartpart;

import java.util.List;

/**
 * The tick labels XChart drew on a chart's axes, read after the chart was rendered: XChart keeps
 * its axes package-private, so this reader lives in its package (test code only).
 */
public final class TickLabels {

    private TickLabels() {}

    public static List<String> x(Chart<?, ?> chart) {
        return chart.getXAxis().getAxisTickCalculator().getTickLabels();
    }

    public static List<String> y(Chart<?, ?> chart) {
        return chart.getYAxis().getAxisTickCalculator().getTickLabels();
    }
}
