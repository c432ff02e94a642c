package threadlab.report;

import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;

/** Task latency percentiles (p50, p90, p99, max) per mode, for one workload and task count. */
public final class LatencyChart {

    private LatencyChart() {}

    /** The chart, or empty when no cell measured latency. */
    public static Optional<ChartImage> of(String name, String title, List<ModeCell> cells) {
        List<ModeCell> measured =
                cells.stream().filter(c -> !Double.isNaN(c.p50())).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = Charts.bars(title, "mode", "latency ms (median over repeats)");
        List<String> modes = measured.stream().map(ModeCell::mode).toList();
        chart.addSeries(
                        "p50",
                        modes,
                        measured.stream().map(c -> (Number) nanToZero(c.p50())).toList())
                .setFillColor(Charts.STEPS.get(0));
        chart.addSeries(
                        "p90",
                        modes,
                        measured.stream().map(c -> (Number) nanToZero(c.p90())).toList())
                .setFillColor(Charts.PLAIN);
        chart.addSeries(
                        "p99",
                        modes,
                        measured.stream().map(c -> (Number) nanToZero(c.p99())).toList())
                .setFillColor(Charts.STEPS.get(2));
        chart.addSeries(
                        "max",
                        modes,
                        measured.stream()
                                .map(c -> (Number) nanToZero(c.latencyMax()))
                                .toList())
                .setFillColor(Charts.STEPS.get(3));
        if (modes.size() > 4) {
            chart.getStyler().setXAxisLabelRotation(20);
        }
        return Optional.of(Charts.png(
                Charts.slug(name) + ".png",
                title
                        + ": service time, from the moment a thread starts a task to its end (time queued for a thread is not included).",
                chart));
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
