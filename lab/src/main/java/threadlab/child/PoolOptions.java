package threadlab.child;

import java.time.Duration;
import threadlab.ipc.Channel;

/**
 * How a {@link ProcessPool} behaves; Python's {@code ProcessPoolExecutor} arguments and more.
 *
 * @param workers worker JVMs kept running ({@code max_workers})
 * @param chunk tasks sent to a worker in one frame ({@code map(chunksize=)})
 * @param maxTasksPerChild a worker is replaced after this many tasks; 0 for never ({@code max_tasks_per_child})
 * @param taskTimeout a task running longer has its worker killed and replaced, and fails; null for none
 * @param breakOnCrash a crashed worker breaks the pool and fails every pending task, as Python's
 *     {@code BrokenProcessPool} does; otherwise the worker is replaced and only its task fails
 * @param maxPending submissions beyond this many unfinished tasks wait ({@code submit} blocks)
 * @param initializer a workload spec each new worker runs {@code initializerTasks} tasks of before
 *     its first task (a warm-up, {@code initializer=}); null for none
 * @param transport the channel frames travel over; null to let the pool choose (shared memory where
 *     the cores allow, else pipes: see {@link ProcessPool})
 */
public record PoolOptions(
        int workers,
        int chunk,
        int maxTasksPerChild,
        Duration taskTimeout,
        boolean breakOnCrash,
        int maxPending,
        String initializer,
        int initializerTasks,
        Channel transport) {

    public PoolOptions {
        if (workers < 1 || chunk < 1 || maxTasksPerChild < 0 || maxPending < 1 || initializerTasks < 0) {
            throw new IllegalArgumentException("bad pool options: " + workers + " workers, chunk " + chunk);
        }
    }

    /** N workers, one task per frame, never recycled, no timeout, replace crashed workers. */
    public static PoolOptions of(int workers) {
        return new PoolOptions(workers, 1, 0, null, false, 1_000_000, null, 0, null);
    }

    public PoolOptions withWorkers(int n) {
        return new PoolOptions(
                n,
                chunk,
                maxTasksPerChild,
                taskTimeout,
                breakOnCrash,
                maxPending,
                initializer,
                initializerTasks,
                transport);
    }

    public PoolOptions withChunk(int n) {
        return new PoolOptions(
                workers,
                n,
                maxTasksPerChild,
                taskTimeout,
                breakOnCrash,
                maxPending,
                initializer,
                initializerTasks,
                transport);
    }

    public PoolOptions withMaxTasksPerChild(int n) {
        return new PoolOptions(
                workers, chunk, n, taskTimeout, breakOnCrash, maxPending, initializer, initializerTasks, transport);
    }

    public PoolOptions withTaskTimeout(Duration timeout) {
        return new PoolOptions(
                workers,
                chunk,
                maxTasksPerChild,
                timeout,
                breakOnCrash,
                maxPending,
                initializer,
                initializerTasks,
                transport);
    }

    public PoolOptions withBreakOnCrash(boolean b) {
        return new PoolOptions(
                workers, chunk, maxTasksPerChild, taskTimeout, b, maxPending, initializer, initializerTasks, transport);
    }

    public PoolOptions withMaxPending(int n) {
        return new PoolOptions(
                workers,
                chunk,
                maxTasksPerChild,
                taskTimeout,
                breakOnCrash,
                n,
                initializer,
                initializerTasks,
                transport);
    }

    /** Frames over {@code channel} (null: the fastest available); an unavailable channel falls back to pipes. */
    public PoolOptions withTransport(Channel channel) {
        return new PoolOptions(
                workers,
                chunk,
                maxTasksPerChild,
                taskTimeout,
                breakOnCrash,
                maxPending,
                initializer,
                initializerTasks,
                channel);
    }

    public PoolOptions withInitializer(String spec, int tasks) {
        return new PoolOptions(
                workers, chunk, maxTasksPerChild, taskTimeout, breakOnCrash, maxPending, spec, tasks, transport);
    }
}
