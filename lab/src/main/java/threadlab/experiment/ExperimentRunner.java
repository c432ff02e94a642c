package threadlab.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import threadlab.measure.TaskProbe;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * Runs the trials of a plan, in order, and keeps the results file current: after every run the
 * whole file is rewritten atomically, so a crash loses at most the run in progress. Each run is
 * measured by a {@link RunMeasurement}.
 *
 * <p>Before the first run of a workload in a mode instance, a short warm-up (the workload's
 * {@link Workload#warmUpSpec()}, without its waiting) loads classes and warms the JIT on the same
 * code paths, and starts whatever the mode keeps between runs (a process pool's workers); it is
 * not recorded. After a trial's repeats the runner closes its mode. Trials with JVM flags of their
 * own run in a child JVM ({@link ChildTrials}), consecutive ones with the same flags in the same
 * child. Every run's checksum is held against the first complete run of the same workload
 * ({@link ChecksumCheck}).
 */
public final class ExperimentRunner {

    /** Told what the runner is doing, for progress display. */
    public interface Listener {
        default void runStarting(String experiment, Trial trial, int repeat, int done, int total) {}

        default void tasksEnded(long ended) {}

        default void runEnded(RunResult result) {}
    }

    private static final int WARM_UP_TASKS = 64;

    private final Listener listener;
    private final RunMeasurement measurement;
    private final ChecksumCheck checksums = new ChecksumCheck();
    private final Set<String> warmed = new HashSet<>();
    private final RunFile file;

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
            try {
                for (int r = 0; r < repeats; r++) {
                    listener.runStarting(experiment, trial, r, done, total);
                    RunResult result =
                            measurement.measure(experiment, trial, r, narrated, listener::tasksEnded, checksums);
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
}
