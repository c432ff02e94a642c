package threadlab.child;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import threadlab.files.RefusedFolderException;
import threadlab.ipc.Channel;
import threadlab.ipc.IpcFolder;
import threadlab.machine.TimedPark;

/**
 * A pool of worker JVMs that run workload tasks: the JVM's {@code ProcessPoolExecutor}. This class
 * is the pool's front: one shared queue, admission ({@link PoolOptions#maxPending}), the channel,
 * closing. Each worker has a {@link PoolDispatcher} in the parent that takes tasks from the queue
 * (up to {@link PoolOptions#chunk} at a time), sends them, waits for the reply, and contains the
 * worker's failures.
 *
 * <p>Failures are contained: a worker that dies mid-task (crash, {@code kill -9},
 * {@code System.exit}, out of memory) fails that task with the exit code or signal and its last
 * stderr lines, is replaced, and every other task still completes exactly once. A task that
 * outlives {@link PoolOptions#taskTimeout} has its worker killed and replaced. When a batch of
 * several tasks dies, its tasks are queued again one by one, so that only the task that really
 * kills a worker is blamed. With {@link PoolOptions#breakOnCrash} the first crash instead fails
 * every pending task, as Python's {@code BrokenProcessPool} does.
 *
 * <p>{@link #close()} finishes the queued work, then lets the workers exit; {@link #closeNow()}
 * kills them and fails what was queued. Either way no worker outlives the pool, and the folder of
 * the workers' mapped files (shared-memory transport) is removed.
 *
 * <p>Frames travel over {@link PoolOptions#transport}: by default a mapped ring buffer per worker
 * where the cores allow it ({@link #automaticTransport}), else the workers' stdin and stdout; a
 * channel that cannot be set up here falls back to pipes.
 */
public final class ProcessPool implements AutoCloseable {

    /** Told when each task starts running in a worker and when it ends; called on dispatcher threads. */
    public interface Callback {
        void started(int index);

        void ended(int index, long checksum, long latencyNanos, String error);

        /** A started task goes back to the queue, to run again alone (its batch's worker died). */
        void requeued(int index);
    }

    /**
     * The channel a pool speaks to its workers over when {@link PoolOptions#transport} is null:
     * a memory-mapped ring buffer per worker (the fastest channel {@code ipc-channels} measured)
     * when the machine has a core for every polling side, two per worker (the worker and its
     * dispatcher thread); otherwise pipes. Measured on 2 cores ({@code ipc}, README): one worker
     * over shared memory beat pipes, while two workers over shared memory, four pollers on two
     * cores, were slower than two over pipes. Where timed parks are coarse (Windows), pipes always.
     */
    static Channel automaticTransport(int workers, int cores) {
        return automaticTransport(workers, cores, TimedPark.coarse());
    }

    /**
     * As {@link #automaticTransport(int, int)}, where {@code coarsePark} says timed parks are coarse
     * (Windows): a shared-memory side then cannot park between polls without oversleeping, and
     * would spin and yield a core away while idle, so the pool talks over pipes.
     */
    static Channel automaticTransport(int workers, int cores, boolean coarsePark) {
        return !coarsePark && 2 * workers <= cores ? Channel.SHARED_MEMORY : Channel.PIPE;
    }

    /** A queued task; {@code alone}: it must run in a batch of its own (its batch's worker died). */
    record Job(String spec, int index, Callback callback, boolean alone) {}

    // Shared with the dispatchers (PoolDispatcher), one per worker.
    final PoolOptions options;
    final List<String> command;
    final LinkedBlockingDeque<Job> queue = new LinkedBlockingDeque<>();
    final ScheduledExecutorService timer;
    final AtomicBoolean closing = new AtomicBoolean();
    volatile boolean killing;
    volatile String broken;
    final AtomicInteger workersStarted = new AtomicInteger();
    final AtomicInteger workerNames = new AtomicInteger();
    final Channel transport;
    final IpcFolder folder;

    private final Semaphore pending;
    private final List<PoolDispatcher> slots = new ArrayList<>();

    public ProcessPool(PoolOptions options, ChildJvm jvm) {
        this.options = options;
        this.command = jvm.workerCommand();
        this.pending = new Semaphore(options.maxPending());
        var scheduler = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().daemon().name("process-pool-timer").factory());
        scheduler.setRemoveOnCancelPolicy(true);
        this.timer = scheduler;
        Channel wanted = options.transport() != null
                ? options.transport()
                : automaticTransport(options.workers(), Runtime.getRuntime().availableProcessors());
        IpcFolder made = null;
        if (wanted != Channel.PIPE && wanted.available()) {
            try {
                made = IpcFolder.create();
            } catch (RefusedFolderException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                made = null;
            }
        }
        this.folder = made;
        this.transport = made == null ? Channel.PIPE : wanted;
        for (int i = 0; i < options.workers(); i++) {
            PoolDispatcher slot = new PoolDispatcher(this, i);
            slots.add(slot);
            slot.start();
        }
    }

    /**
     * Queues task {@code index} of the workload {@code spec}; waits while the pool already holds
     * {@link PoolOptions#maxPending} unfinished tasks.
     *
     * @throws RejectedExecutionException if the pool is closing
     * @throws InterruptedException if interrupted while waiting for room
     */
    public void submit(String spec, int index, Callback callback) throws InterruptedException {
        if (closing.get()) {
            throw new RejectedExecutionException("the process pool is closed");
        }
        String why = broken;
        if (why != null) {
            callback.started(index);
            callback.ended(index, 0, 0, "BrokenProcessPool: " + why);
            return;
        }
        pending.acquire();
        queue.addLast(new Job(spec, index, callback, false));
    }

    /** The channel this pool's frames travel over (pipes if the one asked for is not available here). */
    public Channel transport() {
        return transport;
    }

    /** How many worker JVMs this pool has started so far (replacements and recycling included). */
    public int workersStarted() {
        return workersStarted.get();
    }

    /** The pids of the live workers, for tests and for measurement. */
    public List<Long> workerPids() {
        return slots.stream()
                .map(PoolDispatcher::worker)
                .filter(w -> w != null && w.isAlive())
                .map(Worker::pid)
                .toList();
    }

    /** Finishes every queued task, then lets the workers exit and waits for them. */
    @Override
    public void close() {
        closing.set(true);
        joinSlots();
    }

    /** Kills the workers at once; queued and running tasks fail. */
    public void closeNow() {
        closing.set(true);
        killing = true;
        for (PoolDispatcher slot : slots) {
            slot.kill();
        }
        failQueued("the process pool was closed before the task ran");
        joinSlots();
    }

    private void joinSlots() {
        boolean interrupted = false;
        for (PoolDispatcher slot : slots) {
            while (slot.isAlive()) {
                try {
                    slot.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    killing = true;
                    slot.kill();
                }
            }
        }
        timer.shutdownNow();
        if (folder != null) {
            folder.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void failQueued(String why) {
        Job job;
        while ((job = queue.pollFirst()) != null) {
            fail(job, why);
        }
    }

    void fail(Job job, String why) {
        job.callback().started(job.index());
        job.callback().ended(job.index(), 0, 0, why);
        pending.release();
    }

    /** A task has ended, one way or the other: room for one more submission. */
    void release() {
        pending.release();
    }
}
