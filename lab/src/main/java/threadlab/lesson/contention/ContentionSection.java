package threadlab.lesson.contention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
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

/**
 * {@code contention}: one shared counter per lock kind, per mode: increments per second (what the
 * lock costs) and lost updates (what no lock costs). The conclusions name who lost updates, and
 * the fastest counter that kept them all, against {@code synchronized}.
 */
public final class ContentionSection implements SectionRenderer {

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<String> locks = locks(runs.cells());
        List<String> modes = ExperimentRuns.modes(runs.cells());
        List<ChartImage> charts = new ArrayList<>();
        CategoryChart speed = Charts.bars(runs.id() + ": increments per second", "lock", "million increments/s");
        boolean allPositive = true;
        double min = Double.MAX_VALUE;
        for (String mode : modes) {
            List<Number> values = locks.stream()
                    .map(lock -> (Number) cell(runs, lock, mode)
                            .map(c -> incrementsPerSecond(c) / 1e6)
                            .orElse(0.0))
                    .toList();
            for (Number v : values) {
                allPositive &= v.doubleValue() > 0 && !Double.isInfinite(v.doubleValue());
                min = Math.min(min, v.doubleValue());
            }
            CategorySeries s = speed.addSeries(mode, locks, values);
            Charts.colour(s, mode, ExperimentRuns.variant(modes, mode));
        }
        if (allPositive) {
            // Bars on a log axis need a floor above zero: the decade below the smallest bar.
            Charts.logY(speed.getStyler());
            speed.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
        }
        charts.add(Charts.png(
                Charts.slug(runs.id() + "-speed") + ".png",
                "Median increments per second on one shared counter, by lock kind and mode (log scale: the kinds differ by orders of magnitude).",
                speed));
        if (runs.cells().stream().anyMatch(c -> c.lostFraction() > 0)) {
            CategoryChart lost = Charts.bars(runs.id() + ": lost updates", "lock", "% of updates lost");
            for (String mode : modes) {
                CategorySeries s = lost.addSeries(
                        mode,
                        locks,
                        locks.stream()
                                .map(lock -> (Number) cell(runs, lock, mode)
                                        .map(c -> Double.isNaN(c.lostFraction()) ? 0.0 : 100 * c.lostFraction())
                                        .orElse(0.0))
                                .toList());
                Charts.colour(s, mode, ExperimentRuns.variant(modes, mode));
            }
            lost.getStyler().setYAxisMin(0.0);
            charts.add(Charts.png(
                    Charts.slug(runs.id() + "-lost") + ".png",
                    "Median share of increments lost (expected minus observed, over expected), by lock kind and mode.",
                    lost));
        }
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        List<ModeCell> losing =
                runs.cells().stream().filter(c -> c.lostFraction() > 0).toList();
        if (losing.isEmpty()) {
            sentences.add("No mode lost an update in this run, with or without a lock.");
        } else {
            for (String lock : locks(losing)) {
                List<String> who = losing.stream()
                        .filter(c -> lock(c).equals(lock))
                        .map(c -> ModeNames.describe(c.mode()) + " lost " + Formats.percent(c.lostFraction()))
                        .toList();
                sentences.add(String.format("With lock=%s updates were lost: %s of them.", lock, Sentences.list(who)));
            }
        }
        List<ModeCell> correct = runs.cells().stream()
                .filter(c -> !lock(c).equals("none")
                        && !(c.lostFraction() > 0)
                        && c.errors().isEmpty()
                        && !c.mode().equals("sequential")
                        && incrementsPerSecond(c) > 0)
                .toList();
        List<ModeCell> ranked = correct.stream()
                .sorted(Comparator.comparingDouble(ContentionSection::incrementsPerSecond)
                        .reversed())
                .toList();
        List<ModeCell> leaders = ranked.isEmpty()
                ? List.of()
                : Ranking.tiers(ranked, ModeCell::throughputSpread).get(0);
        Optional<ModeCell> fastest = leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
        if (leaders.size() > 1) {
            sentences.add(String.format(
                    "The fastest counters that kept every update on more than one thread were %s, between them %s.",
                    Sentences.list(leaders.stream()
                            .map(c -> "lock=" + lock(c) + " on " + ModeNames.describe(c.mode()) + " ("
                                    + Formats.number(incrementsPerSecond(c) / 1e6) + " million increments/s)")
                            .toList()),
                    Claim.noDifference(
                            v -> Formats.number(v) + " tasks/s",
                            leaders.stream().map(ModeCell::throughputSpread).toArray(Spread[]::new))));
        }
        fastest.ifPresent(best -> {
            String sentence = String.format(
                    "The fastest counter that kept every update on more than one thread was lock=%s on %s, %s million increments/s",
                    lock(best), ModeNames.describe(best.mode()), Formats.number(incrementsPerSecond(best) / 1e6));
            Optional<ModeCell> sync =
                    cell(runs, "synchronized", best.mode()).filter(c -> c != best && incrementsPerSecond(c) > 0);
            if (sync.isPresent()) {
                sentence += String.format(
                        ", %s synchronized on the same mode",
                        Formats.times(incrementsPerSecond(best) / incrementsPerSecond(sync.get())));
            }
            sentences.add(sentence + ".");
        });
        List<String> slower = correct.stream()
                .filter(c -> cell(runs, lock(c), "sequential")
                        .map(s -> incrementsPerSecond(s) > incrementsPerSecond(c))
                        .orElse(false))
                .map(c -> "lock=" + lock(c) + " on " + ModeNames.describe(c.mode()))
                .toList();
        if (!slower.isEmpty()) {
            sentences.add("Slower than one thread with the same lock: " + Sentences.list(slower) + ".");
        }
        return sentences;
    }

    static double incrementsPerSecond(ModeCell c) {
        long increments = c.longParam("increments", 1);
        return c.throughput() * increments;
    }

    private static String lock(ModeCell c) {
        String lock = c.param("lock");
        return lock == null ? c.workload() : lock;
    }

    private static List<String> locks(List<ModeCell> cells) {
        LinkedHashSet<String> locks = new LinkedHashSet<>();
        cells.forEach(c -> locks.add(lock(c)));
        return List.copyOf(locks);
    }

    private static Optional<ModeCell> cell(ExperimentRuns runs, String lock, String mode) {
        return runs.cells().stream()
                .filter(c -> lock(c).equals(lock) && c.mode().equals(mode))
                .findFirst();
    }
}
