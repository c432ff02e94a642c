package threadlab.lesson.carrierstarvation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.PinningRules;
import threadlab.report.SectionRenderer;

/**
 * {@code carrier-starvation}: the I/O tasks' p99 latency against the number of CPU hogs, on
 * virtual threads and on a platform thread per task, beside the sleep each I/O task asks for. The
 * conclusions compare the rise on each, and hold the virtual one against what non-preemptive
 * carriers predict: once the hogs are at least the carriers, a woken I/O task ends after about
 * {@code ⌊hogs / carriers⌋ × hogMs + ioMs / 2}: the hogs, queued first, take every carrier for
 * that many rounds (the last, partial round leaves a carrier free), starting half-way through the sleeps.
 */
public final class CarrierStarvationSection implements SectionRenderer {

    static final String VIRTUAL = "virtual";
    static final String PLATFORM = "platform-per-task";
    /** A p99 up to this many times the sleep counts as "near the sleep time". */
    static final double NEAR = 2.0;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        XYChart chart = Charts.xy(
                "I/O tasks' p99 latency as CPU hogs are added", "CPU hogs (tasks that never block)", "p99 latency ms");
        List<String> modes = ExperimentRuns.modes(runs.cells());
        for (String mode : modes) {
            List<ModeCell> series = series(runs, mode);
            if (!series.isEmpty()) {
                XYSeries s = chart.addSeries(
                        mode,
                        series.stream().mapToDouble(c -> c.longParam("hogs", 0)).toArray(),
                        series.stream().mapToDouble(ModeCell::p99).toArray());
                Charts.colour(s, mode, ExperimentRuns.variant(modes, mode));
            }
        }
        List<ModeCell> any = series(runs, modes.isEmpty() ? VIRTUAL : modes.get(0));
        if (!any.isEmpty()) {
            double io = any.get(0).longParam("ioMs", 0);
            double[] x = {
                any.get(0).longParam("hogs", 0), any.get(any.size() - 1).longParam("hogs", 0)
            };
            Charts.asLimit(chart.addSeries("the sleep asked for", x, new double[] {io, io}));
        }
        return List.of(Charts.png(
                "carrier-starvation-p99.png",
                "Median over repeats of the p99 latency of the tasks (the hogs are under 1% "
                        + "of them, so it is an I/O task's), " + carriersText(runs) + ", on "
                        + PinningRules.name(runs.jdk()) + ".",
                chart));
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        List<ModeCell> virtual = series(runs, VIRTUAL);
        List<ModeCell> platform = series(runs, PLATFORM);
        if (virtual.size() < 2) {
            sentences.add("Fewer than two hog counts on virtual threads: nothing to compare.");
            return sentences;
        }
        ModeCell v0 = virtual.get(0);
        ModeCell vMax = virtual.get(virtual.size() - 1);
        long io = v0.longParam("ioMs", 0);
        long hogMs = v0.longParam("hogMs", 0);
        boolean rose = vMax.p99() > NEAR * Math.max(io, v0.p99());
        String platformText = "";
        if (!platform.isEmpty()) {
            double lo = platform.stream().mapToDouble(ModeCell::p99).min().orElse(Double.NaN);
            double hi = platform.stream().mapToDouble(ModeCell::p99).max().orElse(Double.NaN);
            platformText = String.format(
                    ", while on a platform thread per task it stayed between %s and %s ms (%s)",
                    Formats.number(lo),
                    Formats.number(hi),
                    hi <= NEAR * io
                            ? "near the sleep"
                            : hi * 2 < vMax.p99()
                                    ? "above the sleep, but under half the virtual threads' worst"
                                    : "not near the sleep either");
        }
        sentences.add(String.format(
                "With %s, the I/O tasks' p99 on virtual threads went from %s ms with %d hogs to %s ms with %d "
                        + "(each sleeps %d ms)%s: %s.",
                carriersText(runs),
                Formats.number(v0.p99()),
                v0.longParam("hogs", 0),
                Formats.number(vMax.p99()),
                vMax.longParam("hogs", 0),
                io,
                platformText,
                rose
                        ? "virtual threads are not time-sliced, so hogs that never block keep their carriers until they finish, "
                                + "and an I/O task whose sleep has ended waits for one; the OS time-slices platform threads, so a woken one "
                                + "gets a core within a scheduler tick"
                        : "the hogs did not hold every carrier long enough to show (fewer hogs than carriers, or hog time short "
                                + "against the sleep)"));
        int carriers = v0.carriers() == null ? runs.cores() : v0.carriers();
        for (ModeCell c : virtual) {
            long hogs = c.longParam("hogs", 0);
            if (hogs >= carriers && hogMs > 0) {
                long rounds = hogs / carriers;
                sentences.add(String.format(
                        "%d hogs on %d carriers, queued ahead of the woken I/O tasks, leave no carrier free for "
                                + "⌊%d / %d⌋ = %d round%s of %d ms from half-way through the sleeps, so an I/O task ends after about %d × %d + %d / 2 "
                                + "= %s ms; its measured p99 was %s ms.",
                        hogs,
                        carriers,
                        hogs,
                        carriers,
                        rounds,
                        rounds == 1 ? "" : "s",
                        hogMs,
                        rounds,
                        hogMs,
                        io,
                        Formats.count(rounds * hogMs + io / 2),
                        Formats.number(c.p99())));
            }
        }
        sentences.add(
                "Fixes: give CPU-bound work its own pool of platform threads (or a bounded ForkJoinPool) and keep virtual threads for "
                        + "waiting; a long computation on a virtual thread can also yield (Thread.yield()) now and then. Every JDK so far, 21 to 25, "
                        + "schedules virtual threads without time slices.");
        return sentences;
    }

    private static List<ModeCell> series(ExperimentRuns runs, String mode) {
        return runs.cells().stream()
                .filter(c -> c.mode().equals(mode) && !Double.isNaN(c.p99()))
                .sorted(Comparator.comparingLong(c -> c.longParam("hogs", 0)))
                .toList();
    }

    private static String carriersText(ExperimentRuns runs) {
        Integer c = runs.cells().isEmpty() ? null : runs.cells().get(0).carriers();
        int n = c == null ? runs.cores() : c;
        return n + (n == 1 ? " carrier" : " carriers");
    }
}
