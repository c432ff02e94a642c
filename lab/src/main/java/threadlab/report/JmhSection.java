package threadlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * The JMH section: score ± error per benchmark, mode and params, as a table and as bar charts
 * with error bars (one chart per mode and unit, since scores in different units do not share an
 * axis). The conclusions compare the methods of each benchmark class and flag noisy scores.
 */
final class JmhSection {

    static final String ID = "jmh";
    static final String TITLE = "JMH benchmarks";
    /** An error above this share of the score makes the score noise, not a measurement. */
    private static final double NOISY = 0.5;

    private JmhSection() {}

    static Section of(RunFolder folder) {
        return switch (folder.jmhStatus()) {
            case ABSENT -> Section.empty(ID, TITLE, "Not run: no " + JmhScore.FILE + " in the run folder.");
            case BROKEN -> Section.empty(ID, TITLE, "Not shown: " + JmhScore.FILE + " could not be read (see the problems above).");
            case READ -> folder.jmh().isEmpty() ? Section.empty(ID, TITLE, JmhScore.FILE + " holds no results.") : render(folder.jmh());
        };
    }

    private static Section render(List<JmhScore> all) {
        List<List<String>> rows = new ArrayList<>();
        for (JmhScore s : all) {
            rows.add(s.notMeasured() ? List.of(s.shortName(), s.mode(), s.paramText(), NotMeasured.LABEL, Formats.MISSING, s.unit())
                    : List.of(s.shortName(), s.mode(), s.paramText(), Formats.number(s.score()),
                            Double.isNaN(s.error()) ? Formats.MISSING : "± " + Formats.number(s.error()), s.unit()));
        }
        List<JmhScore> scores = all.stream().filter(s -> !s.notMeasured()).toList();
        List<String> absent = all.stream().filter(JmhScore::notMeasured)
                .map(s -> s.shortName() + (s.params().isEmpty() ? "" : " [" + s.paramText() + "]")).toList();
        Table table = new Table("Primary score per benchmark (JMH's 99.9% confidence error; - where JMH gave none).",
                List.of("benchmark", "mode", "params", "score", "error", "unit"), rows);
        List<String> conclusions = new ArrayList<>(conclusions(scores));
        if (!absent.isEmpty()) {
            conclusions.add("Not measured here (this machine lacks what they need; their scores time an empty call): "
                    + Sentences.list(absent) + ".");
        }
        return new Section(ID, TITLE, "Microbenchmarks from the benchmarks module, read from " + JmhScore.FILE + ".",
                charts(scores), List.of(table), conclusions, List.of());
    }

    private static List<ChartImage> charts(List<JmhScore> scores) {
        Map<String, List<JmhScore>> byUnit = new LinkedHashMap<>();
        scores.forEach(s -> byUnit.computeIfAbsent(s.mode() + " (" + s.unit() + ")", k -> new ArrayList<>()).add(s));
        List<ChartImage> charts = new ArrayList<>();
        byUnit.forEach((unit, group) -> {
            CategoryChart chart = Charts.bars("JMH " + unit, "benchmark", unit);
            List<String> labels = group.stream().map(s -> s.shortName() + (s.params().isEmpty() ? "" : " [" + s.paramText() + "]")).toList();
            CategorySeries series = chart.addSeries("score", labels, group.stream().map(s -> (Number) s.score()).toList(),
                    group.stream().map(s -> (Number) (Double.isNaN(s.error()) ? 0.0 : s.error())).toList());
            series.setFillColor(new java.awt.Color(0x6BAED6));
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setXAxisLabelRotation(labels.size() > 3 ? 30 : 0);
            chart.getStyler().setYAxisMin(0.0);
            charts.add(Charts.png(Charts.slug("jmh-" + unit) + ".png",
                    "JMH score per benchmark in " + unit + "; the whiskers are the score error.", chart));
        });
        return charts;
    }

    private static List<String> conclusions(List<JmhScore> scores) {
        List<String> sentences = new ArrayList<>();
        Map<String, List<JmhScore>> byClass = new LinkedHashMap<>();
        scores.forEach(s -> byClass.computeIfAbsent(s.className() + "\u0000" + s.mode() + "\u0000" + s.unit() + "\u0000" + s.paramText(),
                k -> new ArrayList<>()).add(s));
        byClass.values().stream().filter(g -> g.size() > 1).forEach(group -> {
            JmhScore first = group.get(0);
            Comparator<JmhScore> better = Comparator.comparingDouble(JmhScore::score);
            if (!first.higherIsBetter()) {
                better = better.reversed();
            }
            JmhScore best = group.stream().max(better).get();
            JmhScore worst = group.stream().min(better).get();
            double ratio = first.higherIsBetter() ? best.score() / worst.score() : worst.score() / best.score();
            if (overlap(best, worst)) {
                sentences.add(String.format("%s%s: %s (%s %s) and %s (%s %s) are within each other's error: no winner.", first.className(),
                        first.params().isEmpty() ? "" : " [" + first.paramText() + "]", method(best), Formats.number(best.score()),
                        best.unit(), method(worst), Formats.number(worst.score()), worst.unit()));
                return;
            }
            sentences.add(String.format("%s%s: %s was best (%s %s), %s better than %s (%s %s).", first.className(),
                    first.params().isEmpty() ? "" : " [" + first.paramText() + "]", method(best), Formats.number(best.score()),
                    best.unit(), Formats.times(ratio), method(worst), Formats.number(worst.score()), worst.unit()));
        });
        List<String> noisy = scores.stream().filter(s -> s.error() > NOISY * Math.abs(s.score()))
                .map(JmhScore::shortName).distinct().toList();
        if (!noisy.isEmpty()) {
            sentences.add("Errors above half the score (noise, not a result): " + Sentences.list(noisy) + ".");
        }
        if (sentences.isEmpty()) {
            sentences.add(String.format("%d benchmark result(s); no class had two methods to compare.", scores.size()));
        }
        return sentences;
    }

    /** Whether the two scores' error intervals meet (a missing error counts as none). */
    private static boolean overlap(JmhScore x, JmhScore y) {
        double ex = Double.isNaN(x.error()) ? 0 : x.error();
        double ey = Double.isNaN(y.error()) ? 0 : y.error();
        return Math.abs(x.score() - y.score()) <= ex + ey;
    }

    private static String method(JmhScore s) {
        return s.benchmark().substring(s.benchmark().lastIndexOf('.') + 1);
    }
}
