package threadlab.lesson.virtualoverhead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.SectionRenderer;

/**
 * {@code virtual-overhead}: the lab's {@code virtual} mode against the bare JDK loop, round by
 * round. The conclusion is their ratio of median wall times: what measuring costs.
 */
public final class VirtualOverheadSection implements SectionRenderer {

    static final String BARE = "jdk-virtual-loop";
    static final String LAB = "virtual";
    /** Up to this much slower than the bare loop counts as "does not get in the way". */
    private static final double NEGLIGIBLE = 1.10;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<ChartImage> charts = new ArrayList<>();
        runs.byWorkload()
                .forEach((workload, cells) -> ExperimentRuns.byTasks(cells).forEach((tasks, atTasks) -> {
                    int rounds = atTasks.stream()
                            .mapToInt(c -> c.runs().size())
                            .max()
                            .orElse(0);
                    List<String> labels = IntStream.rangeClosed(1, rounds)
                            .mapToObj(i -> "round " + i)
                            .toList();
                    CategoryChart chart = Charts.bars(
                            workload + " x " + Formats.count(tasks) + ": wall time per round", "round", "wall s");
                    List<String> modes = ExperimentRuns.modes(atTasks);
                    for (ModeCell c : atTasks) {
                        List<Number> walls = IntStream.range(0, rounds)
                                .mapToObj(i -> (Number)
                                        (i < c.runs().size() ? c.runs().get(i).wallSeconds() : 0.0))
                                .toList();
                        CategorySeries s = chart.addSeries(c.mode(), labels, walls);
                        Charts.colour(s, c.mode(), ExperimentRuns.variant(modes, c.mode()));
                    }
                    charts.add(Charts.png(
                            Charts.slug(runs.id() + "-" + workload + "-" + tasks) + ".png",
                            "Wall time of each round, the bare loop and the lab's mode alternating, so drift hits both alike.",
                            chart));
                }));
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        runs.byWorkload()
                .forEach((workload, cells) -> ExperimentRuns.byTasks(cells).forEach((tasks, atTasks) -> {
                    Optional<ModeCell> bare = ExperimentRuns.find(atTasks, BARE);
                    Optional<ModeCell> lab = ExperimentRuns.find(atTasks, LAB);
                    if (bare.isEmpty() || lab.isEmpty() || bare.get().wall() <= 0) {
                        sentences.add("No pair of " + BARE + " and " + LAB + " runs of " + workload + " x "
                                + Formats.count(tasks) + " to compare.");
                        return;
                    }
                    double ratio = lab.get().wall() / bare.get().wall();
                    sentences.add(String.format(
                            "On %s x %s, the lab's virtual mode took %s the bare JDK loop's wall time (median of %d and %d rounds: %s s vs %s s): %s.",
                            workload,
                            Formats.count(tasks),
                            Formats.times(ratio),
                            lab.get().runs().size(),
                            bare.get().runs().size(),
                            Formats.seconds(lab.get().wall()),
                            Formats.seconds(bare.get().wall()),
                            ratio <= NEGLIGIBLE
                                    ? "measuring does not get in the way"
                                    : "measuring added " + Formats.percent(ratio - 1) + " to the wall time"));
                    var prediction = lab.get().prediction();
                    if (prediction != null) {
                        sentences.add(String.format(
                                "The %s bound (%s) gives %s s; the lab's mode reached %s, the bare loop %s.",
                                prediction.boundName(),
                                prediction.basis(),
                                Formats.seconds(prediction.wallSeconds()),
                                lab.get().againstBound(),
                                Formats.percent(
                                        prediction.wallSeconds() / bare.get().wall())));
                    }
                }));
        return sentences;
    }
}
