package threadlab.lesson.mixedcrossover;

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
import threadlab.report.Spread;
import threadlab.report.Stats;
import threadlab.result.RunResult;

/**
 * {@code mixed-crossover}: throughput per mode against the CPU share of a task (its measured CPU
 * time over its wait). The conclusions say who led with little CPU, who led with much, and where
 * virtual threads stopped leading.
 *
 * <p>The CPU share is measured, not read from the spec: the process CPU time of every run of the
 * workload, per completed task, median over runs, divided by the {@code ioMs} wait. It includes
 * the JVM's own work (JIT, GC), so the share of a task with no CPU work is small, not zero.
 */
public final class MixedCrossoverSection implements SectionRenderer {

    /** Virtual threads lead while no other mode beats them by more than this. */
    private static final double LEAD_TOLERANCE = 0.95;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        Shares shares = cpuShares(runs);
        Map<String, Double> share = shares.values();
        XYChart chart = Charts.xy(
                runs.id() + ": throughput vs CPU share",
                shares.measured() ? "CPU per task / wait (×, measured)" : "workload (in run order)",
                "tasks/s");
        Charts.logY(chart.getStyler());
        List<String> modes = ExperimentRuns.modes(runs.cells());
        for (String mode : modes) {
            List<ModeCell> series = runs.cells().stream()
                    .filter(c -> c.mode().equals(mode) && c.throughput() > 0)
                    .sorted(Comparator.comparingDouble(c -> share.get(c.workload())))
                    .toList();
            if (!series.isEmpty()) {
                XYSeries s = chart.addSeries(
                        mode,
                        series.stream()
                                .mapToDouble(c -> share.get(c.workload()))
                                .toArray(),
                        series.stream().mapToDouble(ModeCell::throughput).toArray());
                Charts.colour(s, mode, ExperimentRuns.variant(modes, mode));
            }
        }
        return List.of(Charts.png(
                Charts.slug(runs.id()) + ".png",
                "Median throughput per mode as each task computes more before it waits; CPU share = measured CPU time per task over the wait.",
                chart));
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        Shares shares = cpuShares(runs);
        Map<String, Double> share = shares.values();
        List<String> workloads = new ArrayList<>(runs.byWorkload().keySet());
        workloads.sort(Comparator.comparingDouble(share::get));
        List<String> sentences = new ArrayList<>();
        Map<String, List<ModeCell>> byWorkload = runs.byWorkload();
        String low = workloads.get(0);
        String high = workloads.get(workloads.size() - 1);
        sentences.add(leader("At the lowest CPU share (" + shares.text(low) + ")", byWorkload.get(low)));
        if (!high.equals(low)) {
            sentences.add(leader("At the highest (" + shares.text(high) + ")", byWorkload.get(high)));
        }
        if (workloads.stream()
                .anyMatch(w -> ExperimentRuns.find(byWorkload.get(w), "virtual").isPresent())) {
            Optional<String> lost = workloads.stream()
                    .filter(w -> !virtualLeads(byWorkload.get(w)))
                    .findFirst();
            sentences.add(lost.map(w -> "Virtual threads stopped leading at a CPU share of " + shares.text(w) + ".")
                    .orElse("Virtual threads led at every CPU share measured."));
        }
        return sentences;
    }

    private static String leader(String where, List<ModeCell> cells) {
        List<ModeCell> ranked = cells.stream()
                .sorted(Comparator.comparingDouble(ModeCell::throughput).reversed())
                .toList();
        ModeCell best = ranked.get(0);
        List<ModeCell> leaders =
                Ranking.tiers(ranked, ModeCell::throughputSpread).get(0);
        if (leaders.size() > 1) {
            return String.format(
                    "%s, %s led, between them %s.",
                    where,
                    Sentences.list(leaders.stream()
                            .map(c -> ModeNames.describe(c.mode()))
                            .toList()),
                    Claim.noDifference(
                            v -> Formats.number(v) + " tasks/s",
                            leaders.stream().map(ModeCell::throughputSpread).toArray(Spread[]::new)));
        }
        String sentence = String.format(
                "%s, %s led with %s tasks/s",
                where, ModeNames.describe(best.mode()), Formats.number(best.throughput()));
        if (ranked.size() > 1) {
            ModeCell second = ranked.get(1);
            sentence += String.format(
                    ", %s the next best (%s)",
                    Formats.times(best.throughput() / second.throughput()), ModeNames.describe(second.mode()));
        }
        Optional<ModeCell> virtual = ExperimentRuns.find(cells, "virtual");
        if (virtual.isPresent() && virtual.get() != best) {
            sentence += String.format(
                    "; virtual threads reached %s of it",
                    Formats.percent(virtual.get().throughput() / best.throughput()));
        }
        return sentence + ".";
    }

    private static boolean virtualLeads(List<ModeCell> cells) {
        Optional<ModeCell> virtual = ExperimentRuns.find(cells, "virtual");
        double best = cells.stream()
                .filter(c -> !c.mode().equals("virtual"))
                .mapToDouble(ModeCell::throughput)
                .max()
                .orElse(0);
        return virtual.isEmpty() || virtual.get().throughput() >= LEAD_TOLERANCE * best;
    }

    /** The CPU share per workload, or (when it could not be measured) the workload's place in the run order. */
    record Shares(Map<String, Double> values, boolean measured) {
        String text(String workload) {
            return measured ? Formats.number(values.get(workload)) + "x the wait" : workload;
        }
    }

    /**
     * CPU time per task over the wait, per workload. Where it cannot be measured (no CPU time or
     * no {@code ioMs}), the run order (1, 2, ...) stands in.
     */
    static Shares cpuShares(ExperimentRuns runs) {
        Map<String, Double> shares = new LinkedHashMap<>();
        boolean measured = true;
        for (var e : runs.byWorkload().entrySet()) {
            List<Number> perTask = new ArrayList<>();
            for (ModeCell c : e.getValue()) {
                for (RunResult r : c.runs()) {
                    perTask.add(r.cpuSeconds() == null || r.completed() == 0 ? null : r.cpuSeconds() / r.completed());
                }
            }
            double waitSeconds = e.getValue().get(0).longParam("ioMs", -1) / 1e3;
            double share = Stats.median(perTask) / waitSeconds;
            measured &= waitSeconds > 0 && !Double.isNaN(share);
            shares.put(e.getKey(), share);
        }
        if (!measured) {
            int index = 0;
            for (String key : shares.keySet()) {
                shares.put(key, (double) ++index);
            }
        }
        return new Shares(shares, measured);
    }
}
