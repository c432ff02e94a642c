package threadlab.lesson.carrierdeadlock;

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
import threadlab.report.PinningRules;
import threadlab.report.SectionRenderer;
import threadlab.report.Sentences;
import threadlab.report.Table;
import threadlab.result.RunResult;

/**
 * {@code carrier-deadlock}: for each pinning frame the waiters use, whether the runs stalled or
 * completed, their wall time beside the lock's hold time and the waiters' give-up timeout, and,
 * for a stalled run, the thread-dump excerpt taken during the stall. The conclusions say which
 * JDK ran and why each frame did or did not stall there.
 */
public final class CarrierDeadlockSection implements SectionRenderer {

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<String> pins = new ArrayList<>();
        List<Number> walls = new ArrayList<>();
        List<Number> holds = new ArrayList<>();
        List<Number> timeouts = new ArrayList<>();
        for (ModeCell c : runs.cells()) {
            pins.add("waiters in " + c.param("pin") + (c.carriers() == null ? "" : ", " + c.carriers() + " carriers"));
            walls.add(c.wall());
            holds.add(c.longParam("holdMs", 0) / 1000.0);
            timeouts.add(c.longParam("waitMs", 0) / 1000.0);
        }
        CategoryChart chart = Charts.bars(
                "Carrier deadlock: wall time against the lock's hold and the give-up timeout", "", "seconds");
        Charts.colour(chart.addSeries("wall s (median)", pins, walls), "virtual", 0);
        CategorySeries hold = chart.addSeries("owner holds the lock", pins, holds);
        hold.setFillColor(Charts.LIGHT);
        CategorySeries timeout = chart.addSeries("waiters give up after", pins, timeouts);
        timeout.setFillColor(Charts.MUTED);
        return List.of(Charts.png(
                "carrier-deadlock-wall.png",
                "A run that ends near the hold time completed; one that ends at the "
                        + "timeout stalled until the waiters gave up. On " + PinningRules.name(runs.jdk()) + ".",
                chart));
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        int feature = PinningRules.feature(runs.jdk());
        List<String> parts = new ArrayList<>();
        for (ModeCell c : runs.cells()) {
            if (c.stalled() == null) {
                continue;
            }
            long stalled = c.stalledRuns();
            parts.add(String.format(
                    "with the waiters in %s it %s (%d of %d runs stalled; median wall %s s, lock held %d ms, timeout %s s)",
                    c.param("pin"),
                    stalled == 0 ? "completed" : stalled == c.runs().size() ? "stalled" : "sometimes stalled",
                    stalled,
                    c.runs().size(),
                    Formats.seconds(c.wall()),
                    c.longParam("holdMs", 0),
                    Formats.seconds(c.longParam("waitMs", 0) / 1000.0)));
        }
        if (parts.isEmpty()) {
            sentences.add("No run recorded whether it stalled.");
            return sentences;
        }
        sentences.add(String.format("On %s, %s.", PinningRules.name(runs.jdk()), Sentences.list(parts)));
        sentences.add(
                "A stall means every carrier was held by a waiter pinned in its frame while the lock's owner, whose sleep had "
                        + "ended, needed a carrier to unlock: with lock() instead of tryLock(timeout) it would never end. For synchronized, "
                        + PinningRules.whySynchronized(feature) + "; and " + PinningRules.whyClassInit() + ".");
        sentences.add(
                PinningRules.synchronizedPins(feature)
                        ? "On JDK 24 or later the synchronized variant completes; the class-initialiser variant still stalls."
                        : "On JDK 21 to 23 the synchronized variant stalls as well, bounded here by the same timeout.");
        return sentences;
    }

    @Override
    public List<Table> tables(ExperimentRuns runs) {
        Optional<RunResult> stalled = runs.cells().stream()
                .flatMap(c -> c.runs().stream())
                .filter(r -> Boolean.TRUE.equals(r.stalled()) && r.threadDump() != null)
                .findFirst();
        if (stalled.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows =
                stalled.get().threadDump().lines().map(List::of).toList();
        return List.of(new Table(
                "Thread dump taken during the stall of " + stalled.get().workload()
                        + " (the threads of the workload, first frames each)",
                List.of("thread dump excerpt"),
                rows));
    }
}
