package threadlab.mode;

import threadlab.measure.Measurable;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * One way to run N tasks of a workload: on one thread, on a pool, on a thread each, on virtual
 * threads, on a ForkJoinPool, in child processes. Every mode runs task {@code i} through
 * {@link TaskProbe#run}, so every mode is measured the same way.
 *
 * <p>A mode does not throw when the platform limits it: if the OS refuses a thread, the mode
 * reports it through {@link TaskProbe#startAll} and returns once the started tasks have ended.
 * A mode leaves no thread or process behind when {@link #run} returns.
 */
public interface Mode extends Measurable, AutoCloseable {

    /** The id it was created from, with its bound: {@code platform-pool:4}, {@code virtual}. */
    String id();

    /** The most tasks this mode runs at once when asked to run {@code tasks}. */
    int concurrency(int tasks);

    /**
     * The most of {@code tasks} that compute at once, each to its end before its worker takes
     * another: a pool's threads, a ForkJoinPool's workers, the carriers of virtual threads. For a
     * mode that gives every task an OS thread or process of its own, every task in flight: the OS
     * then shares the cores among all of them. A computing task is not preempted on a worker, so
     * with fewer workers than tasks they compute in whole rounds (3 tasks on 2 carriers take two
     * tasks' time, not one and a half).
     */
    default int workers(int tasks) {
        return concurrency(tasks);
    }

    /**
     * Why no bound predicts this mode's runs, in one line, or null where the bounds apply: a mode
     * that measures a hand-off no bound models (a round trip to a peer, one at a time) says so, and
     * its runs carry that line as {@code noPrediction} instead of a prediction.
     */
    default String unmodelled() {
        return null;
    }

    /**
     * Runs tasks 0..tasks-1 of {@code workload}, each through {@code probe}, and returns when all
     * that started have ended.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    @Override
    void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException;

    /**
     * Releases what the mode keeps between runs (a process pool's workers). A mode may keep its
     * workers warm from one run to the next; whoever made the mode closes it when done with it.
     */
    @Override
    default void close() {}
}
