package threadlab.measure;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import threadlab.workload.Checksums;
import threadlab.workload.Workload;

/**
 * What every mode reports through: it wraps each task to count it in flight, time it, combine
 * its checksum and catch its failure, so every mode is measured by the same code. It is safe to
 * call from any number of threads at once; each call costs a few atomic operations.
 *
 * <p>A task's latency is its service time, from the moment a thread starts running it to its
 * end: queueing before that is the mode's business and shows in the wall time.
 */
public final class TaskProbe {

    /** Told about each task as it ends, on the thread that ran it (or that called it back). */
    @FunctionalInterface
    public interface Listener {
        void taskEnded(int index, long checksum, long latencyNanos, Throwable error);

        /**
         * As {@link #taskEnded}, for a task that ended in its completion callback ({@link #end}),
         * on the thread that completed it; by default the same as {@code taskEnded}.
         */
        default void taskCalledBack(int index, long checksum, long latencyNanos, Throwable error) {
            taskEnded(index, checksum, latencyNanos, error);
        }

        Listener NONE = (index, checksum, latencyNanos, error) -> {};
    }

    /** Starts task {@code index} in whatever way a mode starts tasks. */
    @FunctionalInterface
    public interface Starter {
        void start(int index) throws InterruptedException;
    }

    private final Listener listener;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final LongAdder completed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder checksums = new LongAdder();
    private final Recorder latencyMicros = new Recorder(3);
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private volatile String limitation;
    private volatile String notMeasured;
    private volatile int notStarted;
    private volatile boolean onVirtualThread;

    public TaskProbe(Listener listener) {
        this.listener = listener;
    }

    public TaskProbe() {
        this(Listener.NONE);
    }

    /** Runs task {@code index} of {@code workload}, measured. Never throws; a failure is counted. */
    public void run(Workload workload, int index) {
        long start = begin();
        long value = 0;
        Throwable error = null;
        try {
            value = workload.runTask(index);
        } catch (Throwable t) {
            error = t;
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        long latency = System.nanoTime() - start;
        ended(index, value, latency, error == null ? null : describe(error));
        listener.taskEnded(index, value, latency, error);
    }

    /**
     * Counts a task in flight from now and returns its start time, for a mode whose tasks do not
     * run on one thread from start to end (a callback chain). Every {@code begin} must be matched
     * by exactly one {@link #end}; {@link #run} is {@code begin}, the task, {@code end}.
     */
    public long begin() {
        started();
        return System.nanoTime();
    }

    /**
     * Ends task {@code index}, begun at {@code startNanos} by {@link #begin}: with its value, or
     * with the failure {@code error} (then {@code value} is ignored). Called from the task's
     * completion callback; tells the listener's {@link Listener#taskCalledBack} on the calling
     * thread. Never throws.
     */
    public void end(int index, long startNanos, long value, Throwable error) {
        long latency = System.nanoTime() - startNanos;
        long checksum = error == null ? value : 0;
        ended(index, checksum, latency, error == null ? null : describe(error));
        listener.taskCalledBack(index, checksum, latency, error);
    }

    /**
     * Counts a task as in flight; for modes that run tasks elsewhere (a child process) and time
     * them themselves. Every call is followed by one {@link #ended} (or {@link #requeued}).
     */
    public void started() {
        if (!onVirtualThread && Thread.currentThread().isVirtual()) {
            onVirtualThread = true;
        }
        int now = inFlight.incrementAndGet();
        int peak;
        while (now > (peak = peakInFlight.get()) && !peakInFlight.compareAndSet(peak, now)) {
            // another task raised the peak first: read it again
        }
    }

    /** Ends a task counted by {@link #started}: its checksum and latency, or its error (null if none). */
    public void ended(int index, long checksum, long latencyNanos, String error) {
        if (error == null) {
            checksums.add(Checksums.ofTask(index, checksum));
            completed.increment();
        } else {
            failed.increment();
            firstError.compareAndSet(null, error);
        }
        inFlight.decrementAndGet();
        latencyMicros.recordValue(Math.max(0, (latencyNanos + 500) / 1000));
    }

    /** Undoes a {@link #started} whose task will start again later (it was queued again). */
    public void requeued() {
        inFlight.decrementAndGet();
    }

    /** As {@link #ended}, and tells the listener too (with the error as an exception, if any). */
    public void endedAndTell(int index, long checksum, long latencyNanos, String error) {
        ended(index, checksum, latencyNanos, error);
        listener.taskEnded(index, checksum, latencyNanos, error == null ? null : new RuntimeException(error));
    }

    /**
     * Starts tasks 0..tasks-1 through {@code starter}. If the OS or the JVM refuses to start one
     * (no more native threads, a rejected submission), records how far it got as the run's
     * limitation and starts no more: the run ends with what did start.
     *
     * @throws InterruptedException if the starter was interrupted
     */
    public void startAll(int tasks, Starter starter) throws InterruptedException {
        for (int i = 0; i < tasks; i++) {
            try {
                starter.start(i);
            } catch (OutOfMemoryError | java.util.concurrent.RejectedExecutionException e) {
                refused(i, tasks, e);
                return;
            }
        }
    }

    /** Records that task {@code index} and every later one could not be started. */
    public void refused(int index, int tasks, Throwable cause) {
        notStarted = tasks - index;
        limitation = String.format(
                "refused to start task #%,d of %,d (%s); %,d tasks not started",
                index + 1, tasks, describe(cause), tasks - index);
    }

    /**
     * Records that this machine cannot run the mode at all (the OS or JVM lacks a channel, a
     * transport): no task is started and none fails. The run is then reported as not measured
     * here, with this reason, which is not a failure.
     */
    public void notMeasured(String reason) {
        notMeasured = reason;
    }

    /** Why the run was not measured here, or null when it was. */
    public String notMeasured() {
        return notMeasured;
    }

    /**
     * Adds tasks that ran without per-task measurement (a bare baseline loop), with the wrapping
     * sum of their {@link Checksums#ofTask} values.
     */
    public void addUnmeasured(long completedTasks, long checksumSum) {
        completed.add(completedTasks);
        checksums.add(checksumSum);
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Whether any task started on a virtual thread: only then can a task of the run pin its carrier. */
    public boolean ranOnVirtualThreads() {
        return onVirtualThread;
    }

    public int peakInFlight() {
        return peakInFlight.get();
    }

    public long completed() {
        return completed.sum();
    }

    /** Tasks that ran and threw, plus tasks that could not be started. */
    public long failed() {
        return failed.sum() + notStarted;
    }

    /** The wrapping sum of every completed task's {@link Checksums#ofTask}. */
    public long combinedChecksum() {
        return checksums.sum();
    }

    /** The latencies recorded so far, in microseconds; call once, after the run. */
    public Histogram latencyMicros() {
        return latencyMicros.getIntervalHistogram();
    }

    /** The first task failure and the start refusal, if any, as one line; null when none. */
    public String error() {
        String first = firstError.get();
        String limit = limitation;
        if (first == null) {
            return limit;
        }
        String failures = String.format("%,d tasks failed, first: %s", failed.sum(), first);
        return limit == null ? failures : limit + "; " + failures;
    }

    /** One line for a failure: the exception's simple name and the first line of its message. */
    public static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName()
                + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
