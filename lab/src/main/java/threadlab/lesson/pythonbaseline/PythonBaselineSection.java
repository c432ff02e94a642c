package threadlab.lesson.pythonbaseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import threadlab.python.PythonBaseline;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.ModeNames;
import threadlab.report.SectionRenderer;
import threadlab.report.Sentences;
import threadlab.workload.Nature;

/**
 * {@code python-baseline}: CPython's pools beside the JVM's. Three charts, each from the run's own
 * rows: the classic demo's wall time per mode, CPU speedup against workers (Python's threads and
 * processes over Python's sequential, the JVM's {@code platform-pool:N} over the JVM's sequential
 * from the same run's {@code cpu-scaling}) and a no-op task's cost per pool (with {@code ipc}'s
 * JVM rows of the same workload). The headline compares speedups at the core count.
 */
public final class PythonBaselineSection implements SectionRenderer {

    static final String ID = "python-baseline";
    private static final String THREADS = "python-thread-pool";
    private static final String PROCESSES = "python-process-pool";

    /** Every experiment's cells in this run, for the JVM's side of each comparison. */
    private final Map<String, List<ModeCell>> byExperiment;

    /** The section as the catalog lists it, before it is given the other lessons' cells. */
    public PythonBaselineSection() {
        this(Map.of());
    }

    PythonBaselineSection(Map<String, List<ModeCell>> byExperiment) {
        this.byExperiment = byExperiment;
    }

    @Override
    public SectionRenderer beside(Map<String, List<ModeCell>> cellsByLesson) {
        return new PythonBaselineSection(cellsByLesson);
    }

