package threadlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import threadlab.result.EnvironmentInfo;
import threadlab.result.RunResult;

/**
 * Two runs side by side (two JDKs, two machines): the cells both ran (same experiment, workload,
 * task count and mode) matched up, with B's median wall time and throughput as ratios of A's.
 * A first section gives the ratio per mode over every experiment; then one section per experiment.
 */
final class Comparison {

    /** A cell both runs measured. */
    record Pair(String experiment, ModeCell a, ModeCell b) {
        double throughputRatio() {
            return b.throughput() / a.throughput();
        }

        double wallRatio() {
            return b.wall() / a.wall();
        }

        /** Whether each run has an interval for the cell: repeats, or one run under its machine's noise floor. */
        boolean spreadKnown() {
            return a.throughputSpread().known() && b.throughputSpread().known();
        }

        /**
         * Whether A's and B's throughput intervals overlap: the difference between the two runs
         * is within their spreads, so no difference is measurable here.
         */
        boolean withinNoise() {
            return spreadKnown() && !Claim.apart(a.throughputSpread(), b.throughputSpread());
        }

        /** Whether the two runs differ by more than their spreads. */
        boolean differs() {
            return spreadKnown() && !withinNoise();
        }

        /** "differs", "within noise", or "spread unknown" where a run measured the cell once, with the runs each side had. */
        String verdict() {
            String runs = a.throughputSpread().n() + "+" + b.throughputSpread().n() + " runs";
            return (differs() ? "differs" : withinNoise() ? "within noise" : "spread unknown") + " (" + runs + ")";
        }

        /** Real differences first, the largest first (by how far the ratio is from 1), then those within noise, then those of one run. */
        static final Comparator<Pair> REAL_FIRST = Comparator.comparingInt(
                        (Pair p) -> p.differs() ? 0 : p.withinNoise() ? 1 : 2)
                .thenComparing(Comparator.comparingDouble((Pair p) -> Math.abs(Math.log(p.throughputRatio())))
                        .reversed());
    }

    private Comparison() {}

    static Report build(RunFolder a, RunFolder b) {
        List<String> problems = new ArrayList<>();
        a.problems().forEach(p -> problems.add("A (" + a.name() + "): " + p));
        b.problems().forEach(p -> problems.add("B (" + b.name() + "): " + p));
        Map<String, ModeCell> cellsA = index(a);
        Map<String, ModeCell> cellsB = index(b);
        List<Pair> pairs = new ArrayList<>();
        Set<String> experiments = new LinkedHashSet<>();
        List<String> onlyA = new ArrayList<>();
        cellsA.forEach((key, cell) -> {
            experiments.add(cell.experiment());
            ModeCell other = cellsB.get(key);
            if (other == null) {
                onlyA.add(label(cell));
            } else {
                pairs.add(new Pair(cell.experiment(), cell, other));
            }
        });
        List<String> onlyB = cellsB.entrySet().stream()
                .filter(e -> !cellsA.containsKey(e.getKey()))
                .map(e -> label(e.getValue()))
                .toList();
        cellsB.values().forEach(c -> experiments.add(c.experiment()));

        List<Section> sections = new ArrayList<>();
        if (!pairs.isEmpty()) {
            sections.add(ComparisonByMode.section(pairs));
        }
        for (String experiment : experiments) {
            List<Pair> inExperiment = pairs.stream()
                    .filter(p -> p.experiment().equals(experiment))
                    .toList();
            List<String> notes = new ArrayList<>();
            onlyA.stream().filter(l -> l.startsWith(experiment + ": ")).forEach(l -> notes.add("Only in A: " + l));
            onlyB.stream().filter(l -> l.startsWith(experiment + ": ")).forEach(l -> notes.add("Only in B: " + l));
            sections.add(experimentSection(experiment, inExperiment, notes));
        }
        EnvironmentInfo envA = environment(a);
        EnvironmentInfo envB = environment(b);
        String summary = summary(a, b, pairs, onlyA.size() + onlyB.size(), sections);
        return new Report(
                "Thread Lab comparison: " + a.name() + " (A) vs " + b.name() + " (B)",
                "A = " + a.dir().toAbsolutePath().normalize() + "; B = "
                        + b.dir().toAbsolutePath().normalize(),
                EnvironmentTable.of(List.of("A: " + a.name(), "B: " + b.name()), List.of(envA, envB)),
                summary,
                problems,
                sections);
    }

