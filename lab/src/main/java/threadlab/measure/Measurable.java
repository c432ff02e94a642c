package threadlab.measure;

import threadlab.workload.Workload;

/**
 * What {@link Meter} measures: something that runs N tasks of a workload, each through a
 * {@link TaskProbe}. Every execution mode is one (the modes' interface extends it), so the
 * meter runs modes without knowing them.
 */
public interface Measurable {

    /**
     * Runs tasks 0..tasks-1 of {@code workload}, each through {@code probe}, and returns when all
     * that started have ended.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException;
}
