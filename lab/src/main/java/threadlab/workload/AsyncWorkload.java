package threadlab.workload;

import java.util.concurrent.CompletableFuture;

/**
 * A workload whose task also has an honest non-blocking form: a composition of callbacks that
 * never holds a thread while the task waits (a timer for a sleep, non-blocking I/O for a socket,
 * a {@link java.util.concurrent.ForkJoinPool} for computing). Task {@code i} started this way
 * completes with the same value as {@link #runTask(int)}, so the run checksum is the same.
 *
 * <p>A workload that does not implement this has no such form (a lock has no non-blocking
 * acquire in the JDK): the {@code async} mode refuses it rather than hide a blocking call on a pool.
 */
public interface AsyncWorkload extends Workload {

    /**
     * Starts task {@code index} and returns at once, without blocking; the future completes with
     * the task's value, or exceptionally with what failed. Cancelling the future abandons the
     * task and releases what it holds (a socket is closed).
     */
    CompletableFuture<Long> startTask(int index, AsyncContext async);
}
