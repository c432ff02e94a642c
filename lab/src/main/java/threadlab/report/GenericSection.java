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
                    sentences.add(ranking(workload, tasks, ranked));
                    List<ModeCell> withLimit = ranked.stream()
                            .filter(c -> !Double.isNaN(c.efficiency()))
                            .sorted(Comparator.comparingDouble(ModeCell::efficiency)
                                    .reversed())
                            .toList();
                    if (!withLimit.isEmpty()) {
                        List<ModeCell> closest = Ranking.tiers(withLimit, ModeCell::efficiencySpread)
                                .get(0);
                        ModeCell c = closest.get(0);
                        sentences.add(
                                closest.size() == 1
                                        ? String.format(
                                                "Closest to its prediction: %s, at %s.",
                                                ModeNames.describe(c.mode()), c.againstBound())
                                        : String.format(
                                                "Closest to their predictions: %s, %s.",
                                                Sentences.list(closest.stream()
                                                        .map(m -> ModeNames.describe(m.mode()))
                                                        .toList()),
                                                Claim.noDifference(
                                                        Formats::percent,
                                                        closest.stream()
                                                                .map(ModeCell::efficiencySpread)
                                                                .toArray(Spread[]::new))));
                    }
                }));
        runs.byWorkload()
                .forEach((workload, cells) ->
                        SocketRegime.sentence(workload, cells, runs.cores()).ifPresent(sentences::add));
        return sentences;
    }

    /**
     * "On w x n, A was fastest (s) and B slowest (s, ratio)", where the spreads tell them apart;
     * modes whose wall times no repeat tells apart are named together, with the numbers.
     */
    private static String ranking(String workload, int tasks, List<ModeCell> ranked) {
        List<List<ModeCell>> tiers = Ranking.tiers(ranked, ModeCell::wallSpread);
        String on = String.format("On %s x %s, ", workload, Formats.count(tasks));
        if (tiers.size() == 1) {
            if (ranked.size() == 1) {
                return on
                        + String.format(
                                "%s took %s s.",
                                ModeNames.describe(ranked.get(0).mode()),
                                Formats.seconds(ranked.get(0).wall()));
            }
            return on + "between " + names(ranked) + " " + Claim.noDifference(GenericSection::seconds, spreads(ranked))
                    + ".";
        }
        List<ModeCell> fast = tiers.get(0);
        List<ModeCell> slow = tiers.get(tiers.size() - 1);
        ModeCell fastest = fast.get(0);
        ModeCell slowest = slow.get(slow.size() - 1);
        String sentence = on
                + (fast.size() == 1
                        ? String.format(
                                "%s was fastest (%s s)",
                                ModeNames.describe(fastest.mode()), Formats.seconds(fastest.wall()))
                        : String.format(
                                "%s were fastest, between them %s",
                                names(fast), Claim.noDifference(GenericSection::seconds, spreads(fast))));
        sentence += slow.size() == 1
                ? String.format(
                        "%s and %s slowest (%s s, %s)",
                        fast.size() == 1 ? "" : ",",
                        ModeNames.describe(slowest.mode()),
                        Formats.seconds(slowest.wall()),
                        Formats.times(slowest.wall() / fastest.wall()))
                : String.format(
                        "; %s were slowest, between them %s",
                        names(slow), Claim.noDifference(GenericSection::seconds, spreads(slow)));
        return sentence + ".";
    }

    private static String seconds(double s) {
        return Formats.seconds(s) + " s";
    }

    private static String names(List<ModeCell> cells) {
        return Sentences.list(
                cells.stream().map(c -> ModeNames.describe(c.mode())).toList());
    }

    private static Spread[] spreads(List<ModeCell> cells) {
        return cells.stream().map(ModeCell::wallSpread).toArray(Spread[]::new);
    }
}
