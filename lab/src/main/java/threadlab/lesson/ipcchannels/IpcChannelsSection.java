package threadlab.lesson.ipcchannels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.Claim;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.Ranking;
import threadlab.report.SectionRenderer;
import threadlab.report.Sentences;

/**
 * {@code ipc-channels}: one chart of the small message's round trip per channel (p50, p90, p99 in
 * microseconds, log scale: the channels differ by orders of magnitude), one of the large message's
 * throughput per channel. The conclusions ({@link RoundTripSentences}) say where the two ends'
 * placement on the cores moved a round trip, rank the channels by median round trip against pipes
 * and the in-process hand-off within each placement, name the fastest for bulk bytes where the
 * spreads allow, and say which channel was absent.
 */
public final class IpcChannelsSection implements SectionRenderer {

    private static final String PREFIX = "echo:";

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<ChartImage> charts = new ArrayList<>();
        smallest(runs).ifPresent(cells -> {
            List<ModeCell> measured =
                    cells.stream().filter(c -> !Double.isNaN(c.p50())).toList();
            if (measured.isEmpty()) {
                return;
            }
            CategoryChart chart = Charts.bars(
                    String.format("%s: round trip of one %s message", runs.id(), size(measured.get(0))),
                    "channel",
                    "round trip µs (median over repeats)");
            List<String> names =
                    measured.stream().map(IpcChannelsSection::channel).toList();
            chart.addSeries(
                            "p50",
                            names,
                            measured.stream().map(c -> (Number) micros(c.p50())).toList())
                    .setFillColor(Charts.STEPS.get(0));
            chart.addSeries(
                            "p90",
                            names,
                            measured.stream().map(c -> (Number) micros(c.p90())).toList())
                    .setFillColor(Charts.PLAIN);
            chart.addSeries(
                            "p99",
                            names,
                            measured.stream().map(c -> (Number) micros(c.p99())).toList())
                    .setFillColor(Charts.STEPS.get(2));
            Charts.logY(chart.getStyler());
            chart.getStyler().setYAxisMin(0.1);
            charts.add(Charts.png(
                    Charts.slug(runs.id() + "-round-trip") + ".png",
                    "Round trip of one small message to the peer and back, per channel: p50, p90 and p99 in microseconds (log scale;"
                            + " latencies are recorded to the microsecond: a bar at 0.5 µs means under 1 µs).",
                    chart));
        });
        largest(runs).ifPresent(cells -> {
            List<ModeCell> measured =
                    cells.stream().filter(c -> megabytesPerSecond(c) > 0).toList();
            if (measured.isEmpty()) {
                return;
            }
            CategoryChart chart = Charts.bars(
                    String.format("%s: %s messages, throughput", runs.id(), size(measured.get(0))),
                    "channel",
                    "MB/s each way (median)");
            chart.addSeries(
                            "MB/s",
                            measured.stream().map(IpcChannelsSection::channel).toList(),
                            measured.stream()
                                    .map(c -> (Number) megabytesPerSecond(c))
                                    .toList())
                    .setFillColor(Charts.PLAIN);
            chart.getStyler().setLegendVisible(false);
            charts.add(Charts.png(
                    Charts.slug(runs.id() + "-throughput") + ".png",
                    "Message bytes delivered per second, each way, one echoed message at a time (each crosses the channel twice).",
                    chart));
        });
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        smallest(runs).ifPresent(cells -> sentences.addAll(RoundTripSentences.of(cells)));
        largest(runs).ifPresent(cells -> sentences.addAll(bulk(cells)));
        List<String> absent = runs.cells().stream()
                .filter(c -> c.runs().stream().allMatch(r -> r.completed() == 0))
                .map(IpcChannelsSection::channel)
                .distinct()
                .toList();
        if (!absent.isEmpty()) {
            sentences.add("Not measured on this machine (not available, or every run failed): " + Sentences.list(absent)
                    + ".");
        }
        return sentences;
    }

    /**
     * Per placement of the ends ({@link EndsPlacement}): the fastest channel between two JVMs for
     * the large message, or the channels no measurement here tells apart, with pipes for scale.
     */
    private static List<String> bulk(List<ModeCell> cells) {
        List<ModeCell> between = cells.stream()
                .filter(c -> megabytesPerSecond(c) > 0
                        && c.errors().isEmpty()
                        && !channel(c).equals("in-process-thread"))
                .toList();
        List<String> sentences = new ArrayList<>();
        EndsPlacement.group(between).forEach((placement, group) -> {
            List<ModeCell> ranked = group.stream()
                    .sorted(Comparator.comparingDouble(IpcChannelsSection::megabytesPerSecond)
                            .reversed())
                    .toList();
            List<ModeCell> best =
                    Ranking.tiers(ranked, ModeCell::throughputSpread).get(0);
            List<String> named = best.stream()
                    .map(c -> String.format(
                            "%s, %s MB/s each way (%s)",
                            channel(c),
                            Formats.number(megabytesPerSecond(c)),
                            RoundTripSentences.runs(c.runs().size())))
                    .toList();
            String sentence = best.size() == 1
                    ? String.format(
                            "With %s messages%s, the fastest channel between two JVMs was %s",
                            size(best.get(0)), placement.clause(), named.get(0))
                    : String.format(
                            "With %s messages%s, the fastest channels between two JVMs were %s: %s between them",
                            size(best.get(0)), placement.clause(), Sentences.list(named), Claim.NO_DIFFERENCE);
            Optional<ModeCell> pipe = find(group, "pipe").filter(p -> !best.contains(p));
            if (best.size() == 1 && pipe.isPresent()) {
                sentence += String.format(
                        ", %s pipes' %s MB/s",
                        Formats.times(megabytesPerSecond(best.get(0)) / megabytesPerSecond(pipe.get())),
                        Formats.number(megabytesPerSecond(pipe.get())));
            }
            sentences.add(sentence + ".");
        });
        return sentences;
    }

    /** A latency in ms as microseconds for the chart; under the 1 µs resolution drawn as 0.5. */
    private static double micros(double ms) {
        return ms * 1000 < 1 ? 0.5 : ms * 1000;
    }

    static String channel(ModeCell c) {
        return c.mode().startsWith(PREFIX) ? c.mode().substring(PREFIX.length()) : c.mode();
    }

    /** "8-byte", "64 KiB". */
    static String size(ModeCell c) {
        long b = bytes(c);
        return b >= 1024 && b % 1024 == 0 ? (b / 1024) + " KiB" : b + "-byte";
    }

    private static long bytes(ModeCell c) {
        return c.longParam("bytes", 0);
    }

    private static double megabytesPerSecond(ModeCell c) {
        return c.throughput() * bytes(c) / 1e6;
    }

    private static Optional<ModeCell> find(List<ModeCell> cells, String channel) {
        return cells.stream().filter(c -> channel(c).equals(channel)).findFirst();
    }

    private static Optional<List<ModeCell>> smallest(ExperimentRuns runs) {
        return runs.byWorkload().values().stream().min(Comparator.comparingLong(cells -> bytes(cells.get(0))));
    }

    private static Optional<List<ModeCell>> largest(ExperimentRuns runs) {
        return runs.byWorkload().values().stream()
                .filter(cells -> runs.byWorkload().size() > 1)
                .max(Comparator.comparingLong(cells -> bytes(cells.get(0))));
    }
}
