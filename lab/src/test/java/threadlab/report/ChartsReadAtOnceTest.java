package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.chartpart.TickLabels;
import org.knowm.xchart.style.AxesChartStyler;
import threadlab.result.RunResult;

/**
 * Every chart of a rendered report, read as XChart drew it (through {@link Charts#inspect}, after
 * the chart was rendered): labelled ticks on every axis, log or not (a log axis over less than
 * two decades labels the steps between its decades); a unit in the title of every numeric axis;
 * and no title, legend entry, category or tick label that reads like a raw mode id
 * ({@code async:1000}, {@code platform-pool:200}) rather than the catalog's words for it.
 */
class ChartsReadAtOnceTest {

    /** A mode id as results write it: {@code platform-pool:200}, {@code async:1000}, or a bare hyphenated family. */
    static final Pattern RAW_ID = Pattern.compile(
            "\\b[a-z]+(-[a-z]+)*:\\d[\\d_]*\\b|\\b(platform-pool|platform-per-task|process-pool|process-per-task"
                    + "|virtual-bounded|jdk-virtual-loop|forkjoin)\\b");

    /** A unit, or what a count counts, in an axis title. */
    static final Pattern UNIT = Pattern.compile(
            "(\\bs\\b|\\bms\\b|µs|microseconds|\\bns\\b|/s\\b|/op\\b|%|\\bMB\\b|\\bKB\\b|bytes|×|\\bx\\b|tasks|workers|events"
                    + "|increments|carriers|threads|cores|samples|ops|runs)");

    @TempDir
    Path temp;

    @Test
    void everyChartOfAReportHasLabelledTicksAxisUnitsAndTheCatalogsWordsForModes() throws Exception {
        List<RunResult> runs = new ArrayList<>(Fixtures.everyExperiment());
        runs.addAll(syncVsAsync());
        Path dir = Fixtures.writeRun(temp, "every", runs);
        Fixtures.copyResource("fixture", dir);
        List<Chart<?, ?>> seen = new ArrayList<>();

        Path html;
        try (AutoCloseable watching = Charts.inspect(seen::add)) {
            html = Reports.write(dir);
        }

        assertThat(captions(java.nio.file.Files.readString(html)))
                .isNotEmpty()
                .noneMatch(c -> RAW_ID.matcher(c).find());

        assertThat(seen).hasSizeGreaterThanOrEqualTo(10);
        SoftAssertions soft = new SoftAssertions();
        for (Chart<?, ?> chart : seen) {
            String name = "chart '" + chart.getTitle() + "'";
            AxesChartStyler styler = (AxesChartStyler) chart.getStyler();
            List<String> labels =
                    new ArrayList<>(List.of(chart.getTitle(), chart.getXAxisTitle(), chart.getYAxisTitle()));
            chart.getSeriesMap().values().forEach(series -> labels.add(series.getLabel()));
            List<String> xTicks = TickLabels.x(chart);
            List<String> yTicks = TickLabels.y(chart);
            labels.addAll(xTicks);
            labels.addAll(yTicks);

            soft.assertThat(chart.getXAxisTitle()).as("%s: x axis title", name).isNotBlank();
            soft.assertThat(chart.getYAxisTitle()).as("%s: y axis title", name).containsPattern(UNIT);
            if (!(chart instanceof CategoryChart)) {
                soft.assertThat(chart.getXAxisTitle())
                        .as("%s: x axis title", name)
                        .containsPattern(UNIT);
            }
            if (chart instanceof CategoryChart) {
                soft.assertThat(labelled(xTicks))
                        .as("%s: labelled categories", name)
                        .isNotEmpty();
            } else {
                soft.assertThat(labelled(xTicks))
                        .as("%s: labelled x ticks (log: %s)", name, styler.isXAxisLogarithmic())
                        .hasSizeGreaterThanOrEqualTo(enough(xs(chart), styler.isXAxisLogarithmic()));
            }
            soft.assertThat(labelled(yTicks))
                    .as("%s: labelled y ticks (log: %s)", name, styler.isYAxisLogarithmic())
                    .hasSizeGreaterThanOrEqualTo(enough(ys(chart), styler.isYAxisLogarithmic()));
            soft.assertThat(labels)
                    .as("%s: its labels", name)
                    .noneMatch(l -> l != null && RAW_ID.matcher(l).find());
        }
        soft.assertAll();
    }

    @Test
    void aLogAxisWithinOneDecadeLabelsTheStepsBetween() {
        var chart = Charts.xy("within a decade", "tasks", "tasks/s");
        Charts.logX(chart.getStyler(), 2_000, 9_000);
        Charts.logY(chart.getStyler());
        chart.addSeries("virtual threads", new double[] {2_000, 5_000, 9_000}, new double[] {1_900, 4_700, 8_100});
        List<Chart<?, ?>> seen = new ArrayList<>();

        try (AutoCloseable watching = Charts.inspect(seen::add)) {
            Charts.png("x.png", "x", chart);
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThat(TickLabels.x(seen.get(0)).stream().filter(t -> t != null && !t.isBlank()))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(TickLabels.y(seen.get(0)).stream().filter(t -> t != null && !t.isBlank()))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    /** The text of every chart caption of a page. */
    static List<String> captions(String html) {
        List<String> captions = new ArrayList<>();
        var m = Pattern.compile("<figcaption>(.*?)</figcaption>", Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            captions.add(m.group(1));
        }
        return captions;
    }

    private static List<String> labelled(List<String> ticks) {
        return ticks.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    /**
     * How many labelled ticks an axis over these values needs: two, to read a scale from (one
     * where all the values are one); on a log axis over less than a decade, three.
     */
    private static int enough(double[] values, boolean log) {
        double[] shown = Arrays.stream(values)
                .filter(v -> Double.isFinite(v) && (!log || v > 0))
                .distinct()
                .toArray();
        if (shown.length < 2) {
            return 1;
        }
        double min = Arrays.stream(shown).min().getAsDouble();
        double max = Arrays.stream(shown).max().getAsDouble();
        return log && max / min < 10 ? 3 : 2;
    }

    private static double[] xs(Chart<?, ?> chart) {
        return ((XYChart) chart)
                .getSeriesMap().values().stream()
                        .flatMapToDouble(s -> Arrays.stream(s.getXData()))
                        .toArray();
    }

    private static double[] ys(Chart<?, ?> chart) {
        if (chart instanceof XYChart xy) {
            return xy.getSeriesMap().values().stream()
                    .flatMapToDouble(s -> Arrays.stream(s.getYData()))
                    .toArray();
        }
        return ((CategoryChart) chart)
                .getSeriesMap().values().stream()
                        .flatMap(s -> s.getYData().stream())
                        .filter(java.util.Objects::nonNull)
                        .mapToDouble(Number::doubleValue)
                        .toArray();
    }

    /** sync-vs-async as its quick run records it: async callbacks, virtual threads and a pool, over a sweep. */
    private static List<RunResult> syncVsAsync() {
        List<RunResult> runs = new ArrayList<>();
        for (int tasks : new int[] {100, 1_000, 10_000}) {
            runs.add(SyntheticRuns.io("sync-vs-async", "sleep:ms=100", 0.1, "async:1000", tasks, tasks, 0.11));
            runs.add(SyntheticRuns.io("sync-vs-async", "sleep:ms=100", 0.1, "virtual", tasks, tasks, 0.12));
            int pool = Math.min(tasks, 500);
            runs.add(SyntheticRuns.io(
                    "sync-vs-async", "sleep:ms=100", 0.1, "platform-pool:" + pool, tasks, pool, 0.1 * tasks / pool));
        }
        return runs;
    }
}
