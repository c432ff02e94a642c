package threadlab.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What an asynchronous run's callback chains run on, owned by the mode that opens it: one timer
 * thread that completes delays (no thread waits out a delay), a {@link ForkJoinPool} for CPU
 * steps, and an {@link AsynchronousChannelGroup} whose few threads wait for I/O events and run
 * the completion handlers. Nothing here blocks a thread while a task waits.
 *
 * <p>{@link #close()} drops queued work, closes every channel of the group (so no socket outlives
 * the run) and waits for the threads to end; a CPU step already running is let finish.
 */
public final class AsyncContext implements AutoCloseable {

    private static final long CLOSE_WAIT_SECONDS = 60;

    private final ScheduledThreadPoolExecutor timer;
    private final ForkJoinPool cpu;
    private final AsynchronousChannelGroup channels;

    private AsyncContext(int parallelism) throws IOException {
        timer = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name("async-timer").factory());
        timer.setRemoveOnCancelPolicy(true);
        cpu = new ForkJoinPool(parallelism, AsyncContext::cpuWorker, null, true);
        channels = AsynchronousChannelGroup.withFixedThreadPool(
                parallelism, Thread.ofPlatform().name("async-io-", 1).factory());
    }

    /**
     * Opens a context whose CPU pool and I/O group each have {@code parallelism} threads.
     *
     * @throws UncheckedIOException if the channel group cannot be created
     */
    public static AsyncContext open(int parallelism) {
        try {
            return new AsyncContext(parallelism);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open an asynchronous channel group: " + e.getMessage(), e);
        }
    }

    private static ForkJoinWorkerThread cpuWorker(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("async-cpu-" + thread.getPoolIndex());
        return thread;
    }

    /**
     * A future that the timer completes {@code millis} ms from now, holding no thread meanwhile.
     * Cancelling it (or completing it otherwise) cancels the timer entry.
     */
    public CompletableFuture<Void> delay(long millis) {
        if (millis <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ScheduledFuture<?> entry = timer.schedule(() -> done.complete(null), millis, TimeUnit.MILLISECONDS);
        done.whenComplete((v, e) -> entry.cancel(false));
        return done;
    }

    /** The pool for CPU steps ({@code supplyAsync(step, cpu())}). */
    public ForkJoinPool cpu() {
        return cpu;
    }

    /** The group every asynchronous socket channel of the run opens in. */
    public AsynchronousChannelGroup channels() {
        return channels;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        cpu.shutdownNow();
        try {
            channels.shutdownNow();
        } catch (IOException e) {
            // closing every channel is what we asked for; a channel that failed to close is gone anyway
        }
        boolean interrupted = false;
        for (var step : new AwaitTermination[] {
            () -> timer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS),
            () -> cpu.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS),
            () -> channels.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)
        }) {
            while (true) {
                try {
                    step.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface AwaitTermination {
        boolean await() throws InterruptedException;
    }
}
