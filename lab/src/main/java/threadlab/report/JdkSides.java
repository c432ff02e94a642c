package threadlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import threadlab.result.RanOn;
import threadlab.result.RunResult;

/**
 * A lesson whose runs came from more than one JDK ({@code run --jdk}): its section drawn once per
 * JDK (each JDK's charts, tables and conclusions, as its renderer makes them from that JDK's runs
 * alone), after a table that puts the JDKs side by side, cell by cell: median wall time, and the
 * pinned events where JFR counted them. A run without the {@code jdk} field is read as run on the
 * JDK of the results' environment ({@link RanOn#of}).
 */
final class JdkSides {

    private JdkSides() {}

    /** The runs per JDK, in the order the JDKs first ran, when there are two or more; else empty. */
    static Optional<Map<String, ExperimentRuns>> split(ExperimentRuns runs) {
        Map<String, List<RunResult>> byJdk = new LinkedHashMap<>();
        for (ModeCell c : runs.cells()) {
            for (RunResult r : c.runs()) {
                byJdk.computeIfAbsent(RanOn.of(r, runs.jdk()), k -> new ArrayList<>())
                        .add(r);
            }
        }
        if (byJdk.size() < 2) {
            return Optional.empty();
        }
        Map<String, ExperimentRuns> split = new LinkedHashMap<>();
        Noise noise = runs.cells().get(0).noise();
        byJdk.forEach((jdk, rs) -> split.put(
                jdk, new ExperimentRuns(runs.id(), ModeCell.group(rs, noise), runs.cores(), jdk, runs.machine())));
        return Optional.of(split);
    }

    /** The section for runs from two or more JDKs, or empty when they all came from one. */
    static Optional<Section> section(ExperimentRuns runs, SectionRenderer renderer, List<RunResult> absent) {
        Optional<Map<String, ExperimentRuns>> split = split(runs);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ExperimentRuns> byJdk = split.get();
        List<ChartImage> charts = new ArrayList<>();
        List<Table> tables = new ArrayList<>(List.of(table(byJdk)));
        List<String> conclusions = new ArrayList<>();
        conclusions.add(String.format(
                "Ran on %d JDKs (%s): each JDK's runs are drawn on their own below, after a table that puts them side by side.",
                byJdk.size(), String.join(", ", byJdk.keySet())));
        List<String> notes = new ArrayList<>();
        String intro = null;
        for (Map.Entry<String, ExperimentRuns> e : byJdk.entrySet()) {
            String jdk = PinningRules.name(e.getKey());
            Section one = ReportBuilder.experimentSection(e.getValue(), renderer, absent);
            intro = one.intro();
            for (ChartImage c : one.charts()) {
                charts.add(new ChartImage(
                        Charts.slug("jdk " + e.getKey()) + "-" + c.fileName(), jdk + ": " + c.caption(), c.png()));
            }
            one.tables().forEach(t -> tables.add(new Table(jdk + ": " + t.caption(), t.headers(), t.rows())));
            one.conclusions().forEach(c -> conclusions.add(jdk + ": " + c));
            one.notes().forEach(n -> notes.add(jdk + ": " + n));
        }
        return Optional.of(new Section(runs.id(), runs.id(), intro, charts, tables, conclusions, notes));
    }

    /** One row per cell, one wall-time column per JDK (and one of pinned events per JDK where any were counted). */
    static Table table(Map<String, ExperimentRuns> byJdk) {
        Map<String, ModeCell> firstOf = new LinkedHashMap<>();
        byJdk.values().forEach(r -> r.cells().forEach(c -> firstOf.putIfAbsent(c.key(c.experiment()), c)));
        boolean pinned =
                byJdk.values().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.pinnedEvents() != null);
        List<String> headers = new ArrayList<>(List.of("mode", "workload", "tasks"));
        byJdk.keySet().forEach(jdk -> headers.add("JDK " + jdk + ": wall s"));
        if (pinned) {
            byJdk.keySet().forEach(jdk -> headers.add("JDK " + jdk + ": pinned events"));
        }
        List<List<String>> rows = new ArrayList<>();
        firstOf.forEach((key, first) -> {
            List<String> row = new ArrayList<>(List.of(
                    ModeNames.describe(first.mode())
                            + (first.carriers() == null ? "" : ", " + first.carriers() + " carrier(s)"),
                    first.workload(),
                    Formats.count(first.tasks())));
            byJdk.values()
                    .forEach(r -> row.add(
                            cell(r, key).map(c -> Formats.seconds(c.wall())).orElse(Formats.MISSING)));
            if (pinned) {
                byJdk.values()
                        .forEach(r -> row.add(cell(r, key)
                                .map(ModeCell::pinnedEvents)
                                .map(Formats::orMissing)
                                .orElse(Formats.MISSING)));
            }
            rows.add(row);
        });
        return new Table(
                "The JDKs side by side: median wall time over repeats"
                        + (pinned ? ", and JFR jdk.VirtualThreadPinned events (most in a run)" : "") + ", per cell.",
                headers,
                rows);
    }

    private static Optional<ModeCell> cell(ExperimentRuns runs, String key) {
        return runs.cells().stream()
                .filter(c -> c.key(c.experiment()).equals(key))
                .findFirst();
    }
}
