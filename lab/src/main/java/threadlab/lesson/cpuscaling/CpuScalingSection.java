package threadlab.lesson.cpuscaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.Claim;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.ModeNames;
import threadlab.report.Ranking;
import threadlab.report.SectionRenderer;
import threadlab.report.Sentences;

/**
 * {@code cpu-scaling}: speedup over {@code sequential} against the number of workers, per bounded
 * mode family, with Amdahl's ideal (no serial part): min(workers, cores). The conclusions give the
 * best speedup against that ideal, what workers beyond the core count did, and the unbounded modes.
 */
public final class CpuScalingSection implements SectionRenderer {

    /** A change in speedup within this share counts as flat (a shared machine is noisy). */
    private static final double FLAT = 0.15;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<ChartImage> charts = new ArrayList<>();
        runs.byWorkload()
                .forEach((workload, cells) -> baseline(cells).ifPresent(base -> {
                    XYChart chart =
                            Charts.xy(workload + ": speedup vs workers", "workers", "speedup over sequential (×)");
                    List<String> modes = ExperimentRuns.modes(cells);
                    int maxWorkers = 1;
                    for (var family : families(cells).entrySet()) {
                        List<ModeCell> series = family.getValue();
                        XYSeries s = chart.addSeries(
                                family.getKey() + ":N",
                                series.stream()
                                        .mapToDouble(c -> ModeNames.boundValue(c.mode()))
                                        .toArray(),
                                series.stream()
                                        .mapToDouble(c -> base.wall() / c.wall())
                                        .toArray());
                        Charts.colour(s, family.getKey(), 0);
                        maxWorkers = Math.max(
                                maxWorkers,
                                series.stream()
                                        .mapToInt(c -> ModeNames.boundValue(c.mode()))
                                        .max()
                                        .orElse(1));
                    }
                    double[] x = new double[maxWorkers];
                    double[] ideal = new double[maxWorkers];
                    for (int w = 1; w <= maxWorkers; w++) {
                        x[w - 1] = w;
                        ideal[w - 1] = Math.min(w, runs.cores());
                    }
                    Charts.asLimit(chart.addSeries("ideal: min(workers, " + runs.cores() + " cores)", x, ideal));
                    chart.getStyler().setYAxisMin(0.0);
                    charts.add(Charts.png(
                            Charts.slug(runs.id() + "-" + workload) + ".png",
                            workload
                                    + ": median wall time of sequential over each mode's, by pool size; the dashed line is Amdahl's ideal with no serial part."
                                    + (modes.size()
                                                    > families(cells).values().stream()
                                                                    .mapToInt(List::size)
                                                                    .sum()
                                                            + 1
                                            ? " Modes without a worker count are in the table."
                                            : ""),
                            chart));
                }));
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        runs.byWorkload().forEach((workload, cells) -> {
            Optional<ModeCell> baseline = baseline(cells);
            if (baseline.isEmpty()) {
                sentences.add("No sequential run of " + workload + " to compute speedups against.");
                return;
            }
            ModeCell base = baseline.get();
            List<ModeCell> others =
                    cells.stream().filter(c -> c != base && c.wall() > 0).toList();
            if (others.isEmpty()) {
                return;
            }
            List<ModeCell> fastest = Ranking.tiers(
                            others.stream()
                                    .sorted(Comparator.comparingDouble(ModeCell::wall))
                                    .toList(),
                            ModeCell::wallSpread)
                    .get(0);
            ModeCell best = fastest.get(0);
            double speedup = base.wall() / best.wall();
            int ideal = Math.max(1, Math.min(best.runs().get(0).concurrency(), runs.cores()));
            String who = fastest.size() == 1
                    ? best.mode()
                    : best.mode() + "; from "
                            + Sentences.list(fastest.subList(1, fastest.size()).stream()
                                    .map(ModeCell::mode)
                                    .toList())
                            + ", " + Claim.NO_DIFFERENCE;
            sentences.add(String.format(
                    "The best speedup on %s was %s (%s) on %d cores: %s of the ideal %dx%s.",
                    workload,
                    Formats.times(speedup),
                    who,
                    runs.cores(),
                    Formats.percent(speedup / ideal),
                    ideal,
                    speedup > ideal * (1 + FLAT / 3)
                            ? ", above what the cores allow, so the sequential baseline ran slow"
                            : ""));
            families(cells)
                    .forEach((family, series) ->
                            beyondCores(family, series, base, runs.cores()).ifPresent(sentences::add));
            List<String> unbounded = others.stream()
                    .filter(c -> ModeNames.boundValue(c.mode()) < 0)
                    .map(c -> ModeNames.describe(c.mode()) + " " + Formats.times(base.wall() / c.wall()))
                    .toList();
            if (!unbounded.isEmpty()) {
                sentences.add("Without a worker count: " + Sentences.list(unbounded) + ".");
            }
        });
        return sentences;
    }

    /** What the family did between the core count and its largest pool. */
    private static Optional<String> beyondCores(String family, List<ModeCell> series, ModeCell base, int cores) {
        Optional<ModeCell> atCores = series.stream()
                .filter(c -> ModeNames.boundValue(c.mode()) == cores)
                .findFirst();
        ModeCell largest = series.get(series.size() - 1);
        if (atCores.isEmpty() || ModeNames.boundValue(largest.mode()) <= cores) {
            return Optional.empty();
        }
        double from = base.wall() / atCores.get().wall();
        double to = base.wall() / largest.wall();
        String verdict = Math.abs(to - from) <= FLAT * from
                ? "flat past the core count, as Amdahl predicts"
                : to > from
                        ? "still rising past the core count, which the cores cannot explain: a noisy run or a slow baseline"
                        : "falling past the core count: the extra threads only took turns on the same cores";
        return Optional.of(String.format(
                "%s:N went from %s at %d workers to %s at %d: %s.",
                family, Formats.times(from), cores, Formats.times(to), ModeNames.boundValue(largest.mode()), verdict));
    }

    private static Optional<ModeCell> baseline(List<ModeCell> cells) {
        return ExperimentRuns.find(cells, "sequential").filter(c -> c.wall() > 0);
    }

    /** Bounded modes by family ({@code platform-pool}, {@code forkjoin}), each sorted by worker count. */
    private static Map<String, List<ModeCell>> families(List<ModeCell> cells) {
        Map<String, List<ModeCell>> families = new LinkedHashMap<>();
        for (ModeCell c : cells) {
            if (ModeNames.boundValue(c.mode()) > 0 && c.wall() > 0) {
                families.computeIfAbsent(ModeNames.name(c.mode()), k -> new ArrayList<>())
                        .add(c);
            }
        }
        families.values().forEach(l -> l.sort(Comparator.comparingInt(c -> ModeNames.boundValue(c.mode()))));
        return families;
    }
}
