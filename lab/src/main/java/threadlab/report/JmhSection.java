package threadlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * The JMH section: score ± error per benchmark, mode and params, with the settings each ran
 * with, as a table and as bar charts with error bars (one chart per mode and unit, since scores
 * in different units do not share an axis).
 *
 * <p>A smoke pass ({@link JmhScore#smoke()}, what {@code mvn verify} runs) is labelled "smoke:
 * not a result" and nothing in it is compared. Among real results, the conclusions compare the
 * methods of each benchmark class, and every score whose error is above half of it, or whose
 * forks disagree, is flagged, with each fork's iteration scores in a table of their own.
 */
final class JmhSection {

    static final String ID = "jmh";
    static final String TITLE = "JMH benchmarks";
    static final String SMOKE = "smoke: not a result";

    private JmhSection() {}

    static Section of(RunFolder folder) {
        return switch (folder.jmhStatus()) {
            case ABSENT -> Section.empty(ID, TITLE, "Not run: no " + JmhScore.FILE + " in the run folder.");
            case BROKEN ->
                Section.empty(
                        ID, TITLE, "Not shown: " + JmhScore.FILE + " could not be read (see the problems above).");
            case READ ->
                folder.jmh().isEmpty()
                        ? Section.empty(ID, TITLE, JmhScore.FILE + " holds no results.")
                        : render(folder.jmh());
        };
    }

    static Section render(List<JmhScore> all) {
        List<List<String>> rows = new ArrayList<>();
        for (JmhScore s : all) {
            List<String> flags = new ArrayList<>(s.smoke() ? List.of(SMOKE) : s.flags());
            rows.add(
                    s.notMeasured()
                            ? List.of(
                                    s.shortName(),
                                    s.mode(),
                                    s.paramText(),
                                    s.settings().text(),
                                    NotMeasured.LABEL,
                                    Formats.MISSING,
                                    s.unit(),
                                    "")
                            : List.of(
                                    s.shortName(),
                                    s.mode(),
                                    s.paramText(),
                                    s.settings().text(),
                                    Formats.number(s.score()),
                                    Double.isNaN(s.error()) ? Formats.MISSING : "± " + Formats.number(s.error()),
                                    s.unit(),
                                    flags.isEmpty() ? "" : String.join("; ", flags)));
        }
        List<JmhScore> scores = all.stream().filter(s -> !s.notMeasured()).toList();
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(
                "Primary score per benchmark (JMH's 99.9% confidence error; - where JMH gave none), "
                        + "with the forks, iterations and times it ran with.",
                List.of("benchmark", "mode", "params", "settings", "score", "error", "unit", "flags"), rows));
        List<JmhScore> flagged =
                scores.stream().filter(s -> !s.smoke() && !s.flags().isEmpty()).toList();
        if (!flagged.isEmpty()) {
            tables.add(new Table(
                    "Each fork's iteration scores, for the flagged results: read these, not the mean.",
                    List.of("benchmark", "params", "flags", "unit", "iterations per fork"),
                    flagged.stream()
                            .map(s -> List.of(
                                    s.shortName(), s.paramText(), String.join("; ", s.flags()), s.unit(), s.forkText()))
                            .toList()));
        }
        boolean allSmoke = scores.stream().allMatch(JmhScore::smoke);
        String intro = "Microbenchmarks from the benchmarks module, read from " + JmhScore.FILE + "."
                + (allSmoke ? " A smoke pass: it shows that every benchmark runs; its numbers are not results." : "");
        List<String> conclusions = new ArrayList<>(conclusions(scores));
        List<String> absent = all.stream()
                .filter(JmhScore::notMeasured)
                .map(s -> s.shortName() + (s.params().isEmpty() ? "" : " [" + s.paramText() + "]"))
                .toList();
        if (!absent.isEmpty()) {
            conclusions.add("Not measured here (this machine lacks what they need; their scores time an empty call): "
                    + Sentences.list(absent) + ".");
        }
        return new Section(ID, TITLE, intro, charts(scores), tables, conclusions, List.of());
    }

    private static List<ChartImage> charts(List<JmhScore> scores) {
        Map<String, List<JmhScore>> byUnit = new LinkedHashMap<>();
        scores.forEach(s -> byUnit.computeIfAbsent(s.mode() + " (" + s.unit() + ")", k -> new ArrayList<>())
                .add(s));
        List<ChartImage> charts = new ArrayList<>();
        byUnit.forEach((unit, group) -> {
            boolean smoke = group.stream().allMatch(JmhScore::smoke);
            CategoryChart chart = Charts.bars("JMH " + unit + (smoke ? ", " + SMOKE : ""), "benchmark", unit);
            List<String> labels = group.stream()
                    .map(s -> s.shortName() + (s.params().isEmpty() ? "" : " [" + s.paramText() + "]"))
                    .toList();
            CategorySeries series = chart.addSeries(
                    "score",
                    labels,
                    group.stream().map(s -> (Number) s.score()).toList(),
                    group.stream()
                            .map(s -> (Number) (Double.isNaN(s.error()) ? 0.0 : s.error()))
                            .toList());
            series.setFillColor(smoke ? Charts.MUTED : Charts.PLAIN);
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setXAxisLabelRotation(labels.size() > 3 ? 30 : 0);
            chart.getStyler().setYAxisMin(0.0);
            charts.add(Charts.png(
                    Charts.slug("jmh-" + unit) + ".png",
                    "JMH score per benchmark in " + unit + "; the whiskers are the score error."
                            + (smoke ? " Smoke pass: not a result." : ""),
                    chart));
        });
        return charts;
    }

    private static List<String> conclusions(List<JmhScore> scores) {
        List<String> sentences = new ArrayList<>();
        List<JmhScore> smoke = scores.stream().filter(JmhScore::smoke).toList();
        if (!smoke.isEmpty()) {
            List<String> settings =
                    smoke.stream().map(s -> s.settings().text()).distinct().toList();
            sentences.add(String.format(
                    "Smoke pass (%s), %d result(s): %s. They show that the benchmarks run; "
                            + "none is compared with another.",
                    Sentences.list(settings), smoke.size(), SMOKE));
        }
        List<JmhScore> results = scores.stream().filter(s -> !s.smoke()).toList();
        compare(results, sentences);
        for (JmhScore s : results) {
            if (!s.flags().isEmpty()) {
                sentences.add(String.format(
                        "%s%s: %s (%s %s over %d forks); each fork: %s.",
                        s.shortName(),
                        s.params().isEmpty() ? "" : " [" + s.paramText() + "]",
                        String.join(" and ", s.flags()),
                        Formats.number(s.score()),
                        s.unit(),
                        s.forkValues().size(),
                        s.forkText()));
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(String.format("%d benchmark result(s); no class had two methods to compare.", scores.size()));
        }
        return sentences;
    }

    /** Best against worst among the methods of one class, mode, unit and params, unless their errors meet. */
    private static void compare(List<JmhScore> results, List<String> sentences) {
        Map<String, List<JmhScore>> byClass = new LinkedHashMap<>();
        results.forEach(s -> byClass.computeIfAbsent(
                        s.className() + "\u0000" + s.mode() + "\u0000" + s.unit() + "\u0000" + s.paramText(),
                        k -> new ArrayList<>())
                .add(s));
        byClass.values().stream().filter(g -> g.size() > 1).forEach(group -> {
            JmhScore first = group.get(0);
            Comparator<JmhScore> better = Comparator.comparingDouble(JmhScore::score);
            if (!first.higherIsBetter()) {
                better = better.reversed();
            }
            JmhScore best = group.stream().max(better).get();
            JmhScore worst = group.stream().min(better).get();
            double ratio = first.higherIsBetter() ? best.score() / worst.score() : worst.score() / best.score();
            String where = first.className() + (first.params().isEmpty() ? "" : " [" + first.paramText() + "]");
            if (overlap(best, worst)) {
                sentences.add(String.format(
                        "%s: %s (%s %s) and %s (%s %s) are within each other's error: no winner.",
                        where,
                        best.method(),
                        Formats.number(best.score()),
                        best.unit(),
                        worst.method(),
                        Formats.number(worst.score()),
                        worst.unit()));
                return;
            }
            sentences.add(String.format(
                    "%s: %s was best (%s %s), %s better than %s (%s %s).",
                    where,
                    best.method(),
                    Formats.number(best.score()),
                    best.unit(),
                    Formats.times(ratio),
                    worst.method(),
                    Formats.number(worst.score()),
                    worst.unit()));
        });
    }

    /** Whether the two scores' error intervals meet (a missing error counts as none). */
    private static boolean overlap(JmhScore x, JmhScore y) {
        double ex = Double.isNaN(x.error()) ? 0 : x.error();
        double ey = Double.isNaN(y.error()) ? 0 : y.error();
        return Math.abs(x.score() - y.score()) <= ex + ey;
    }
}
