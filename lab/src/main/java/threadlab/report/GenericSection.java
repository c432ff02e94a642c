package threadlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Any experiment the report has no special drawing for (a new one, or an ad-hoc {@code custom}
 * sweep): per workload, throughput against tasks per mode when the task count varies, else wall
 * time per mode; plus latency percentiles. The conclusions name the fastest and slowest mode and
 * the one closest to its law's limit.
 */
final class GenericSection implements SectionRenderer {

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<ChartImage> charts = new ArrayList<>();
        runs.byWorkload().forEach((workload, cells) -> {
            List<String> modes = ExperimentRuns.modes(cells);
            var byTasks = ExperimentRuns.byTasks(cells);
            if (byTasks.size() > 1) {
                XYChart chart = Charts.xy(workload + ": throughput vs tasks", "tasks", "tasks/s");
                Charts.logX(chart.getStyler(), byTasks.firstKey(), byTasks.lastKey());
                Charts.logY(chart.getStyler());
                for (String mode : modes) {
                    List<ModeCell> series = cells.stream()
                            .filter(c -> c.mode().equals(mode) && c.throughput() > 0)
                            .sorted(Comparator.comparingInt(ModeCell::tasks))
                            .toList();
                    if (!series.isEmpty()) {
                        XYSeries s = chart.addSeries(
                                mode,
                                series.stream().mapToDouble(ModeCell::tasks).toArray(),
                                series.stream()
                                        .mapToDouble(ModeCell::throughput)
                                        .toArray());
                        Charts.colour(s, mode, ExperimentRuns.variant(modes, mode));
                    }
                }
                charts.add(Charts.png(
                        Charts.slug(runs.id() + "-" + workload) + ".png",
                        workload + ": median throughput per mode as the task count grows.",
                        chart));
            } else {
                CategoryChart chart = Charts.bars(
                        workload + " x " + Formats.count(byTasks.firstKey()) + ": wall time per mode",
                        "mode",
                        "wall s (median)");
                CategorySeries s = chart.addSeries(
                        "wall s",
                        modes,
                        modes.stream()
                                .map(m -> (Number) ExperimentRuns.find(cells, m)
                                        .map(ModeCell::wall)
                                        .orElse(0.0))
                                .toList());
                s.setFillColor(Charts.PLAIN);
                chart.getStyler().setLegendVisible(false);
                if (modes.size() > 4) {
                    chart.getStyler().setXAxisLabelRotation(20);
                }
                charts.add(Charts.png(
                        Charts.slug(runs.id() + "-" + workload) + ".png",
                        workload + ": median wall time per mode.",
                        chart));
            }
            int largest = byTasks.lastKey();
            LatencyChart.of(
                            runs.id() + "-" + workload + "-latency",
                            workload + ": task latency at " + Formats.count(largest) + " tasks",
                            byTasks.get(largest))
                    .ifPresent(charts::add);
        });
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        runs.byWorkload()
                .forEach((workload, cells) -> ExperimentRuns.byTasks(cells).forEach((tasks, atTasks) -> {
                    List<ModeCell> ranked = atTasks.stream()
                            .filter(c -> c.wall() > 0)
                            .sorted(Comparator.comparingDouble(ModeCell::wall))
                            .toList();
                    if (ranked.isEmpty()) {
                        return;
                    }
                    ModeCell fastest = ranked.get(0);
                    ModeCell slowest = ranked.get(ranked.size() - 1);
                    String sentence = String.format(
                            "On %s x %s, %s was fastest (%s s)",
                            workload,
                            Formats.count(tasks),
                            ModeNames.describe(fastest.mode()),
                            Formats.seconds(fastest.wall()));
                    if (slowest != fastest) {
                        sentence += String.format(
                                " and %s slowest (%s s, %s)",
                                ModeNames.describe(slowest.mode()),
                                Formats.seconds(slowest.wall()),
                                Formats.times(slowest.wall() / fastest.wall()));
                    }
                    sentences.add(sentence + ".");
                    ranked.stream()
                            .filter(c -> !Double.isNaN(c.efficiency()))
                            .max(Comparator.comparingDouble(ModeCell::efficiency))
                            .ifPresent(c -> sentences.add(String.format(
                                    "Closest to its prediction: %s, at %s.",
                                    ModeNames.describe(c.mode()), c.againstBound())));
                }));
        return sentences;
    }
}
