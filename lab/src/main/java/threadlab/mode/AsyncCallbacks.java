package threadlab.mode;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import threadlab.measure.TaskProbe;
import threadlab.workload.AsyncContext;
import threadlab.workload.AsyncWorkload;
import threadlab.workload.Workload;

/**
 * {@code async} and {@code async:N}: every task a non-blocking composition of callbacks
 * ({@link AsyncWorkload#startTask}), submitted with a completion callback that reports it. The
 * calling thread only starts tasks; timers, a ForkJoinPool and an asynchronous channel group
 * (one {@link AsyncContext}, opened and closed by each run) complete them, and no thread waits
 * for any one task. {@code async:N} takes a permit before starting a task and its callback gives
 * it back: never more than N operations in flight.
 *
 * <p>A task's latency runs from its start to its completion callback, queueing for a CPU step
 * included (no thread is "running it" in between).
 *
 * <p>A workload without a non-blocking form is refused as the run's error, never run blocking on
 * a pool. Interrupted while waiting, the run cancels every pending task (closing its socket),
 * closes the context, and throws {@link InterruptedException}: nothing stays pending.
 */
final class AsyncCallbacks implements Mode {

    /** The bound of plain {@code async}: none. */
    static final int UNBOUNDED = ModeType.NO_BOUND;

    /** The catalog line; it names the workloads without a non-blocking form (a test holds it to the code). */
    static final String SUMMARY = "callbacks and CompletableFuture over timers, a ForkJoinPool and non-blocking NIO; "
            + "async alone: no bound, async:N: at most N in flight; "
            + "counter, fault, pinning, starvation, threadlocal, carrier-deadlock have no non-blocking form (refused)";

    private final int limit;

    AsyncCallbacks(int limit) {
        this.limit = limit;
    }

    @Override
    public String id() {
        return limit == UNBOUNDED ? "async" : "async:" + limit;
    }

    @Override
    public int concurrency(int tasks) {
        return limit == UNBOUNDED ? tasks : Math.min(tasks, limit);
    }

    /** The CPU steps run on the context's ForkJoinPool, one worker a core. */
    @Override
    public int workers(int tasks) {
        return Math.min(concurrency(tasks), Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        if (!(workload instanceof AsyncWorkload async)) {
            probe.refused(
                    0,
                    tasks,
                    new UnsupportedOperationException("workload '" + workload.spec()
                            + "' has no non-blocking form; async does not hide a blocking call on a pool"));
            return;
        }
        if (tasks == 0) {
            return;
        }
        Semaphore permits = new Semaphore(limit == UNBOUNDED ? tasks : limit);
        Semaphore ended = new Semaphore(0);
        Map<Integer, CompletableFuture<Long>> pending = new ConcurrentHashMap<>();
        int[] started = {0};
        try (AsyncContext context = AsyncContext.open(Runtime.getRuntime().availableProcessors())) {
            try {
                probe.startAll(tasks, i -> {
                    permits.acquire();
                    long start = probe.begin();
                    started[0]++;
                    CompletableFuture<Long> task = startOne(async, i, context);
                    pending.put(i, task);
                    task.whenComplete((value, error) -> {
                        pending.remove(i);
                        probe.end(i, start, error == null ? value : 0, cause(error));
                        permits.release();
                        ended.release();
                    });
                });
                ended.acquire(started[0]);
            } catch (InterruptedException e) {
                pending.values().forEach(task -> task.cancel(false));
                throw e;
            }
        }
    }

    /** Starts task {@code index}; a start that throws is a task that failed, not a crashed run. */
    private static CompletableFuture<Long> startOne(AsyncWorkload workload, int index, AsyncContext context) {
        try {
            return workload.startTask(index, context);
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    /** What failed inside a chain: the cause that {@link CompletionException} wraps, not the wrapper. */
    static Throwable cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
