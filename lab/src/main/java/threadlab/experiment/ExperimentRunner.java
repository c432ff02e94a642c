package threadlab.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import threadlab.measure.Measured;
import threadlab.measure.Meter;
import threadlab.measure.TaskProbe;
import threadlab.model.Laws;
import threadlab.result.LatencyMs;
import threadlab.result.Prediction;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.Checksums;
import threadlab.workload.MessageWorkload;
import threadlab.workload.Nature;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * Runs trials and keeps the results file current: after every run the whole file is rewritten
 * atomically, so a crash loses at most the run in progress.
 *
 * <p>Before the first run of a workload in a mode instance, a short warm-up (the workload's
 * {@link Workload#warmUpSpec()}, without its waiting) loads classes and warms the JIT on the same
 * code paths, and starts whatever the mode keeps between runs (a process pool's workers); it is
 * not recorded. After a trial's repeats the runner closes its mode. Trials with JVM flags of their
 * own run in a child JVM ({@link ChildTrials}), consecutive ones with the same flags in the same
 * child. Workloads that compute are timed single-threaded once ({@link Calibration}) for the
 * prediction. Every run's checksum is held against the first
 * complete run of the same workload: a difference is written into the run's {@code error}.
 */
public final class ExperimentRunner {

    /** Told what the runner is doing, for progress display. */
    public interface Listener {
        default void runStarting(String experiment, Trial trial, int repeat, int done, int total) {}

        default void tasksEnded(long ended) {}

        default void runEnded(RunResult result) {}
    }

    private static final int WARM_UP_TASKS = 64;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Listener listener;
    private final PrintWriter narration;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final Map<String, Double> taskSeconds = new HashMap<>();
    private final Map<String, String> referenceChecksums = new HashMap<>();
    private final Set<String> warmed = new HashSet<>();
    private final RunFile file;

    /**
     * @param results what the file holds so far (written at once, so the run folder exists)
     * @param narration where a narrated experiment prints each task's end, as the classic demo does
     */
    public ExperimentRunner(Path runDir, Results results, Listener listener, PrintWriter narration) throws IOException {
        this.listener = listener;
        this.narration = narration;
        this.file = new RunFile(runDir, results, narration);
    }

    /**
     * Writes the results once more if the last write found the file held open by another program.
     *
     * @throws ResultsFile.ResultsBusyException if it is still held: the file then lacks the last runs
     */
    public void flush() throws IOException {
        file.flush();
    }

    public Results results() {
        return file.results();
    }

    /**
     * Runs every trial of a plan, each {@code repeats} times (or {@code repeatOverride} if not null).
     *
     * @throws IOException if the results file cannot be written
     * @throws InterruptedException if interrupted between or during runs
     */
    public Results run(String experiment, List<Trial> trials, boolean narrated, Integer repeatOverride)
            throws IOException, InterruptedException {
        int total = trials.stream().mapToInt(t -> repeatOverride != null ? repeatOverride : t.repeats()).sum();
        int done = 0;
        for (int i = 0; i < trials.size(); ) {
            Trial trial = trials.get(i);
            if (trial.inChildJvm()) {
                int end = i + 1;
                while (end < trials.size() && trials.get(end).jvmFlags().equals(trial.jvmFlags())) {
                    end++;
                }
                done = runInChild(experiment, trials.subList(i, end), repeatOverride, done, total);
                i = end;
                continue;
            }
            i++;
            int repeats = repeatOverride != null ? repeatOverride : trial.repeats();
            warmUp(trial);
            double t = singleTaskSeconds(trial.workload());
            try {
                for (int r = 0; r < repeats; r++) {
                    listener.runStarting(experiment, trial, r, done, total);
                    RunResult result = runOnce(experiment, trial, r, t, narrated);
                    file.add(result);
                    listener.runEnded(result);
                    done++;
                }
            } finally {
                trial.mode().close();
            }
        }
        return file.results();
    }

    /** Runs trials that share their JVM flags in one child JVM started with them; returns the runs done so far. */
    private int runInChild(String experiment, List<Trial> batch, Integer repeatOverride, int done, int total)
            throws IOException, InterruptedException {
        int[] count = {done};
        try {
            ChildTrials.run(experiment, batch, repeatOverride, new ChildTrials.Sink() {
                @Override
                public void starting(Trial trial, int repeat) {
                    listener.runStarting(experiment, trial, repeat, count[0], total);
                }

                @Override
                public void ended(RunResult result) throws IOException {
                    file.add(result);
                    listener.runEnded(result);
                    count[0]++;
                }
            });
        } finally {
            batch.forEach(t -> t.mode().close());
        }
        return count[0];
    }

    /**
     * Adds runs measured elsewhere ({@link ExternalExperiment}) and rewrites the file. Their
     * checksums are held against this run's others of the same workload and task count, as the
     * runner's own are: Python computing the lab's {@code cpu} workload must agree with the JVM.
     *
     * @throws IOException if the results file cannot be written
     */
    public Results add(List<RunResult> runs) throws IOException {
        List<RunResult> checked = new java.util.ArrayList<>();
        for (RunResult run : runs) {
            RunResult one = run;
            try (Workload workload = Workloads.create(WorkloadSpec.parse(run.workload()))) {
                one = checkChecksum(workload, run);
            } catch (RuntimeException e) {
                // a workload this lab does not know: nothing to hold its checksum against
            }
            checked.add(one);
        }
        file.addAll(checked);
        return file.results();
    }

    private RunResult runOnce(String experiment, Trial trial, int repeat, double t, boolean narrated)
            throws InterruptedException {
        if (narrated) {
            narration.printf("%n-- %s: %d x %s, up to %d at once%n", trial.mode().id(), trial.tasks(),
                    trial.workload(), trial.mode().concurrency(trial.tasks()));
        }
        TaskProbe.Listener taskListener = narrated ? new Narrator() : TaskProbe.Listener.NONE;
        try (Workload workload = Workloads.create(trial.workload())) {
            TaskProbe probe = new TaskProbe(taskListener);
            System.gc();
            Measured m = Meter.measure(trial.mode(), workload, trial.tasks(), probe, listener::tasksEnded);
            if (narrated) {
                if (m.notMeasured() != null) {
                    narration.println("not measured here: " + m.notMeasured());
                } else {
                    narration.printf("done!%nExecution time: %.3f s%n", m.wallSeconds());
                }
            }
            RunResult result = toResult(experiment, trial, repeat, workload, m, t);
            if (workload instanceof MessageWorkload messages && result.measured()) {
                result = result.withTransfer(channelOf(trial.mode()), messages.bytes());
            }
            return checkChecksum(workload, result);
        }
    }

    /**
     * Prints each task's value and the time as it ends; a task that ended in its completion
     * callback (an asynchronous mode) says so, with the thread that called it back.
     */
    private final class Narrator implements TaskProbe.Listener {
        @Override
        public void taskEnded(int index, long checksum, long latencyNanos, Throwable error) {
            narration.printf("%s %s%n", value(checksum, error), LocalTime.now().format(CLOCK));
        }

        @Override
        public void taskCalledBack(int index, long checksum, long latencyNanos, Throwable error) {
            narration.printf("%s %s   <- completion callback on %s%n", value(checksum, error),
                    LocalTime.now().format(CLOCK), Thread.currentThread().getName());
        }

        private static String value(long checksum, Throwable error) {
            return error != null ? "failed: " + error
                    : checksum >= 0 && checksum < 1_000_000_000L ? Long.toString(checksum) : Checksums.hex(checksum);
        }
    }

    private RunResult toResult(String experiment, Trial trial, int repeat, Workload workload, Measured m, double t) {
        int concurrency = trial.mode().concurrency(trial.tasks());
        if (m.notMeasured() != null) {
            return RunResult.notMeasured(experiment, trial.workload().toString(), workload.nature(), trial.mode().id(),
                    trial.tasks(), concurrency, repeat, m.notMeasured());
        }
        double wait = workload.blockingTime().toNanos() / 1e9;
        Prediction prediction = Laws.predict(workload.nature(), trial.tasks(), concurrency, cores, wait, t,
                workload.serialFraction());
        double wall = m.wallSeconds();
        boolean complete = m.failed() == 0;
        var lost = workload.lostUpdates((int) m.completed());
        var refused = workload.refusedConnections();
        return new RunResult(
                experiment,
                trial.workload().toString(),
                workload.nature(),
                trial.mode().id(),
                trial.tasks(),
                concurrency,
                repeat,
                wall,
                wall > 0 ? m.completed() / wall : 0,
                latency(m.latencyMicros()),
                m.cpuSeconds(),
                m.peakInFlight(),
                m.peakThreads(),
                m.peakRssBytes(),
                m.gcSeconds(),
                m.pinnedEvents(),
                Checksums.hex(workload.runChecksum(m.combinedChecksum())),
                m.completed(),
                m.failed(),
                complete ? prediction : null,
                complete ? Laws.efficiency(prediction, wall) : null,
                m.error(),
                lost.isPresent() ? lost.getAsLong() : null,
                refused.isPresent() ? refused.getAsLong() : null,
                m.childStartMicros().getTotalCount() == 0 ? null : latency(m.childStartMicros()),
                null, // channel, messageBytes, bytesPerSecond: added by withTransfer for message runs
                null,
                null,
                null, // carriers: added by the child JVM that ran the trial with its own flags
                m.heapGrowthBytes() == null || trial.tasks() == 0 ? null : m.heapGrowthBytes() / trial.tasks(),
                workload.stalled(),
                workload.threadDump(),
                null,
                workload.connectBound().isPresent() ? workload.connectBound().getAsInt() : null);
    }

    /** The channel a message run used: the echo modes' own, else the mode's id. */
    private static String channelOf(threadlab.mode.Mode mode) {
        return mode instanceof EchoOver echo ? echo.channel().label()
                : mode instanceof EchoInProcess ? "in-process" : mode.id();
    }

    private RunResult checkChecksum(Workload workload, RunResult result) {
        if (!workload.deterministic() || result.failed() > 0 || !result.measured()) {
            return result;
        }
        String key = result.workload() + " x" + result.tasks();
        String reference = referenceChecksums.putIfAbsent(key, result.checksum() + " (" + result.mode() + ")");
        if (reference != null && !reference.startsWith(result.checksum() + " ")) {
            return result.withError("checksum " + result.checksum() + " differs from " + reference);
        }
        return result;
    }

    private void warmUp(Trial trial) throws InterruptedException {
        WorkloadSpec spec;
        try (Workload probeWorkload = Workloads.create(trial.workload())) {
            spec = probeWorkload.warmUpSpec();
        }
        if (!warmed.add(spec + " @ " + trial.mode().id() + " #" + System.identityHashCode(trial.mode()))) {
            return;
        }
        try (Workload workload = Workloads.create(spec)) {
            trial.mode().run(workload, Math.min(trial.tasks(), WARM_UP_TASKS), new TaskProbe());
        }
    }

    private double singleTaskSeconds(WorkloadSpec spec) throws InterruptedException {
        if (Workloads.type(spec.name()).nature() == Nature.IO) {
            return Double.NaN;
        }
        Double known = taskSeconds.get(spec.toString());
        if (known != null) {
            return known;
        }
        double measured;
        try {
            measured = Calibration.singleTaskSeconds(spec);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            measured = Double.NaN;
        }
        taskSeconds.put(spec.toString(), measured);
        return measured;
    }

    private static LatencyMs latency(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return null;
        }
        return new LatencyMs(
                micros.getValueAtPercentile(50) / 1e3,
                micros.getValueAtPercentile(90) / 1e3,
                micros.getValueAtPercentile(99) / 1e3,
                micros.getMaxValue() / 1e3);
    }
}
