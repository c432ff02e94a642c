package threadlab.lesson.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.ModeNames;
import threadlab.report.SectionRenderer;
import threadlab.workload.Nature;

/**
 * {@code seed}: the classic demo, wall time per mode for the same few tasks as sleeps and as CPU
 * work. The conclusions hold every concurrent mode against {@code sequential}: waits overlap in
 * every mode; computing overlaps only as far as the cores go.
 */
public final class SeedSection implements SectionRenderer {

    /** Faster than sequential by at least this counts as overlapping. */
    private static final double OVERLAP = 1.2;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        CategoryChart chart = Charts.bars(runs.id() + ": wall time per mode", "mode", "wall s (median)");
        List<String> modes = ExperimentRuns.modes(runs.cells());
        runs.byWorkload().forEach((workload, cells) -> {
            CategorySeries s = chart.addSeries(
                    workload,
                    modes,
                    modes.stream()
                            .map(m -> (Number) ExperimentRuns.find(cells, m)
                                    .map(ModeCell::wall)
                                    .orElse(0.0))
                            .toList());
            s.setFillColor(cells.get(0).nature() == Nature.IO ? Charts.PLAIN : Charts.CPU);
        });
        if (modes.size() > 4) {
            chart.getStyler().setXAxisLabelRotation(20);
        }
        return List.of(Charts.png(
                Charts.slug(runs.id()) + ".png",
                "Median wall time of the same tasks in every mode, once as sleeps and once as CPU work.",
                chart));
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        runs.byWorkload().forEach((workload, cells) -> {
            Optional<ModeCell> sequential = ExperimentRuns.find(cells, "sequential");
            List<ModeCell> concurrent = cells.stream()
                    .filter(c -> !c.mode().equals("sequential") && c.wall() > 0)
                    .toList();
            if (sequential.isEmpty() || concurrent.isEmpty()) {
                return;
            }
            double seq = sequential.get().wall();
            double fastest =
                    concurrent.stream().mapToDouble(ModeCell::wall).min().getAsDouble();
            double slowest =
                    concurrent.stream().mapToDouble(ModeCell::wall).max().getAsDouble();
            boolean waits = cells.get(0).nature() == Nature.IO;
            String what = waits ? "sleeping" : "computing";
            int tasks = cells.get(0).tasks();
            String verdict;
            if (seq / slowest >= OVERLAP) {
                verdict = waits
                        ? "the waits overlapped in every mode"
                        : "every mode ran the tasks in parallel, on " + runs.cores()
                                + " cores (Python's threads, held by the GIL, would not)";
            } else if (seq / fastest >= OVERLAP) {
                verdict = "only some modes overlapped the tasks";
            } else {
                verdict = waits ? "the waits did not overlap" : "no mode ran the tasks in parallel here";
            }
            String others = fastest == slowest
                    ? String.format(
                            "the other mode %s s, %s faster", Formats.seconds(fastest), Formats.times(seq / fastest))
                    : String.format(
                            "the other modes %s..%s s, %s..%s faster",
                            Formats.seconds(fastest),
                            Formats.seconds(slowest),
                            Formats.times(seq / slowest),
                            Formats.times(seq / fastest));
            sentences.add(String.format(
                    "%s %d tasks (%s): sequential took %s s, %s: %s.",
                    ModeNames.capitalised(what), tasks, workload, Formats.seconds(seq), others, verdict));
        });
        return sentences;
    }
}
