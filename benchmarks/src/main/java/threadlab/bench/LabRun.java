package threadlab.bench;

import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.workload.Workload;

/**
 * Runs N tasks of a lab workload in a lab mode from inside a benchmark, the way the lab's
 * experiments do, and returns the run's combined checksum for a {@code Blackhole}.
 *
 * <p>A lab mode never throws for a failed task: it counts it. A benchmark must not time a run
 * that silently did less work, so this turns any failed or unstarted task into an exception,
 * which JMH reports as a benchmark error (and {@code -foe true} turns into a failed build).
 */
final class LabRun {

    private LabRun() {}

    /**
     * Runs tasks 0..tasks-1 of {@code workload} in {@code mode}.
     *
     * @return the wrapping sum of every task's checksum
     * @throws IllegalStateException if any task failed or could not be started
     * @throws InterruptedException if the benchmark thread was interrupted while waiting
     */
    static long run(Mode mode, Workload workload, int tasks) throws InterruptedException {
        TaskProbe probe = new TaskProbe();
        mode.run(workload, tasks, probe);
        if (probe.failed() > 0 || probe.completed() != tasks) {
            throw new IllegalStateException(String.format(
                    "%s on %s: %d of %d tasks completed; %s",
                    workload.spec(), mode.id(), probe.completed(), tasks, probe.error()));
        }
        return probe.combinedChecksum();
    }
}