    private static Section experimentSection(String experiment, List<Pair> pairs, List<String> notes) {
        if (pairs.isEmpty()) {
            return new Section(
                    experiment,
                    experiment,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    notes.isEmpty() ? List.of("No cell of " + experiment + " was measured in both runs.") : notes);
        }
        boolean workloads = pairs.stream().map(p -> p.a().workload()).distinct().count() > 1;
        boolean tasks = pairs.stream().map(p -> p.a().tasks()).distinct().count() > 1;
        pairs = pairs.stream().sorted(Pair.REAL_FIRST).toList();
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Pair p : pairs) {
            ModeCell a = p.a();
            ModeCell b = p.b();
            rows.add(List.of(
                    a.workload(),
                    Formats.count(a.tasks()),
                    a.mode(),
                    Formats.seconds(a.wall()),
                    Formats.seconds(b.wall()),
                    Formats.times(p.wallRatio()),
                    Formats.number(a.throughput()),
                    Formats.number(b.throughput()),
                    Formats.times(p.throughputRatio()),
                    Formats.percent(a.efficiency()),
                    Formats.percent(b.efficiency()),
                    p.verdict()));
            labels.add(a.mode()
                    + (tasks ? " x" + a.tasks() : "")
                    + (workloads ? " " + a.workloadName() + "#" + workloadIndex(pairs, a.workload()) : ""));
        }
        CategoryChart chart = Charts.bars(experiment + ": throughput of B over A", "cell", "B / A throughput (×)");
        CategorySeries s = chart.addSeries(
                "B / A",
                labels,
                pairs.stream().map(p -> (Number) finite(p.throughputRatio())).toList());
        s.setFillColor(Charts.PLAIN);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisLabelRotation(labels.size() > 4 ? 35 : 0);
        Table table = new Table(
                "Median over repeats in each run; B / A above 1 means B took longer (wall) or did more per second (throughput)."
                        + " A cell is within noise where A's and B's intervals for the median throughput overlap"
                        + " (each at least its machine's noise floor), and its spread unknown where a run measured it"
                        + " once with no noise floor; real differences come first.",
                List.of(
                        "workload",
                        "tasks",
                        "mode",
                        "wall s A",
                        "wall s B",
                        "B / A wall",
                        "tasks/s A",
                        "tasks/s B",
                        "B / A throughput",
                        "efficiency A",
                        "efficiency B",
                        "B vs A"),
                rows);
        List<Pair> real = pairs.stream().filter(Pair::differs).toList();
        Pair gain = real.stream()
                .max(Comparator.comparingDouble(Pair::throughputRatio))
                .orElse(null);
        Pair loss = real.stream()
                .min(Comparator.comparingDouble(Pair::throughputRatio))
                .orElse(null);
        List<String> conclusions = new ArrayList<>();
        conclusions.add(String.format(
                "In %s, B's throughput was a median %s A's over %d cells.",
                experiment,
                Formats.times(Stats.median(
                        pairs.stream().map(p -> (Number) p.throughputRatio()).toList())),
                pairs.size()));
        conclusions.add(noise(pairs));
        if (gain != loss) {
            conclusions.add(String.format(
                    "Largest ratio beyond noise: %s on %s x %s (%s); smallest: %s on %s x %s (%s).",
                    ModeNames.describe(gain.a().mode()),
                    gain.a().workload(),
                    Formats.count(gain.a().tasks()),
                    Formats.times(gain.throughputRatio()),
                    ModeNames.describe(loss.a().mode()),
                    loss.a().workload(),
                    Formats.count(loss.a().tasks()),
                    Formats.times(loss.throughputRatio())));
        }
        return new Section(
                experiment,
                experiment,
                "Cells both runs measured, matched by workload, task count and mode.",
                List.of(Charts.png(
                        Charts.slug("compare-" + experiment) + ".png",
                        experiment + ": throughput ratio B / A per cell; above 1, B was faster.",
                        chart)),
                List.of(table),
                conclusions,
                notes);
    }

    /**
     * "3 of 10 cells differ by more than the two runs' spreads; 6 are within noise (no difference
     * measurable here); 1 was measured once in a run, so its spread is unknown."
     */
    static String noise(List<Pair> pairs) {
        long differ = pairs.stream().filter(Pair::differs).count();
        long within = pairs.stream().filter(Pair::withinNoise).count();
        long unknown = pairs.size() - differ - within;
        return String.format(
                "%d of %d cells differ by more than the two runs' spreads; %d are within noise (%s)%s.",
                differ,
                pairs.size(),
                within,
                Claim.NO_DIFFERENCE,
                unknown == 0
                        ? ""
                        : String.format(
                                "; %d were measured once in a run with no noise floor, so their spread is unknown and they claim nothing",
                                unknown));
    }

    private static String summary(RunFolder a, RunFolder b, List<Pair> pairs, int unmatched, List<Section> sections) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                "A is %s (%s); B is %s (%s). ", a.name(), machine(environment(a)), b.name(), machine(environment(b))));
        if (pairs.isEmpty()) {
            sb.append(
                    "The two runs have no cell in common (same experiment, workload, task count and mode), so there is nothing to compare.");
        } else {
            sections.stream()
                    .map(Section::headline)
                    .filter(h -> h != null)
                    .limit(1)
                    .forEach(sb::append);
        }
        if (unmatched > 0) {
            sb.append(
                    String.format(" %d cell(s) were measured in one run only (listed in their sections).", unmatched));
        }
        return sb.toString();
    }

    private static String machine(EnvironmentInfo env) {
        if (env == null || env.jdk() == null) {
            return "environment unknown";
        }
        return String.format("JDK %s on %s, %d cores", env.jdk(), Formats.orMissing(env.cpu()), env.cores());
    }

    private static Map<String, ModeCell> index(RunFolder folder) {
        Map<String, ModeCell> cells = new LinkedHashMap<>();
        if (folder.results() == null || folder.results().runs() == null) {
            return cells;
        }
        String fallback = folder.results().experiment() != null
                        && !folder.results().experiment().contains(",")
                ? folder.results().experiment()
                : "custom";
        List<RunResult> runs = folder.results().runs().stream()
                .filter(r -> r != null && r.workload() != null && r.mode() != null && r.measured())
                .toList();
        for (ModeCell c : ModeCell.group(runs, Noise.of(environment(folder)))) {
            String experiment = c.experiment() == null ? fallback : c.experiment();
            ModeCell cell =
                    new ModeCell(experiment, c.workload(), c.nature(), c.tasks(), c.mode(), c.runs(), c.noise());
            cells.put(c.key(experiment), cell);
        }
        return cells;
    }

    private static EnvironmentInfo environment(RunFolder folder) {
        return folder.results() == null || folder.results().environment() == null
                ? EnvironmentTable.NONE
                : folder.results().environment();
    }

    private static String label(ModeCell c) {
        return c.experiment() + ": " + c.mode() + " on " + c.workload() + " x " + Formats.count(c.tasks())
                + (c.carriers() == null ? "" : ", " + c.carriers() + " carrier(s)");
    }

    private static int workloadIndex(List<Pair> pairs, String workload) {
        return pairs.stream().map(p -> p.a().workload()).distinct().toList().indexOf(workload) + 1;
    }

    private static double finite(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? 0 : v;
    }
}
