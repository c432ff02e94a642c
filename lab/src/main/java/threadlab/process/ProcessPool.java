package threadlab.process;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import threadlab.files.RefusedFolderException;
import threadlab.ipc.Channel;
import threadlab.ipc.IpcFolder;
import threadlab.machine.TimedPark;

/**
 * A pool of worker JVMs that run workload tasks: the JVM's {@code ProcessPoolExecutor}. Each
 * worker has a dispatcher thread in the parent that takes tasks from one shared queue (up to
 * {@link PoolOptions#chunk} at a time), sends them, and waits for the reply.
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

    private record Job(String spec, int index, Callback callback, boolean alone) {}

    private final PoolOptions options;
    private final List<String> command;
    private final LinkedBlockingDeque<Job> queue = new LinkedBlockingDeque<>();
    private final Semaphore pending;
    private final ScheduledExecutorService timer;
    private final List<Slot> slots = new ArrayList<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean killing;
    private volatile String broken;
    private final java.util.concurrent.atomic.AtomicInteger workersStarted = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger workerNames = new java.util.concurrent.atomic.AtomicInteger();
    private final Channel transport;
    private final IpcFolder folder;

    public ProcessPool(PoolOptions options, ChildJvm jvm) {
        this.options = options;
        this.command = jvm.workerCommand();
        this.pending = new Semaphore(options.maxPending());
        var scheduler = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("process-pool-timer").factory());
        scheduler.setRemoveOnCancelPolicy(true);
        this.timer = scheduler;
        Channel wanted = options.transport() != null ? options.transport()
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
            Slot slot = new Slot(i);
            slots.add(slot);
            slot.thread.start();
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
        return slots.stream().map(s -> s.worker).filter(w -> w != null && w.isAlive()).map(Worker::pid).toList();
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
        for (Slot slot : slots) {
            Worker w = slot.worker;
            if (w != null) {
                w.kill();
            }
        }
        failQueued("the process pool was closed before the task ran");
        joinSlots();
    }

    private void joinSlots() {
        boolean interrupted = false;
        for (Slot slot : slots) {
            while (slot.thread.isAlive()) {
                try {
                    slot.thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    killing = true;
                    Worker w = slot.worker;
                    if (w != null) {
                        w.kill();
                    }
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

    private void failQueued(String why) {
        Job job;
        while ((job = queue.pollFirst()) != null) {
            fail(job, why);
        }
    }

    private void fail(Job job, String why) {
        job.callback().started(job.index());
        job.callback().ended(job.index(), 0, 0, why);
        pending.release();
    }

    /** One worker and the platform thread that feeds it. */
    private final class Slot {
        final Thread thread;
        volatile Worker worker;
        int tasksInWorker;

        Slot(int number) {
            this.thread = Thread.ofPlatform().daemon().name("process-pool-dispatch-" + number).unstarted(this::loop);
        }

        private void loop() {
            try {
                while (!killing) {
                    Job first = queue.pollFirst(50, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (closing.get() && queue.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    List<Job> batch = new ArrayList<>(List.of(first));
                    while (!first.alone() && batch.size() < options.chunk()) {
                        Job next = queue.peekFirst();
                        if (next == null || next.alone() || !next.spec().equals(first.spec())) {
                            break;
                        }
                        Job taken = queue.pollFirst();
                        if (taken == null) {
                            break;
                        }
                        if (taken.alone() || !taken.spec().equals(first.spec())) {
                            queue.addFirst(taken);
                            break;
                        }
                        batch.add(taken);
                    }
                    dispatch(batch);
                }
            } catch (InterruptedException e) {
                killing = true;
            } finally {
                Worker w = worker;
                worker = null;
                if (w != null) {
                    if (killing) {
                        w.kill();
                    }
                    w.close();
                }
            }
        }

        private void dispatch(List<Job> batch) {
            String why = broken;
            if (why != null) {
                batch.forEach(job -> fail(job, "BrokenProcessPool: " + why));
                return;
            }
            if (killing) {
                batch.forEach(job -> fail(job, "the process pool was closed before the task ran"));
                return;
            }
            if (worker == null) {
                try {
                    worker = Worker.start(command, transport, folder, "worker-" + workerNames.incrementAndGet(),
                            options.initializer(), options.initializerTasks());
                    workersStarted.incrementAndGet();
                    tasksInWorker = 0;
                } catch (IOException | WorkerDiedException e) {
                    batch.forEach(job -> fail(job, "cannot start a worker JVM: " + e.getMessage()));
                    return;
                }
            }
            int[] indexes = batch.stream().mapToInt(Job::index).toArray();
            batch.forEach(job -> job.callback().started(job.index()));
            AtomicBoolean timedOut = new AtomicBoolean();
            Worker current = worker;
            ScheduledFuture<?> deadline = options.taskTimeout() == null ? null
                    : timer.schedule(() -> {
                        timedOut.set(true);
                        current.kill();
                    }, options.taskTimeout().toNanos() * batch.size(), TimeUnit.NANOSECONDS);
            long start = System.nanoTime();
            try {
                TaskReply[] replies = current.run(batch.get(0).spec(), indexes, 0, indexes.length);
                long latency = System.nanoTime() - start;
                for (int i = 0; i < replies.length; i++) {
                    Job job = batch.get(i);
                    job.callback().ended(job.index(), replies[i].checksum(),
                            batch.size() == 1 ? latency : replies[i].latencyNanos(), replies[i].error());
                    pending.release();
                }
                tasksInWorker += replies.length;
                if (options.maxTasksPerChild() > 0 && tasksInWorker >= options.maxTasksPerChild()) {
                    worker = null;
                    current.close();
                }
            } catch (WorkerDiedException e) {
                worker = null;
                current.close();
                long latency = System.nanoTime() - start;
                String reason = killing ? "the process pool was closed while the task ran"
                        : timedOut.get() ? String.format("timed out after %d ms: worker pid %d killed and replaced",
                                options.taskTimeout().toMillis(), current.pid())
                        : e.getMessage();
                if (options.breakOnCrash() && !killing) {
                    broken = reason;
                }
                if (batch.size() == 1 || broken != null || killing) {
                    for (Job job : batch) {
                        job.callback().ended(job.index(), 0, latency,
                                broken != null && !killing ? "BrokenProcessPool: " + reason : reason);
                        pending.release();
                    }
                    if (broken != null) {
                        failQueued("BrokenProcessPool: " + broken);
                    }
                } else {
                    // A batch died: run its tasks again one by one, so only the culprit is blamed.
                    for (int i = batch.size() - 1; i >= 0; i--) {
                        Job job = batch.get(i);
                        job.callback().requeued(job.index());
                        queue.addFirst(new Job(job.spec(), job.index(), job.callback(), true));
                    }
                }
            } finally {
                if (deadline != null) {
                    deadline.cancel(false);
                }
            }
        }
    }
}
