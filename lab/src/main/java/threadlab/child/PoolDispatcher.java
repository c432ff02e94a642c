package threadlab.child;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import threadlab.child.ProcessPool.Job;

/**
 * One worker of a {@link ProcessPool} and the platform thread in the parent that feeds it: takes
 * tasks from the pool's queue, up to {@link PoolOptions#chunk} of one workload at a time, sends
 * them to the worker and waits for the replies, starting the worker when there is none and
 * recycling it after {@link PoolOptions#maxTasksPerChild} tasks.
 *
 * <p>Its failures stay here: a worker that dies mid-task fails that task (exit code or signal, last
 * stderr lines) and is replaced; one that outlives {@link PoolOptions#taskTimeout} is killed; a
 * batch that dies is queued again task by task, so that only the culprit is blamed; with
 * {@link PoolOptions#breakOnCrash} the first crash breaks the pool.
 */
final class PoolDispatcher {

    private final ProcessPool pool;
    private final Thread thread;
    private volatile Worker worker;
    private int tasksInWorker;

    PoolDispatcher(ProcessPool pool, int number) {
        this.pool = pool;
        this.thread = Thread.ofPlatform()
                .daemon()
                .name("process-pool-dispatch-" + number)
                .unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    void join() throws InterruptedException {
        thread.join();
    }

    /** The live worker, or null between workers. */
    Worker worker() {
        return worker;
    }

    /** Kills the worker at once, if there is one. */
    void kill() {
        Worker w = worker;
        if (w != null) {
            w.kill();
        }
    }

    private void loop() {
        try {
            while (!pool.killing) {
                Job first = pool.queue.pollFirst(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (pool.closing.get() && pool.queue.isEmpty()) {
                        break;
                    }
                    continue;
                }
                List<Job> batch = new ArrayList<>(List.of(first));
                while (!first.alone() && batch.size() < pool.options.chunk()) {
                    Job next = pool.queue.peekFirst();
                    if (next == null || next.alone() || !next.spec().equals(first.spec())) {
                        break;
                    }
                    Job taken = pool.queue.pollFirst();
                    if (taken == null) {
                        break;
                    }
                    if (taken.alone() || !taken.spec().equals(first.spec())) {
                        pool.queue.addFirst(taken);
                        break;
                    }
                    batch.add(taken);
                }
                dispatch(batch);
            }
        } catch (InterruptedException e) {
            pool.killing = true;
        } finally {
            Worker w = worker;
            worker = null;
            if (w != null) {
                if (pool.killing) {
                    w.kill();
                }
                w.close();
            }
        }
    }

    private void dispatch(List<Job> batch) {
        String why = pool.broken;
        if (why != null) {
            batch.forEach(job -> pool.fail(job, "BrokenProcessPool: " + why));
            return;
        }
        if (pool.killing) {
            batch.forEach(job -> pool.fail(job, "the process pool was closed before the task ran"));
            return;
        }
        if (worker == null) {
            try {
                String name = "worker-" + pool.workerNames.incrementAndGet();
                worker = Worker.start(
                        pool.command,
                        pool.transport,
                        pool.folder,
                        name,
                        pool.options.initializer(),
                        pool.options.initializerTasks());
                pool.workersStarted.incrementAndGet();
                tasksInWorker = 0;
            } catch (IOException | WorkerDiedException e) {
                batch.forEach(job -> pool.fail(job, "cannot start a worker JVM: " + e.getMessage()));
                return;
            }
        }
        int[] indexes = batch.stream().mapToInt(Job::index).toArray();
        batch.forEach(job -> job.callback().started(job.index()));
        AtomicBoolean timedOut = new AtomicBoolean();
        Worker current = worker;
        ScheduledFuture<?> deadline = pool.options.taskTimeout() == null
                ? null
                : pool.timer.schedule(
                        () -> {
                            timedOut.set(true);
                            current.kill();
                        },
                        pool.options.taskTimeout().toNanos() * batch.size(),
                        TimeUnit.NANOSECONDS);
        long start = System.nanoTime();
        try {
            TaskReply[] replies = current.run(batch.get(0).spec(), indexes, 0, indexes.length);
            long latency = System.nanoTime() - start;
            for (int i = 0; i < replies.length; i++) {
                Job job = batch.get(i);
                job.callback()
                        .ended(
                                job.index(),
                                replies[i].checksum(),
                                batch.size() == 1 ? latency : replies[i].latencyNanos(),
                                replies[i].error());
                pool.release();
            }
            tasksInWorker += replies.length;
            if (pool.options.maxTasksPerChild() > 0 && tasksInWorker >= pool.options.maxTasksPerChild()) {
                worker = null;
                current.close();
            }
        } catch (WorkerDiedException e) {
            worker = null;
            current.close();
            long latency = System.nanoTime() - start;
            String reason = pool.killing
                    ? "the process pool was closed while the task ran"
                    : timedOut.get()
                            ? String.format(
                                    "timed out after %d ms: worker pid %d killed and replaced",
                                    pool.options.taskTimeout().toMillis(), current.pid())
                            : e.getMessage();
            if (pool.options.breakOnCrash() && !pool.killing) {
                pool.broken = reason;
            }
            if (batch.size() == 1 || pool.broken != null || pool.killing) {
                for (Job job : batch) {
                    job.callback()
                            .ended(
                                    job.index(),
                                    0,
                                    latency,
                                    pool.broken != null && !pool.killing ? "BrokenProcessPool: " + reason : reason);
                    pool.release();
                }
                if (pool.broken != null) {
                    pool.failQueued("BrokenProcessPool: " + pool.broken);
                }
            } else {
                // A batch died: run its tasks again one by one, so only the culprit is blamed.
                for (int i = batch.size() - 1; i >= 0; i--) {
                    Job job = batch.get(i);
                    job.callback().requeued(job.index());
                    pool.queue.addFirst(new Job(job.spec(), job.index(), job.callback(), true));
                }
            }
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }
}
