package threadlab.lesson.ioscaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.Claim;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.LatencyChart;
import threadlab.report.ModeCell;
import threadlab.report.ModeNames;
import threadlab.report.Ranking;
import threadlab.report.SectionRenderer;
import threadlab.report.Sentences;
import threadlab.report.SocketRegime;
import threadlab.report.Spread;
import threadlab.result.Prediction;

/**
 * {@code io-scaling}: throughput against the number of waiting tasks, per mode, on log axes, with
 * Little's law's limit when every task is in flight at once (tasks / wait). The conclusions say,
 * how much of that limit each mode that waiting binds reached at the largest task count, how close
 * each other mode came to the bound that binds it instead (socket tasks on 2 cores are often
 * CPU-bound: they are never held against Little's law), and which modes were held back by their
 * own size rather than by their speed.
 */
public final class IoScalingSection implements SectionRenderer {

    /** A mode this close to its own limit is capped by its size, not slow. */
    private static final double AT_OWN_LIMIT = 0.8;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<ChartImage> charts = new ArrayList<>();
        runs.byWorkload().forEach((workload, cells) -> {
            charts.add(throughputChart(runs.id(), workload, cells));
            var byTasks = ExperimentRuns.byTasks(cells);
            int largest = byTasks.lastKey();
            LatencyChart.of(
                            runs.id() + "-" + workload + "-latency",
                            workload + ": task latency at " + Formats.count(largest) + " tasks",
                            byTasks.get(largest))
                    .ifPresent(charts::add);
        });
        return charts;
    }

    private static ChartImage throughputChart(String id, String workload, List<ModeCell> cells) {
        XYChart chart = Charts.xy(workload + ": throughput vs tasks in flight", "tasks started at once", "tasks/s");
        Charts.logX(
                chart.getStyler(),
                cells.stream().mapToInt(ModeCell::tasks).min().orElse(1),
                cells.stream().mapToInt(ModeCell::tasks).max().orElse(1));
        Charts.logY(chart.getStyler());
        List<String> modes = ExperimentRuns.modes(cells);
        for (String mode : modes) {
            List<ModeCell> series = cells.stream()
                    .filter(c -> c.mode().equals(mode) && c.throughput() > 0)
                    .sorted(Comparator.comparingInt(ModeCell::tasks))
                    .toList();
            if (series.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(
                    mode,
                    series.stream().mapToDouble(ModeCell::tasks).toArray(),
                    series.stream().mapToDouble(ModeCell::throughput).toArray());
            Charts.colour(s, mode, ExperimentRuns.variant(modes, mode));
        }
        List<double[]> limit = new ArrayList<>();
        ExperimentRuns.byTasks(cells).forEach((tasks, atTasks) -> {
            double l = limit(atTasks);
            if (l > 0) {
                limit.add(new double[] {tasks, l});
            }
        });
        if (!limit.isEmpty()) {
            Charts.asLimit(chart.addSeries(
                    "Little's law, all in flight",
                    limit.stream().mapToDouble(p -> p[0]).toArray(),
                    limit.stream().mapToDouble(p -> p[1]).toArray()));
        }
        return Charts.png(
                Charts.slug(id + "-" + workload) + ".png",
                workload
                        + ": median throughput per mode as the task count grows; the dashed line is Little's law with every task in flight (tasks / wait).",
                chart);
    }

    /** Little's law with every task in flight: the highest predicted throughput among the modes. */
    static double limit(List<ModeCell> cells) {
        return cells.stream()
                .map(ModeCell::prediction)
                .filter(p -> p != null && "littles-law".equals(p.model()))
                .mapToDouble(Prediction::throughputPerSecond)
                .max()
                .orElse(Double.NaN);
    }

    /** Whether waiting (Little's law) binds the cell, or a run folder from before bounds were named says so. */
    private static boolean waitingBinds(ModeCell c) {
        Prediction p = c.prediction();
        return p != null && ("waiting".equals(p.bound()) || p.bound() == null && "littles-law".equals(p.model()));
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        runs.byWorkload().forEach((workload, cells) -> {
            var byTasks = ExperimentRuns.byTasks(cells);
            int largest = byTasks.lastKey();
            List<ModeCell> atLargest = byTasks.get(largest);
            double limit = limit(atLargest);
            List<ModeCell> ranked = atLargest.stream()
                    .sorted(Comparator.comparingDouble(ModeCell::throughput).reversed())
                    .toList();
            if (ranked.isEmpty()) {
                return;
            }
            SocketRegime.sentence(workload, cells, runs.cores()).ifPresent(sentences::add);
            String noun = Sentences.tasksNoun(ranked.get(0));
            if (Double.isNaN(limit)) {
                List<ModeCell> fastest =
                        Ranking.tiers(ranked, ModeCell::throughputSpread).get(0);
                sentences.add(
                        fastest.size() == 1
                                ? String.format(
                                        "At %s %s (%s), %s was fastest at %s tasks/s.",
                                        Formats.count(largest),
                                        noun,
                                        workload,
                                        ModeNames.describe(fastest.get(0).mode()),
                                        Formats.number(fastest.get(0).throughput()))
                                : String.format(
                                        "At %s %s (%s), %s were fastest, %s between them (%s).",
                                        Formats.count(largest),
                                        noun,
                                        workload,
                                        Sentences.list(fastest.stream()
                                                .map(c -> ModeNames.describe(c.mode()))
                                                .toList()),
                                        Claim.NO_DIFFERENCE,
                                        String.join(
                                                "; ",
                                                fastest.stream()
                                                        .map(c -> c.throughputSpread()
                                                                .describe(v -> Formats.number(v) + " tasks/s"))
                                                        .toList())));
            } else {
                // Only a mode that waiting binds is held against Little's law; the others against their own bound.
                List<ModeCell> waiting =
                        ranked.stream().filter(IoScalingSection::waitingBinds).toList();
                List<ModeCell> otherwise =
                        ranked.stream().filter(c -> !waitingBinds(c)).toList();
                if (!waiting.isEmpty()) {
                    List<String> tiers = new ArrayList<>();
                    for (List<ModeCell> tier : Ranking.tiers(waiting, ModeCell::throughputSpread)) {
                        tiers.add(tier(tier, limit));
                    }
                    sentences.add(String.format(
                            "At %s %s in flight (%s), of the Little's-law limit of %s tasks/s, %s.",
                            Formats.count(largest), noun, workload, Formats.number(limit), String.join("; ", tiers)));
                }
                if (!otherwise.isEmpty()) {
                    List<String> each = new ArrayList<>();
                    otherwise.forEach(c -> each.add(String.format(
                            "%s did %s tasks/s, %s",
                            ModeNames.describe(c.mode()),
                            Formats.number(c.throughput()),
                            c.againstBound() == null ? "with no prediction" : c.againstBound())));
                    sentences.add(String.format(
                            "At %s %s in flight (%s), not waiting but another bound held back %s.",
                            Formats.count(largest), noun, workload, Sentences.list(each)));
                }
                capped(atLargest, limit, sentences);
            }
            if (byTasks.size() > 1) {
                ThroughputGrowth.sentence(
                                cells, byTasks.get(byTasks.firstKey()), atLargest, byTasks.firstKey(), largest, noun)
                        .ifPresent(sentences::add);
            }
        });
        return sentences;
    }

    /**
     * One tier of the ranking: "X reached 95% (94%..96%)", or for modes no measurement here tells
     * apart, "X reached 18% and Y 17%, no difference measurable here (2 runs, ...; 2 runs, ...)".
     */
    private static String tier(List<ModeCell> tier, double limit) {
        List<String> items = new ArrayList<>();
        for (ModeCell c : tier) {
            Spread share = c.throughputSpread().times(1 / limit);
            items.add(ModeNames.describe(c.mode())
                    + (items.isEmpty() ? " reached " : " ")
                    + Formats.percent(share.median())
                    + (tier.size() == 1 && share.known()
                            ? " (" + Formats.percent(share.min()) + ".." + Formats.percent(share.max()) + ")"
                            : ""));
        }
        String text = Sentences.list(items);
        if (tier.size() > 1) {
            text += ", "
                    + Claim.noDifference(
                            Formats::percent,
                            tier.stream()
                                    .map(c -> c.throughputSpread().times(1 / limit))
                                    .toArray(Spread[]::new));
        }
        return text;
    }

    /** Modes held back by their size: at their own limit, by more than their spread, and far from Little's. */
    private static void capped(List<ModeCell> atLargest, double limit, List<String> sentences) {
        List<String> capped = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        for (ModeCell c : atLargest) {
            Spread efficiency = c.efficiencySpread();
            Spread share = c.throughputSpread().times(1 / limit);
            if (!(efficiency.median() >= AT_OWN_LIMIT && share.median() < AT_OWN_LIMIT / 2)) {
                continue;
            }
            if (efficiency.low() >= AT_OWN_LIMIT && Claim.below(share, AT_OWN_LIMIT / 2)) {
                capped.add(String.format(
                        "%s ran at %s of its own %s bound (%s in flight)",
                        ModeNames.describe(c.mode()),
                        Formats.percent(c.efficiency()),
                        c.prediction().boundName(),
                        Formats.count(c.runs().get(0).concurrency())));
            } else {
                unclear.add(String.format(
                        "%s ran at %s of its own limit (%s)",
                        ModeNames.describe(c.mode()),
                        Formats.percent(c.efficiency()),
                        efficiency.describe(Formats::percent)));
            }
        }
        if (!capped.isEmpty()) {
            sentences.add(ModeNames.capitalised(Sentences.list(capped)) + ": its size, not its speed, held it back.");
        }
        if (!unclear.isEmpty()) {
            sentences.add(ModeNames.capitalised(Sentences.list(unclear))
                    + ": whether its size held it back is not measurable here.");
        }
    }
}
