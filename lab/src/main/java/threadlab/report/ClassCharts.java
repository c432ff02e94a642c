package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The class view's charts, one point per machine: CPU speedup against cores with Amdahl's line
 * fitted to the points, the virtual threads' share of Little's law against cores, and pinned
 * events inside {@code synchronized} per JDK. A chart no folder has figures for is left out.
 */
final class ClassCharts {

    private ClassCharts() {}

    static List<ChartImage> of(List<ClassMember> members) {
        List<ChartImage> charts = new ArrayList<>();
        speedup(members).ifPresent(charts::add);
        bound(members).ifPresent(charts::add);
        pinned(members).ifPresent(charts::add);
        return charts;
    }

    /** The parallel fraction p of Amdahl's law, 1 / ((1 - p) + p / n), that fits the points best (least squares). */
    static double amdahlFraction(double[] workers, double[] speedups) {
        double best = 0;
        double bestError = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 1000; i++) {
            double p = i / 1000.0;
            double error = 0;
            for (int k = 0; k < workers.length; k++) {
                double d = speedups[k] - amdahl(p, workers[k]);
                error += d * d;
            }
            if (error < bestError) {
                bestError = error;
                best = p;
            }
        }
        return best;
    }

    static double amdahl(double p, double n) {
        return 1 / ((1 - p) + p / n);
    }

    private static java.util.Optional<ChartImage> speedup(List<ClassMember> members) {
        List<ClassMember> with =
                members.stream().filter(m -> m.cpuSpeedup().isPresent()).toList();
        if (with.isEmpty()) {
            return java.util.Optional.empty();
        }
        double[] cores = with.stream().mapToDouble(ClassMember::cores).toArray();
        double[] usable =
                with.stream().mapToDouble(m -> m.cpuSpeedup().get().usable()).toArray();
        double[] speedup =
                with.stream().mapToDouble(m -> m.cpuSpeedup().get().speedup()).toArray();
        double p = amdahlFraction(usable, speedup);
        XYChart chart = Charts.xy("CPU work: speedup over sequential, per machine", "cores", "speedup (x)");
        XYSeries points = chart.addSeries("measured (one per run folder)", cores, speedup);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        Charts.colour(points, "platform-pool", 0);
        int most = (int) java.util.Arrays.stream(cores).max().orElse(1);
        int cap = with.stream()
                .mapToInt(m -> m.cpuSpeedup().get().usable() < m.cores()
                        ? m.cpuSpeedup().get().usable()
                        : Integer.MAX_VALUE)
                .min()
                .orElse(Integer.MAX_VALUE);
        double[] n = new double[Math.max(most, 1)];
        double[] line = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = i + 1;
            line[i] = amdahl(p, Math.min(n[i], cap));
        }
        Charts.asLimit(chart.addSeries(
                String.format(java.util.Locale.ROOT, "Amdahl's law, parallel fraction %.3f (fitted)", p), n, line));
        return java.util.Optional.of(Charts.png(
                "class-cpu-speedup.png",
                "Each run folder's best platform pool on CPU work, over sequential, against its cores; the dashed line is"
                        + " Amdahl's law fitted to the points"
                        + (cap == Integer.MAX_VALUE
                                ? "."
                                : " (capped at " + cap + " workers: the tasks or pool there)."),
                chart));
    }

    private static java.util.Optional<ChartImage> bound(List<ClassMember> members) {
        List<ClassMember> with =
                members.stream().filter(m -> m.virtualBound().isPresent()).toList();
        if (with.isEmpty()) {
            return java.util.Optional.empty();
        }
        XYChart chart = Charts.xy(
                "Virtual threads: share of Little's law's bound, per machine", "cores", "% of the bound reached");
        XYSeries points = chart.addSeries(
                "virtual, most waits in flight",
                with.stream().mapToDouble(ClassMember::cores).toArray(),
                with.stream()
                        .mapToDouble(m -> 100 * m.virtualBound().get().efficiency())
                        .toArray());
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        Charts.colour(points, "virtual", 0);
        return java.util.Optional.of(Charts.png(
                "class-virtual-bound.png",
                "Each run folder's virtual threads at the most waits it ran ("
                        + Sentences.list(with.stream()
                                .map(m -> m.virtualBound().get().workload() + " x "
                                        + Formats.count(m.virtualBound().get().tasks()))
                                .distinct()
                                .toList())
                        + "): Little's law's wall time over the measured one.",
                chart));
    }

    private static java.util.Optional<ChartImage> pinned(List<ClassMember> members) {
        Map<String, Long> byJdk = new TreeMap<>();
        members.stream()
                .filter(m -> m.pinnedInSynchronized().isPresent())
                .forEach(m -> byJdk.merge(m.jdk(), m.pinnedInSynchronized().get(), Math::max));
        if (byJdk.isEmpty()) {
            return java.util.Optional.empty();
        }
        CategoryChart chart = Charts.bars(
                "Pinned events inside synchronized, per JDK", "JDK", "pinned events (most in a run folder)");
        // from zero, so that none pinned reads as bars of height 0, not as an axis around 0
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler()
                .setYAxisMax(Math.max(
                        1.0,
                        1.1
                                * byJdk.values().stream()
                                        .mapToLong(Long::longValue)
                                        .max()
                                        .orElse(0)));
        Charts.colour(
                chart.addSeries("inside synchronized", List.copyOf(byJdk.keySet()), List.copyOf(byJdk.values())),
                "virtual",
                0);
        return java.util.Optional.of(Charts.png(
                "class-pinned-per-jdk.png",
                "JFR jdk.VirtualThreadPinned events of a virtual thread sleeping inside synchronized, the most of any"
                        + " run folder on that JDK: JDK 21 to 23 pin there, 24 and later (JEP 491) do not.",
                chart));
    }
}
