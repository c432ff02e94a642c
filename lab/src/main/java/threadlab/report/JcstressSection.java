package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * The jcstress section: per test, its verdict and every outcome with its expectation, sample count
 * and frequency; a stacked chart of each test's samples by expectation. The gate is that no
 * forbidden outcome was seen: the conclusions say whether it held and which tests showed their
 * interesting outcome.
 */
final class JcstressSection {

    static final String ID = "jcstress";
    static final String TITLE = "jcstress stress tests";

    private JcstressSection() {}

    static Section of(RunFolder folder) {
        return switch (folder.jcstressStatus()) {
            case ABSENT -> Section.empty(ID, TITLE, "Not run: no " + JcstressSummary.FILE + " in the run folder.");
            case BROKEN ->
                Section.empty(
                        ID,
                        TITLE,
                        "Not shown: " + JcstressSummary.FILE + " could not be read (see the problems above).");
            case READ ->
                folder.jcstress().tests().isEmpty()
                        ? Section.empty(ID, TITLE, JcstressSummary.FILE + " lists no tests.")
                        : render(folder.jcstress());
        };
    }

    private static Section render(JcstressSummary summary) {
        List<JcstressSummary.Test> tests = summary.tests();
        List<List<String>> verdicts = new ArrayList<>();
        List<List<String>> outcomes = new ArrayList<>();
        for (JcstressSummary.Test t : tests) {
            long total = t.samples();
            verdicts.add(List.of(
                    t.shortName(),
                    Formats.orMissing(t.family()),
                    Formats.orMissing(t.verdict()),
                    Formats.count(total),
                    Formats.count(t.samples(JcstressSummary.FORBIDDEN)),
                    Formats.count(t.samples(JcstressSummary.INTERESTING))));
            for (JcstressSummary.Outcome o : t.outcomes() == null ? List.<JcstressSummary.Outcome>of() : t.outcomes()) {
                outcomes.add(List.of(
                        t.shortName(),
                        Formats.orMissing(o.outcome()),
                        Formats.orMissing(o.expect()),
                        Formats.count(o.samples()),
                        total == 0 ? Formats.MISSING : Formats.percent((double) o.samples() / total),
                        Formats.orMissing(o.desc())));
            }
        }
        List<Table> tables = List.of(
                new Table(
                        "Verdict per test; the gate is forbidden = 0.",
                        List.of("test", "family", "verdict", "samples", "forbidden", "interesting"),
                        verdicts),
                new Table(
                        "Every outcome observed.",
                        List.of("test", "outcome", "expect", "samples", "frequency", "description"),
                        outcomes));
        String intro = String.format(
                "Concurrency stress tests from the stress-tests module (%s mode, JDK %s, %s cores), read from %s.",
                Formats.orMissing(summary.mode()),
                Formats.orMissing(summary.jdk()),
                Formats.orMissing(summary.cores()),
                JcstressSummary.FILE);
        return new Section(ID, TITLE, intro, List.of(chart(tests)), tables, conclusions(tests), List.of());
    }

    private static ChartImage chart(List<JcstressSummary.Test> tests) {
        CategoryChart chart = Charts.bars("jcstress: samples by expectation", "test", "% of samples");
        chart.getStyler().setStacked(true);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setYAxisMin(0.0);
        List<String> names = tests.stream().map(JcstressSummary.Test::shortName).toList();
        String[][] kinds = {
            {"ACCEPTABLE", "acceptable"},
            {JcstressSummary.INTERESTING, "interesting"},
            {JcstressSummary.FORBIDDEN, "forbidden"}
        };
        java.awt.Color[] colours = {
            new java.awt.Color(0x9ECAE1), new java.awt.Color(0xFDAE6B), new java.awt.Color(0xD62728)
        };
        for (int i = 0; i < kinds.length; i++) {
            String kind = kinds[i][0];
            CategorySeries s = chart.addSeries(
                    kinds[i][1],
                    names,
                    tests.stream()
                            .map(t -> (Number) (t.samples() == 0 ? 0.0 : 100.0 * t.samples(kind) / t.samples()))
                            .toList());
            s.setFillColor(colours[i]);
        }
        chart.getStyler().setXAxisLabelRotation(names.size() > 3 ? 25 : 0);
        return Charts.png(
                "jcstress-outcomes.png",
                "Share of each test's samples per expectation: red would be a forbidden outcome seen.",
                chart);
    }

    private static List<String> conclusions(List<JcstressSummary.Test> tests) {
        List<String> sentences = new ArrayList<>();
        long ok = tests.stream().filter(t -> "OK".equals(t.verdict())).count();
        List<String> notOk = tests.stream()
                .filter(t -> !"OK".equals(t.verdict()))
                .map(t -> t.shortName() + " (" + Formats.orMissing(t.verdict()) + ")")
                .toList();
        List<String> forbidden = tests.stream()
                .filter(t -> t.samples(JcstressSummary.FORBIDDEN) > 0)
                .map(t -> t.shortName() + " " + Formats.count(t.samples(JcstressSummary.FORBIDDEN)) + " times")
                .toList();
        sentences.add(
                forbidden.isEmpty()
                        ? String.format(
                                "No forbidden outcome was seen in %d test(s): the gate held. %d of %d passed%s.",
                                tests.size(),
                                ok,
                                tests.size(),
                                notOk.isEmpty() ? "" : "; not OK: " + Sentences.list(notOk))
                        : String.format(
                                "Forbidden outcomes were seen: %s. %d of %d tests passed.",
                                Sentences.list(forbidden), ok, tests.size()));
        List<String> interesting = tests.stream()
                .filter(t -> t.samples(JcstressSummary.INTERESTING) > 0)
                .map(t -> String.format(
                        "%s (%s of samples)",
                        t.shortName(), Formats.percent((double) t.samples(JcstressSummary.INTERESTING) / t.samples())))
                .toList();
        if (!interesting.isEmpty()) {
            sentences.add("The interesting outcome showed up in " + Sentences.list(interesting) + ".");
        }
        return sentences;
    }
}
