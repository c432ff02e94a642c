package threadlab.lesson.sharedmemorycounter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import threadlab.report.Sentences;
import threadlab.report.Stats;

/**
 * {@code shared-memory-counter}: the share of increments lost, and the cost of one increment, per
 * way of updating (read-modify-write, getAndAdd, own count merged) and per place (child JVMs on a
 * mapped file, threads on a direct buffer, threads on a heap field). The conclusions state the
 * lost fraction measured across processes and beside it across threads.
 */
public final class SharedMemoryCounterSection implements SectionRenderer {

    private static final String RMW = "read-modify-write";
    private static final String ATOMIC = "getAndAdd";
    private static final String MERGED = "own count, merged";
    private static final java.awt.Color[] PALETTE = {
        new java.awt.Color(0x8C564B),
        new java.awt.Color(0xFF7F0E),
        new java.awt.Color(0x1F77B4),
        new java.awt.Color(0x7F7F7F)
    };

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<String> updates = updates(runs.cells());
        List<String> places = places(runs.cells());
        List<ChartImage> charts = new ArrayList<>();
        CategoryChart lost = Charts.bars(runs.id() + ": increments lost", "update", "% of increments lost (median)");
        CategoryChart cost = Charts.bars(
                runs.id() + ": time per increment", "update", "ns per increment (median wall / all increments)");
        for (String place : places) {
            CategorySeries l = lost.addSeries(
                    place,
                    updates,
                    updates.stream()
                            .map(u -> (Number) cell(runs, u, place)
                                    .map(c -> Double.isNaN(c.lostFraction()) ? 0.0 : 100 * c.lostFraction())
                                    .orElse(0.0))
                            .toList());
            CategorySeries c = cost.addSeries(
                    place,
                    updates,
                    updates.stream()
                            .map(u -> (Number) cell(runs, u, place)
                                    .map(SharedMemoryCounterSection::nanosPerIncrement)
                                    .filter(v -> !Double.isNaN(v))
                                    .orElse(0.0))
                            .toList());
            java.awt.Color colour = PALETTE[places.indexOf(place) % PALETTE.length];
            l.setFillColor(colour);
            c.setFillColor(colour);
        }
        lost.getStyler().setYAxisMin(0.0);
        lost.getStyler().setYAxisMax(100.0);
        charts.add(Charts.png(
                Charts.slug(runs.id() + "-lost") + ".png",
                "Share of all increments lost (expected minus counted, over expected), by way of updating and by where the counter was.",
                lost));
        charts.add(Charts.png(
                Charts.slug(runs.id() + "-cost") + ".png",
                "Wall time of a run over all its increments: what one increment cost, by way of updating and by where the counter was.",
                cost));
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        for (String place : places(runs.cells())) {
            cell(runs, RMW, place)
                    .filter(c -> !Double.isNaN(c.lostFraction()))
                    .ifPresent(c -> sentences.add(String.format(
                            "%s: a plain read-modify-write of one counter lost %s of %s increments (%s).",
                            ModeNames.capitalised(place),
                            Formats.percent(c.lostFraction()),
                            Formats.count(c.tasks() * c.longParam("increments", 0)),
                            c.runs().size() == 1
                                    ? "1 run"
                                    : String.format(
                                            "median of %d runs, from %s to %s",
                                            c.runs().size(),
                                            Formats.percent(lostFraction(c, true)),
                                            Formats.percent(lostFraction(c, false))))));
        }
        List<String> exact = runs.cells().stream()
                .filter(c -> !update(c).equals(RMW)
                        && c.lostFraction() == 0
                        && c.errors().isEmpty())
                .map(c -> update(c) + " (" + place(c) + ")")
                .distinct()
                .toList();
        if (!exact.isEmpty()) {
            sentences.add("No increment was lost with " + Sentences.list(exact) + ".");
        }
        List<String> lossy = runs.cells().stream()
                .filter(c -> !update(c).equals(RMW) && c.lostFraction() > 0)
                .map(c -> update(c) + " (" + place(c) + ")")
                .toList();
        if (!lossy.isEmpty()) {
            sentences.add(
                    "Increments were lost even with " + Sentences.list(lossy) + ": a bug, not a race to learn from.");
        }
        Optional<ModeCell> atomic = cell(runs, ATOMIC, processes(runs));
        Optional<ModeCell> merged = cell(runs, MERGED, processes(runs));
        if (atomic.isPresent()
                && merged.isPresent()
                && nanosPerIncrement(atomic.get()) > 0
                && nanosPerIncrement(merged.get()) > 0) {
            sentences.add(String.format(
                    "Across processes getAndAdd cost %s ns per increment, counting apart and merging once %s ns: sharing the counter is what costs.",
                    Formats.number(nanosPerIncrement(atomic.get())), Formats.number(nanosPerIncrement(merged.get()))));
        }
        return sentences;
    }

    private static double lostFraction(ModeCell c, boolean min) {
        List<Number> fractions = c.runs().stream()
                .filter(r -> r.lostUpdates() != null && r.completed() > 0)
                .map(r -> (Number) (r.lostUpdates() / (r.completed() * (double) c.longParam("increments", 1))))
                .toList();
        return min ? Stats.min(fractions) : Stats.max(fractions);
    }

    static double nanosPerIncrement(ModeCell c) {
        double increments = c.tasks() * (double) c.longParam("increments", 0);
        return increments > 0 && c.wall() > 0 ? c.wall() * 1e9 / increments : Double.NaN;
    }

    /**
     * The way of updating, the same name for the mapped counter and the heap counter where they
     * do the same thing ({@code plain} and {@code none}, {@code atomic} and {@code atomic}).
     */
    static String update(ModeCell c) {
        String u = c.param("update");
        String lock = c.param("lock");
        String key = u != null ? u : lock != null ? lock : "";
        return switch (key) {
            case "plain", "none" -> RMW;
            case "atomic" -> ATOMIC;
            case "local" -> MERGED;
            case "adder" -> "LongAdder cells";
            default -> key;
        };
    }

    /** Where the counter was, and who added to it. */
    static String place(ModeCell c) {
        if (c.mode().startsWith("child-jvms")) {
            return ModeNames.boundValue(c.mode()) + " child JVMs on a mapped file";
        }
        String who = c.runs().get(0).concurrency() + " threads";
        return c.param("update") != null ? who + " on a direct buffer" : who + " on a heap field";
    }

    private static String processes(ExperimentRuns runs) {
        return runs.cells().stream()
                .filter(c -> c.mode().startsWith("child-jvms"))
                .map(SharedMemoryCounterSection::place)
                .findFirst()
                .orElse("");
    }

    private static List<String> updates(List<ModeCell> cells) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        cells.forEach(c -> set.add(update(c)));
        return List.copyOf(set);
    }

    private static List<String> places(List<ModeCell> cells) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        cells.forEach(c -> set.add(place(c)));
        return List.copyOf(set);
    }

    private static Optional<ModeCell> cell(ExperimentRuns runs, String update, String place) {
        return runs.cells().stream()
                .filter(c -> update(c).equals(update) && place(c).equals(place))
                .findFirst();
    }
}
