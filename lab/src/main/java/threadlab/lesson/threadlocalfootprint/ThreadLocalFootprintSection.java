package threadlab.lesson.threadlocalfootprint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
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
import threadlab.report.Stats;
import threadlab.result.RunResult;

/**
 * {@code threadlocal-footprint}: the live heap the runs grew, with a {@code ThreadLocal} buffer
 * and with a shared pool of buffers, on a virtual thread per task at each task count and on a
 * platform pool. The shared runs are the control (the same threads and tasks, without a buffer per
 * thread). A virtual thread per task holds its buffer while it lives, so the conclusions divide
 * the growth by the tasks in flight at the peak (not every task of a big run is alive at once);
 * a pool's buffers are its threads', whatever the task count.
 */
public final class ThreadLocalFootprintSection implements SectionRenderer {

    static final List<String> CACHES = List.of("threadlocal", "shared");
    /** Differences up to this many MB are within what the live-heap measure resolves here. */
    static final double RESOLUTION_MB = 1.0;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<String> groups = groups(runs);
        CategoryChart chart = Charts.bars(
                "Live heap grown by the run: ThreadLocal buffer vs shared pool", "mode x tasks", "MB (median)");
        int shade = 0;
        for (String cache : CACHES) {
            List<Number> values = new ArrayList<>();
            for (String group : groups) {
                values.add(find(runs, group, cache)
                        .map(c -> growthMb(c))
                        .filter(v -> !Double.isNaN(v))
                        .orElse(0.0));
            }
            CategorySeries s = chart.addSeries("cache=" + cache, groups, values);
            Charts.colour(s, cache.equals("threadlocal") ? "platform-pool" : "virtual", shade++);
        }
        if (groups.size() > 3) {
            chart.getStyler().setXAxisLabelRotation(15);
        }
        return List.of(Charts.png(
                "threadlocal-footprint-heap.png",
                "Peak growth of the live heap during the run (garbage collected "
                        + "before each sample), on " + PinningRules.name(runs.jdk()) + ". The buffer is "
                        + bufferKb(runs)
                        + " KB: a virtual thread per task holds one per live task, a pool one per thread.",
                chart));
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        long kb = bufferKb(runs);
        List<String> virtualParts = new ArrayList<>();
        String largest = null;
        for (String group : groups(runs)) {
            Optional<ModeCell> local = find(runs, group, "threadlocal");
            Optional<ModeCell> shared = find(runs, group, "shared");
            if (local.isEmpty()
                    || shared.isEmpty()
                    || Double.isNaN(growthMb(local.get()))
                    || Double.isNaN(growthMb(shared.get()))) {
                continue;
            }
            ModeCell l = local.get();
            ModeCell s = shared.get();
            if (l.mode().equals("virtual")) {
                double extra = kbPerLiveTask(l) - kbPerLiveTask(s);
                virtualParts.add(String.format(
                        "%s at %s tasks (%s vs %s)",
                        Formats.number(extra),
                        Formats.count(l.tasks()),
                        Formats.number(kbPerLiveTask(l)),
                        Formats.number(kbPerLiveTask(s))));
                largest = String.format(
                        "At %s tasks, up to %s of them in flight at once, the live heap grew by %s MB with the "
                                + "ThreadLocal and by %s MB with the shared pool.",
                        Formats.count(l.tasks()),
                        Formats.count(l.runs().stream()
                                .mapToInt(RunResult::peakInFlight)
                                .max()
                                .orElse(0)),
                        Formats.number(growthMb(l)),
                        Formats.number(growthMb(s)));
            } else {
                int threads = l.runs().get(0).concurrency();
                double diff = growthMb(l) - growthMb(s);
                sentences.add(String.format(
                        "On %s, %s tasks grew the live heap by %s MB with the ThreadLocal and %s MB with the shared "
                                + "pool: its %d threads each make one buffer and reuse it for every task they run, %s MB whatever the task "
                                + "count; the measured difference, %s MB, is %s.",
                        l.mode(),
                        Formats.count(l.tasks()),
                        Formats.number(growthMb(l)),
                        Formats.number(growthMb(s)),
                        threads,
                        Formats.number(threads * kb / 1024.0),
                        Formats.number(diff),
                        Math.abs(diff) <= RESOLUTION_MB
                                ? "as small, within what this measure resolves (about 1 MB)"
                                : "larger than that: something else held memory in these runs"));
            }
        }
        if (!virtualParts.isEmpty()) {
            sentences.add(
                    0,
                    String.format(
                            "On a virtual thread per task, a %d KB ThreadLocal buffer added this many KB of live heap per "
                                    + "task in flight (ThreadLocal vs shared pool): %s. Every task is a new thread, so it makes a buffer of its own, never "
                                    + "reused, and keeps it as long as it lives. %s",
                            kb, Sentences.list(virtualParts), largest == null ? "" : largest));
        } else if (sentences.isEmpty()) {
            sentences.add("No pair of ThreadLocal and shared-pool runs with a measured live heap to compare.");
        }
        sentences.add(
                "Per task in flight is each run's live-heap growth over its peak of tasks in flight: the big runs cannot start "
                        + "every virtual thread before the first ones end. The alternative to the per-thread cache: share what is safe to "
                        + "share (an immutable formatter), borrow from a bounded pool only while in use (as here), or pass per-request state "
                        + "down with a ScopedValue (final in JDK 25, a preview API in JDK 21 to 24).");
        return sentences;
    }

    /** Median over runs of the live heap the run grew, in MB; NaN where not measured. */
    private static double growthMb(ModeCell c) {
        return median(
                c,
                r -> r.heapBytesPerTask() == null ? Double.NaN : r.heapBytesPerTask() * (double) r.tasks() / (1 << 20));
    }

    /** Median over runs of the growth over the peak of tasks in flight, in KB. */
    private static double kbPerLiveTask(ModeCell c) {
        return median(
                c,
                r -> r.heapBytesPerTask() == null || r.peakInFlight() <= 0
                        ? Double.NaN
                        : r.heapBytesPerTask() * (double) r.tasks() / r.peakInFlight() / 1024);
    }

    private static double median(ModeCell c, ToDoubleFunction<RunResult> f) {
        List<Number> values = new ArrayList<>();
        c.runs().forEach(r -> values.add(f.applyAsDouble(r)));
        return Stats.median(values);
    }

    /** "virtual x 1,000", "platform-pool:100 x 1,000": mode and task count, in the order they ran. */
    private static List<String> groups(ExperimentRuns runs) {
        Set<String> groups = new LinkedHashSet<>();
        runs.cells().forEach(c -> groups.add(group(c)));
        return List.copyOf(groups);
    }

    private static String group(ModeCell c) {
        return c.mode() + " x " + Formats.count(c.tasks());
    }

    private static Optional<ModeCell> find(ExperimentRuns runs, String group, String cache) {
        return runs.cells().stream()
                .filter(c -> group(c).equals(group) && cache.equals(c.param("cache")))
                .findFirst();
    }

    private static long bufferKb(ExperimentRuns runs) {
        return runs.cells().isEmpty() ? 0 : runs.cells().get(0).longParam("kb", 4);
    }
}