    @Override
    public Optional<String> skipped(Path runDir) {
        return PythonBaseline.skippedReason(runDir);
    }

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<ChartImage> charts = new ArrayList<>();
        sleeps(runs).ifPresent(demo -> {
            CategoryChart chart = Charts.bars(
                    demo.get(0).workload() + " x " + demo.get(0).tasks() + ": wall time per mode",
                    "mode",
                    "wall s (median)");
            List<String> modes = demo.stream().map(ModeCell::mode).toList();
            chart.addSeries(
                            "Python",
                            modes,
                            demo.stream().map(c -> (Number) c.wall()).toList())
                    .setFillColor(Charts.PLAIN);
            charts.add(Charts.png(
                    Charts.slug(ID + "-demo") + ".png",
                    "The classic demo in Python: the same sleeping tasks sequentially, on a thread pool and on a process pool.",
                    chart));
        });
        List<ModeCell> cpu = cpuCells(runs);
        Optional<ModeCell> base = sequential(cpu);
        if (base.isPresent()) {
            XYChart chart = Charts.xy("CPU work: speedup over each language's sequential", "workers", "speedup (×)");
            series(chart, cpu, base.get(), THREADS, "Python threads");
            series(chart, cpu, base.get(), PROCESSES, "Python processes");
            List<ModeCell> jvm = javaCpu();
            sequential(jvm)
                    .ifPresent(
                            jvmBase -> series(chart, jvm, jvmBase, "platform-pool", "JVM platform-pool (cpu-scaling)"));
            int max = Math.max(
                    1,
                    cpu.stream()
                            .mapToInt(c -> ModeNames.boundValue(c.mode()))
                            .max()
                            .orElse(1));
            double[] x = new double[max];
            double[] ideal = new double[max];
            for (int w = 1; w <= max; w++) {
                x[w - 1] = w;
                ideal[w - 1] = Math.min(w, runs.cores());
            }
            Charts.asLimit(chart.addSeries("ideal: min(workers, " + runs.cores() + " cores)", x, ideal));
            chart.getStyler().setYAxisMin(0.0);
            charts.add(Charts.png(
                    Charts.slug(ID + "-cpu") + ".png",
                    "Median wall time of sequential over each pool's, by pool size. The GIL lets one Python thread compute at a time:"
                            + " look for Python's thread line near 1x while its processes, and the JVM's threads, rise towards the core count.",
                    chart));
        }
        List<ModeCell> noop = noops(runs);
        if (!noop.isEmpty()) {
            CategoryChart chart =
                    Charts.bars("A no-op task's round trip", "mode", "microseconds per task (median wall / tasks)");
            List<String> modes = noop.stream().map(c -> label(c)).toList();
            chart.addSeries(
                            "per task",
                            modes,
                            noop.stream().map(c -> (Number) perTaskMicros(c)).toList())
                    .setFillColor(Charts.OTHER_RUNTIME);
            chart.getStyler().setXAxisLabelRotation(20);
            charts.add(Charts.png(
                    Charts.slug(ID + "-noop") + ".png",
                    "What handing a task that does nothing to a pool and back costs,"
                            + " in Python and (from ipc, same workload) on the JVM; chunk=100 sends the tasks in batches of 100.",
                    chart));
        }
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        List<ModeCell> cpu = cpuCells(runs);
        sequential(cpu).ifPresent(base -> {
            int n = runs.cores();
            Optional<ModeCell> threads = ExperimentRuns.find(cpu, THREADS + ":" + n);
            Optional<ModeCell> processes = ExperimentRuns.find(cpu, PROCESSES + ":" + n);
            if (threads.isEmpty() || processes.isEmpty()) {
                return;
            }
            String jvm = sequential(javaCpu())
                    .flatMap(jb -> ExperimentRuns.find(javaCpu(), "platform-pool:" + n)
                            .map(p -> String.format(
                                    "; the JVM's platform-pool:%d %s (cpu-scaling)",
                                    n, Formats.times(jb.wall() / p.wall()))))
                    .orElse("; no cpu-scaling run here to set the JVM beside them");
            sentences.add(String.format(
                    "On CPU work (%s) with %d workers on %d cores, Python threads reached %s; Python processes %s%s.",
                    base.workload(),
                    n,
                    n,
                    Formats.times(base.wall() / threads.get().wall()),
                    Formats.times(base.wall() / processes.get().wall()),
                    jvm));
        });
        sleeps(runs)
                .ifPresent(demo -> sentences.add(String.format(
                        "The classic demo, %d x %s: %s.",
                        demo.get(0).tasks(),
                        demo.get(0).workload(),
                        Sentences.list(demo.stream()
                                .map(c -> c.mode() + " " + Formats.seconds(c.wall()) + " s")
                                .toList()))));
        List<ModeCell> noop = noops(runs);
        Optional<ModeCell> unbatched = noop.stream()
                .filter(c -> c.mode().startsWith(PROCESSES)
                        && !c.mode().contains("chunk")
                        && c.experiment().equals(ID))
                .reduce((a, b) -> b);
        Optional<ModeCell> batched = noop.stream()
                .filter(c -> c.mode().startsWith(PROCESSES) && c.mode().contains("chunk"))
                .findFirst();
        if (unbatched.isPresent() && batched.isPresent()) {
            sentences.add(String.format(
                    "A no-op task through %s cost %s µs unbatched and %s µs as %s: batching shares each round trip.",
                    unbatched.get().mode(),
                    Formats.number(perTaskMicros(unbatched.get())),
                    Formats.number(perTaskMicros(batched.get())),
                    batched.get().mode()));
        }
        return sentences;
    }

    private void series(XYChart chart, List<ModeCell> cells, ModeCell base, String family, String name) {
        List<ModeCell> pool = cells.stream()
                .filter(c ->
                        ModeNames.name(c.mode()).equals(family) && ModeNames.boundValue(c.mode()) > 0 && c.wall() > 0)
                .sorted(Comparator.comparingInt(c -> ModeNames.boundValue(c.mode())))
                .toList();
        if (pool.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(
                name,
                pool.stream().mapToDouble(c -> ModeNames.boundValue(c.mode())).toArray(),
                pool.stream().mapToDouble(c -> base.wall() / c.wall()).toArray());
        Charts.colour(s, family, 0);
    }

    private static Optional<List<ModeCell>> sleeps(ExperimentRuns runs) {
        List<ModeCell> demo = runs.cells().stream()
                .filter(c -> c.nature() == Nature.IO && !c.workload().equals("sleep:ms=0"))
                .toList();
        return demo.isEmpty() ? Optional.empty() : Optional.of(demo);
    }

    private static List<ModeCell> cpuCells(ExperimentRuns runs) {
        return runs.cells().stream().filter(c -> c.nature() == Nature.CPU).toList();
    }

    /** The JVM's CPU rows: cpu-scaling's first workload. */
    private List<ModeCell> javaCpu() {
        List<ModeCell> cells = byExperiment.getOrDefault("cpu-scaling", List.of());
        return cells.isEmpty()
                ? List.of()
                : cells.stream()
                        .filter(c -> c.workload().equals(cells.get(0).workload()))
                        .toList();
    }

    /** Python's no-op rows, then ipc's JVM rows of the same workload. */
    private List<ModeCell> noops(ExperimentRuns runs) {
        List<ModeCell> all = new ArrayList<>(runs.cells().stream()
                .filter(c -> c.workload().equals("sleep:ms=0") && c.wall() > 0)
                .toList());
        if (!all.isEmpty()) {
            byExperiment.getOrDefault("ipc", List.of()).stream()
                    .filter(c -> c.workload().equals("sleep:ms=0") && c.wall() > 0)
                    .forEach(all::add);
        }
        return all;
    }

    private static Optional<ModeCell> sequential(List<ModeCell> cells) {
        return ExperimentRuns.find(cells, "sequential").filter(c -> c.wall() > 0);
    }

    private static String label(ModeCell c) {
        return c.experiment().equals(ID) ? c.mode() : "JVM " + c.mode();
    }

    private static double perTaskMicros(ModeCell c) {
        return c.wall() / c.tasks() * 1e6;
    }
}
