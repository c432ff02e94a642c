package threadlab.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * {@code threadlocal-footprint}: live heap per task with a {@code ThreadLocal} buffer and with a
 * shared pool of buffers, on a virtual thread per task at each task count and on a platform pool.
 * The shared runs are the control (the same threads and tasks, without a buffer per thread), so
 * the conclusions give the difference at the same task count as the cost of the ThreadLocal.
 */
final class ThreadLocalFootprintSection implements SectionRenderer {

    static final List<String> CACHES = List.of("threadlocal", "shared");

    @Override
    public boolean draws(String experimentId) {
        return experimentId.equals("threadlocal-footprint");
    }

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<String> groups = groups(runs);
        CategoryChart chart = Charts.bars("Live heap per task: ThreadLocal buffer vs shared pool", "mode x tasks", "KB per task (median)");
        int shade = 0;
        for (String cache : CACHES) {
            List<Number> values = new ArrayList<>();
            for (String group : groups) {
                values.add(find(runs, group, cache).map(c -> c.heapBytesPerTask() / 1024).orElse(Double.NaN));
            }
            CategorySeries s = chart.addSeries("cache=" + cache, groups, values);
            Charts.colour(s, cache.equals("threadlocal") ? "platform-pool" : "virtual", shade++);
        }
        if (groups.size() > 3) {
            chart.getStyler().setXAxisLabelRotation(15);
        }
        return List.of(Charts.png("threadlocal-footprint-heap.png", "Peak live heap growth over the task count (garbage collected before "
                + "each sample), on " + PinningRules.name(runs.jdk()) + ". The buffer is " + bufferKb(runs) + " KB.", chart));
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
            if (local.isEmpty() || shared.isEmpty() || Double.isNaN(local.get().heapBytesPerTask())
                    || Double.isNaN(shared.get().heapBytesPerTask())) {
                continue;
            }
            double extra = (local.get().heapBytesPerTask() - shared.get().heapBytesPerTask()) / 1024;
            String part = String.format("%s KB at %s tasks (%s vs %s KB)", Formats.number(extra), Formats.count(local.get().tasks()),
                    Formats.number(local.get().heapBytesPerTask() / 1024), Formats.number(shared.get().heapBytesPerTask() / 1024));
            if (local.get().mode().equals("virtual")) {
                virtualParts.add(part);
                largest = String.format("At %s tasks that is %s MB of buffers held at once.", Formats.count(local.get().tasks()),
                        Formats.number(extra * local.get().tasks() / 1024));
            } else {
                int threads = local.get().runs().get(0).concurrency();
                double most = (double) threads * kb / local.get().tasks();
                sentences.add(String.format("On %s the ThreadLocal's difference was %s per task: its %d threads each make one buffer and "
                        + "reuse it for every task they run, so they hold at most %d buffers, %s KB per task at %s tasks; %s.",
                        local.get().mode(), part, threads, threads, Formats.number(most), Formats.count(local.get().tasks()),
                        Math.abs(extra - most) <= Math.max(1.0, 0.5 * kb)
                                ? "the measure agrees within its resolution over a run this long"
                                : "the measure does not resolve so small a cost over a run this long (the lab's own bookkeeping varies more)"));
            }
        }
        if (!virtualParts.isEmpty()) {
            sentences.add(0, String.format("On a virtual thread per task, a %d KB ThreadLocal buffer added %s of live heap per task "
                    + "(ThreadLocal vs shared pool): every task is a new thread, so it makes a buffer of its own, never reused, and "
                    + "keeps it as long as it lives. %s", kb, Sentences.list(virtualParts), largest == null ? "" : largest));
        } else if (sentences.isEmpty()) {
            sentences.add("No pair of ThreadLocal and shared-pool runs with a measured live heap to compare.");
        }
        sentences.add("The alternative: share what is safe to share (an immutable formatter), borrow from a bounded pool only while in "
                + "use (as here), or pass per-request state down with a ScopedValue (final in JDK 25, a preview API in JDK 21 to 24). "
                + "Small numbers of tasks are dominated by the measurement's own allocations; the largest task count is the one to read.");
        return sentences;
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
        return runs.cells().stream().filter(c -> group(c).equals(group) && cache.equals(c.param("cache"))).findFirst();
    }

    private static long bufferKb(ExperimentRuns runs) {
        return runs.cells().isEmpty() ? 0 : runs.cells().get(0).longParam("kb", 4);
    }
}
