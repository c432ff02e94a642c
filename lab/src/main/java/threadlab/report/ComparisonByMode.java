package threadlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import threadlab.report.Comparison.Pair;

/**
 * The first section of a {@link Comparison}: B's throughput over A's, mode by mode, as the median
 * ratio over every cell both runs measured, with its range, and which mode gained or lost most.
 */
final class ComparisonByMode {

    private ComparisonByMode() {}

    static Section section(List<Pair> pairs) {
        Map<String, List<Pair>> byMode = new LinkedHashMap<>();
        pairs.forEach(p ->
                byMode.computeIfAbsent(p.a().mode(), k -> new ArrayList<>()).add(p));
        List<List<String>> rows = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        List<Number> ratios = new ArrayList<>();
        byMode.forEach((mode, ps) -> {
            List<Number> r = ps.stream().map(p -> (Number) p.throughputRatio()).toList();
            rows.add(List.of(
                    mode,
                    Integer.toString(ps.size()),
                    Long.toString(ps.stream().filter(Pair::withinNoise).count()),
                    Formats.times(Stats.median(r)),
                    Formats.times(Stats.min(r)) + ".." + Formats.times(Stats.max(r))));
            modes.add(mode);
            ratios.add(Stats.median(r));
        });
        CategoryChart chart =
                Charts.bars("Throughput of B over A, per mode (median over cells)", "mode", "B / A throughput (×)");
        CategorySeries s = chart.addSeries(
                "B / A",
                modes,
                ratios.stream()
                        .map(n -> (Number) (Double.isNaN(n.doubleValue()) ? 0 : n))
                        .toList());
        s.setFillColor(Charts.PLAIN);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        if (modes.size() > 4) {
            chart.getStyler().setXAxisLabelRotation(20);
        }
        Table table = new Table(
                "Throughput of B over A per mode: the median ratio over every cell both runs measured, and its range;"
                        + " cells within noise are those whose ranges over repeats overlap in A and B.",
                List.of("mode", "cells", "within noise", "B / A throughput", "range"),
                rows);
        String best = byMode.keySet().stream()
                .max(Comparator.comparingDouble(m -> medianRatio(byMode.get(m))))
                .orElseThrow();
        String worst = byMode.keySet().stream()
                .min(Comparator.comparingDouble(m -> medianRatio(byMode.get(m))))
                .orElseThrow();
        List<String> conclusions = new ArrayList<>();
        conclusions.add(String.format(
                "Over %d cells measured in both runs, B's throughput was a median %s A's.",
                pairs.size(),
                Formats.times(Stats.median(
                        pairs.stream().map(p -> (Number) p.throughputRatio()).toList()))));
        conclusions.add(Comparison.noise(pairs));
        if (!best.equals(worst)) {
            conclusions.add(String.format(
                    "Per mode it ranged from %s for %s to %s for %s.",
                    Formats.times(medianRatio(byMode.get(worst))),
                    ModeNames.describe(worst),
                    Formats.times(medianRatio(byMode.get(best))),
                    ModeNames.describe(best)));
        }
        return new Section(
                "by-mode",
                "Ratios per mode",
                "B against A, mode by mode, over every experiment both runs have.",
                List.of(Charts.png(
                        "compare-by-mode.png",
                        "Median throughput ratio B / A per mode; above 1, B was faster.",
                        chart)),
                List.of(table),
                conclusions,
                List.of());
    }

    private static double medianRatio(List<Pair> pairs) {
        return Stats.median(
                pairs.stream().map(p -> (Number) p.throughputRatio()).toList());
    }
}
