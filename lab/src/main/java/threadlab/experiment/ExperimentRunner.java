package threadlab.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import threadlab.child.ChildJava;
import threadlab.measure.TaskProbe;
import threadlab.result.RanOn;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.Nature;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * Runs the trials of a plan, in order, and keeps the results file current: after every run the
 * whole file is rewritten atomically. Each run is measured by a {@link RunMeasurement}, and
 * recorded, in order, once its pinned-event count has come ({@link PendingRun}): the runner goes on
 * measuring meanwhile, and waits for the counts still on their way only before anything else is
 * done (a child JVM's trials, runs added from elsewhere, the end of the plan). So the second JFR
 * takes to deliver a count is spent measuring, not waiting. A crash loses at most the run in
 * progress and the runs of the second before it.
 *
 * <p>Before the first run of a workload in a mode instance, a warm-up (the workload's
 * {@link Workload#warmUpSpec()}, without its waiting) loads classes and warms the JIT on the same
 * code paths, and starts whatever the mode keeps between runs (a process pool's workers); it is
 * not recorded. For tasks that wait ({@link Nature#IO}), whose warm-up is cheap without the wait,
 * it runs as many tasks as the run, up to {@value #WARM_UP_IO_TASKS}: code that runs once a task
 * (a thread's start, a connection) compiles only after thousands of them, and warmed on 64 tasks,
 * 3-6 runs of every build's quick run (2 cores, Intel Xeon VM, JDK 25) had missed their bound with
 * the JIT compiling 0.03-0.12 s during them. Other tasks keep their work (or, for the pitfall
 * lessons, their holds) in the warm-up, so it runs up to {@value #WARM_UP_TASKS} of them. After a trial's repeats the runner closes its mode. Trials with JVM flags of their
 * own run in a child JVM ({@link ChildTrials}), consecutive ones with the same flags in the same
 * child. Every run's checksum is held against the first complete run of the same workload
 * ({@link ChecksumCheck}). Every run records the JDK it ran on ({@link RanOn}): this JVM's, or the
 * one its children ran on ({@link ChildJava}).
 */
public final class ExperimentRunner {

    /** Told what the runner is doing, for progress display. */
    public interface Listener {
        default void runStarting(String experiment, Trial trial, int repeat, int done, int total) {}

        default void tasksEnded(long ended) {}

        /** A run has ended: all is known but its pinned-event count, which may still be on its way. */
        default void runEnded(RunResult result) {}

        /** A run is recorded, complete with its pinned-event count. */
        default void runRecorded(RunResult result) {}
    }

    private static final int WARM_UP_TASKS = 64;
    private static final int WARM_UP_IO_TASKS = 10_000;

    private final Listener listener;
    private final RunMeasurement measurement;
    private final ChecksumCheck checksums = new ChecksumCheck();
    private final Set<String> warmed = new HashSet<>();
    private final RunFile file;
    /** The runs measured in this JVM and not yet recorded, oldest first. */
    private final ArrayDeque<PendingRun> pending = new ArrayDeque<>();

    /**
     * @param results what the file holds so far (written at once, so the run folder exists)
     * @param narration where a narrated experiment prints each task's end, as the classic demo does
     */
    public ExperimentRunner(Path runDir, Results results, Listener listener, PrintWriter narration) throws IOException {
        this.listener = listener;
        this.measurement = new RunMeasurement(narration);
        this.file = new RunFile(runDir, results, narration);
    }

    /**
     * Writes the results once more if the last write found the file held open by another program.
     *
     * @throws ResultsFile.ResultsBusyException if it is still held: the file then lacks the last runs
     */
    public void flush() throws IOException {
        recordPending();
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
        int total = trials.stream()
                .mapToInt(t -> repeatOverride != null ? repeatOverride : t.repeats())
                .sum();
        try {
            runAll(experiment, trials, narrated, repeatOverride, total);
        } finally {
            recordPending();
        }
        return file.results();
    }

    private void runAll(String experiment, List<Trial> trials, boolean narrated, Integer repeatOverride, int total)
            throws IOException, InterruptedException {
        int done = 0;
        for (int i = 0; i < trials.size(); ) {
            Trial trial = trials.get(i);
            if (trial.inChildJvm()) {
                int end = i + 1;
                while (end < trials.size() && trials.get(end).jvmFlags().equals(trial.jvmFlags())) {
                    end++;
                }
                recordPending();
                done = runInChild(experiment, trials.subList(i, end), repeatOverride, done, total);
                i = end;
                continue;
            }
            i++;
            int repeats = repeatOverride != null ? repeatOverride : trial.repeats();
            warmUp(trial);
            try {
                for (int r = 0; r < repeats; r++) {
                    listener.runStarting(experiment, trial, r, done, total);
                    PendingRun measured =
                            measurement.measure(experiment, trial, r, narrated, listener::tasksEnded, checksums);
                    PendingRun run =
                            new PendingRun(RanOn.stamp(measured.measured(), ChildJava.version()), measured.pinned());
                    listener.runEnded(run.measured());
                    pending.add(run);
                    recordReady();
                    done++;
                }
            } finally {
                trial.mode().close();
            }
        }
    }

    /** Records, in order, the runs whose pinned-event counts have come. */
    private void recordReady() throws IOException {
        while (!pending.isEmpty() && pending.peek().ready()) {
            record(pending.poll());
        }
    }

    /** Records every run not yet recorded, waiting for their pinned-event counts. */
    private void recordPending() throws IOException {
        while (!pending.isEmpty()) {
            record(pending.poll());
        }
    }

    private void record(PendingRun pendingRun) throws IOException {
        RunResult run = pendingRun.complete();
        file.add(run);
        listener.runRecorded(run);
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
                public void ended(RunResult delivered) throws IOException {
                    RunResult result = RanOn.stamp(delivered, ChildJava.version());
                    file.add(result);
                    listener.runEnded(result);
                    listener.runRecorded(result);
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
        recordPending();
        List<RunResult> checked = new java.util.ArrayList<>();
        for (RunResult run : runs) {
            RunResult one = run;
            try (Workload workload = Workloads.create(WorkloadSpec.parse(run.workload()))) {
                one = checksums.check(workload, run);
            } catch (RuntimeException e) {
                // a workload this lab does not know: nothing to hold its checksum against
            }
            checked.add(one);
        }
        file.addAll(checked);
        return file.results();
    }

    private void warmUp(Trial trial) throws InterruptedException {
        WorkloadSpec spec;
        int size;
        try (Workload probeWorkload = Workloads.create(trial.workload())) {
            spec = probeWorkload.warmUpSpec();
            size = probeWorkload.nature() == Nature.IO ? WARM_UP_IO_TASKS : WARM_UP_TASKS;
        }
        if (!warmed.add(spec + " @ " + trial.mode().id() + " #" + System.identityHashCode(trial.mode()))) {
            return;
        }
        try (Workload workload = Workloads.create(spec)) {
            trial.mode().run(workload, Math.min(trial.tasks(), size), new TaskProbe());
        }
    }
}
