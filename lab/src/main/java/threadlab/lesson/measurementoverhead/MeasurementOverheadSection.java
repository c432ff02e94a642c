package threadlab.lesson.measurementoverhead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.ModeNames;
import threadlab.report.SectionRenderer;
import threadlab.result.RunResult;
import threadlab.workload.Nature;

/**
 * {@code measurement-overhead}: the lab's 2-worker speedup against the plain pool's in a JVM with
 * no meter, and what a run that only sleeps costs the lab, the work's CPU and the meter's apart,
 * beside an unmetered JVM sleeping as long. Every figure in a sentence is computed from the runs.
 */
public final class MeasurementOverheadSection implements SectionRenderer {

    static final String SEQUENTIAL = "sequential";
    static final List<String> LAB_POOLS = List.of(
            "platform-pool:" + MeasurementOverheadExperiment.WORKERS,
            "forkjoin:" + MeasurementOverheadExperiment.WORKERS);
    static final String PLAIN_POOL = Unmetered.NAME + ":" + MeasurementOverheadExperiment.WORKERS;
    static final String PLAIN_LOOP = Unmetered.NAME + ":1";
    /** The lab's speedup must keep at least this share of the plain pool's. */
    static final double KEPT_TARGET = 0.98;
    /** A run that only waits may count at most this share of one core as the work's CPU. */
    static final double IDLE_TARGET = 0.01;
    /** The tick of a process CPU clock that counts in hundredths of a second. */
    static final double TICK_SECONDS = 0.01;

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        List<ChartImage> charts = new ArrayList<>();
        runs.byWorkload()
                .forEach((workload, cells) -> ExperimentRuns.byTasks(cells).forEach((tasks, atTasks) -> {
                    Optional<Computing> c = Computing.of(atTasks);
                    if (c.isEmpty()) {
                        return;
                    }
                    List<String> labels = new ArrayList<>();
                    List<Number> values = new ArrayList<>();
                    c.get().labSpeedups().forEach((mode, speedup) -> {
                        labels.add("lab " + mode);
                        values.add(speedup);
                    });
                    labels.add("plain pool, no meter");
                    values.add(c.get().plainSpeedup());
                    CategoryChart chart = Charts.bars(
                            workload + " x " + Formats.count(tasks) + ": speedup over one thread", "", "speedup");
                    chart.addSeries("speedup", labels, values);
                    charts.add(Charts.png(
                            Charts.slug(runs.id() + "-" + workload + "-" + tasks) + ".png",
                            "Speedup of 2 workers over one thread: the lab's modes over its sequential run, the plain pool over its own loop in a JVM with no meter.",
                            chart));
                }));
        return charts;
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        runs.byWorkload()
                .forEach((workload, cells) -> ExperimentRuns.byTasks(cells).forEach((tasks, atTasks) -> {
                    if (atTasks.get(0).nature() == Nature.IO) {
                        waiting(sentences, workload, atTasks);
                    } else {
                        computing(sentences, workload, tasks, atTasks, runs.cores());
                    }
                }));
        return sentences;
    }

    private static void computing(List<String> sentences, String workload, int tasks, List<ModeCell> cells, int cores) {
        Optional<Computing> found = Computing.of(cells);
        if (found.isEmpty()) {
            sentences.add("No sequential, 2-worker and unmetered runs of " + workload + " x " + Formats.count(tasks)
                    + " to compare.");
            return;
        }
        Computing c = found.get();
        BesideTheRounds beside = BesideTheRounds.of(cells, concat(PLAIN_POOL, concat(SEQUENTIAL, LAB_POOLS)), cores);
        boolean busy = beside.busy();
        List<String> lab = new ArrayList<>();
        c.labSpeedups()
                .forEach((mode, speedup) -> lab.add(String.format(
                        "%s by %s (%s of the plain pool's)",
                        ModeNames.describe(mode),
                        Formats.times(speedup),
                        Formats.percent(speedup / c.plainSpeedup()))));
        double kept = c.labSpeedups().values().stream()
                .mapToDouble(d -> d / c.plainSpeedup())
                .min()
                .orElse(Double.NaN);
        sentences.add(String.format(
                "On %s x %s, a plain fixed pool of 2 in a JVM with no meter, timed by its own clock, ran faster than its own loop by %s; the lab's 2 workers ran faster than its one thread: %s. The target is at least %s: %s.",
                workload,
                Formats.count(tasks),
                Formats.times(c.plainSpeedup()),
                String.join(", ", lab),
                Formats.percent(KEPT_TARGET),
                busy
                        ? "no verdict, since other processes took the cores (see below)"
                        : kept >= KEPT_TARGET
                                ? "measuring does not slow a CPU-bound run"
                                : "missed, by up to " + Formats.percent(KEPT_TARGET - kept)));
        double perTask = c.labSequential() / c.plainSequential();
        sentences.add(
                String.format(
                        "One thread alone took %s s under the meter and %s s in the unmetered JVM (%s): %s",
                        Formats.seconds(c.labSequential()),
                        Formats.seconds(c.plainSequential()),
                        Formats.times(perTask),
                        Math.abs(perTask - 1) <= 0.02
                                ? "the same code at the same speed in both JVMs, so the speedups compare like with like."
                                : "the two JVMs do not run the tasks at the same speed (compiled code, or the machine's other load between rounds), which weighs on the comparison as much as the meter could."));
        List<String> used = new ArrayList<>();
        for (String mode : concat(SEQUENTIAL, LAB_POOLS)) {
            Computing.find(cells, mode)
                    .map(cell -> Computing.median(cell.runs(), r -> Computing.share(r.cpuSeconds(), r.wallSeconds())))
                    .ifPresent(given -> used.add(ModeNames.describe(mode) + " " + Formats.number(given)));
        }
        Double plainUsed = Computing.median(
                Computing.find(cells, PLAIN_POOL).get().runs(),
                r -> Computing.share(r.extra(UnmeteredFields.class).unmeteredCpuSeconds(), r.wallSeconds()));
        if (!used.isEmpty()) {
            sentences.add(String.format(
                    "Cores' worth of CPU each run was given (CPU time over wall time): %s%s. A speedup can be no more than what the machine gives the extra workers.",
                    String.join(", ", used),
                    plainUsed == null ? "" : ", the unmetered pool " + Formats.number(plainUsed)));
        }
        beside.sentence().ifPresent(sentences::add);
        Double cpu = Computing.median(c.sequential(), RunResult::cpuSeconds);
        Double meter = Computing.median(c.sequential(), RunResult::labCpuSeconds);
        if (cpu != null && meter != null) {
            sentences.add(String.format(
                    "The lab's sequential run counted %s CPU-s of work for %s s of wall time on one thread, and %s CPU-s of its meter's own threads apart.",
                    Formats.seconds(cpu), Formats.seconds(c.labSequential()), Formats.seconds(meter)));
        }
    }

    private static void waiting(List<String> sentences, String workload, List<ModeCell> cells) {
        Optional<ModeCell> lab = Computing.find(cells, SEQUENTIAL);
        Optional<ModeCell> plain = Computing.find(cells, PLAIN_LOOP);
        if (lab.isEmpty()) {
            sentences.add("No sequential run of " + workload + " to see what waiting costs the lab.");
            return;
        }
        Double work = Computing.median(lab.get().runs(), r -> Computing.share(r.cpuSeconds(), r.wallSeconds()));
        Double meter = Computing.median(lab.get().runs(), r -> Computing.share(r.labCpuSeconds(), r.wallSeconds()));
        Double jit = Computing.median(lab.get().runs(), RunResult::jitSeconds);
        if (work == null) {
            sentences.add("The runs of " + workload + " recorded no CPU time: this JVM does not say.");
            return;
        }
        boolean ticked = lab.get().runs().stream().allMatch(r -> ticks(r.cpuSeconds(), r.labCpuSeconds()));
        double tick = ticked ? TICK_SECONDS / lab.get().wall() : 0;
        StringBuilder s = new StringBuilder(String.format(
                "While one task only slept (%s, %s s of wall, median of %d), the lab counted %s of one core as the work's CPU (the target is at most %s: %s)",
                workload,
                Formats.seconds(lab.get().wall()),
                lab.get().runs().size(),
                Formats.percent(work),
                Formats.percent(IDLE_TARGET),
                Math.abs(work - IDLE_TARGET) < tick
                        ? "within one CPU tick of it, no difference measurable here"
                        : work <= IDLE_TARGET ? "met" : "missed"));
        if (meter != null) {
            s.append(", and its meter's own threads ")
                    .append(Formats.percent(meter))
                    .append(" apart");
        }
        if (jit != null) {
            s.append("; the JIT compiled for ").append(Formats.seconds(jit)).append(" s meanwhile");
        }
        s.append('.');
        sentences.add(s.toString());
        if (ticked) {
            sentences.add(String.format(
                    "The process's CPU time counts here in ticks of %s s, %s of this wall time: a share below that is within one tick.",
                    Formats.seconds(TICK_SECONDS),
                    Formats.percent(TICK_SECONDS / lab.get().wall())));
        }
        Double bare = plain.map(p -> Computing.median(
                        p.runs(),
                        r -> Computing.share(r.extra(UnmeteredFields.class).unmeteredCpuSeconds(), r.wallSeconds())))
                .orElse(null);
        if (bare != null) {
            sentences.add(String.format(
                    "A JVM with no meter, sleeping as long on its main thread, used %s of one core: %s",
                    Formats.percent(bare),
                    work <= bare + Math.max(IDLE_TARGET / 2, tick)
                            ? "the lab's idle cost is about that of any JVM."
                            : "the lab's JVM costs more while it waits, by " + Formats.percent(work - bare)
                                    + " of a core."));
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /**
     * Whether the process CPU time the meter read (the work's plus the meter's) is a whole number
     * of {@value #TICK_SECONDS} s ticks, as Linux's {@code times()}, behind the JDK's process CPU
     * time there, counts it.
     */
    private static boolean ticks(Double work, Double meter) {
        if (work == null || meter == null) {
            return false;
        }
        if (work == 0) {
            return true; // the process's reading was at most the meter's own: below one tick
        }
        double n = (work + meter) / TICK_SECONDS;
        return Math.abs(n - Math.rint(n)) < 1e-6;
    }
}
