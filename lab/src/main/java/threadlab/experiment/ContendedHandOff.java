package threadlab.experiment;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import threadlab.model.Contended;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * The calibration's figure for tasks on shared state: what a contended hand-off of a cache line
 * or a lock costs a task on this machine, two threads on one counter at once.
 *
 * <p>On a 2-vCPU VM the figure is not one number: 8 tasks of 200,000 {@code AtomicLong}
 * increments on a pool of 2 took 8 to 50 ms run by run in one JVM (8 repeats; Intel Xeon, JDK
 * 25), and 7.6 to 14.3 ms with the JVM held to one core ({@code taskset -c 0}), where no cache
 * line crosses cores. Sixty rounds of two such tasks on two threads, one round every 50 ms, took
 * 2.2 to 8.4 ms a round, while a cache line passed back and forth between two threads in a steady
 * 0.12-0.14 µs a round trip between the rounds: the spread is not the line's transfer time but how
 * the two cores take turns owning it. The four rounds whose two threads started and ended on one
 * vCPU took 2.3-2.5 ms, the two tasks' time uncontended; eight rounds seen on two vCPUs were as
 * fast. The median round is what the bound takes, and the fastest and slowest are kept
 * ({@link Contended}): a run outside the band but inside that spread is named as such.
 */
final class ContendedHandOff {

    private static final long TIMED_BUDGET_NANOS = 1_500_000_000L;
    private static final long SPREAD_NANOS = 20_000_000L;
    static final int ROUNDS = 7;

    private ContendedHandOff() {}

    /**
     * A task's time while two tasks of {@code spec} update the same state on two threads at once:
     * the wall time from the first of the two starting to the last finishing, the median of up to
     * {@value #ROUNDS} rounds after two to warm up (the JIT compiles the contended loop in them),
     * with the fastest and the slowest round. Wall time, not the threads' CPU: a lock's waiters
     * park, so the serialised hand-offs show in the wall time and not in the CPU (a first version
     * read CPU, and a {@code ReentrantLock} run sat at 0.4-0.65 of its bound, every run). The two
     * tasks overlap, so the round is one task's contended time.
     */
    static Contended measure(WorkloadSpec spec) throws Exception {
        long[] samples = new long[ROUNDS];
        int n = 0;
        try (Workload workload = Workloads.create(spec)) {
            long timedStart = 0;
            for (int round = -2; n < samples.length; round++) {
                if (round == 0) {
                    timedStart = System.nanoTime();
                } else if (round > 0 && System.nanoTime() - timedStart > TIMED_BUDGET_NANOS) {
                    break;
                }
                long wall = contendedRound(workload);
                if (round >= 0) {
                    samples[n++] = wall;
                }
            }
        }
        long[] timed = Arrays.copyOf(samples, n);
        Arrays.sort(timed);
        return new Contended(timed[n / 2] / 1e9, timed[0] / 1e9, timed[n - 1] / 1e9, 2);
    }

    /**
     * Two threads, each running one task on {@code workload} from the same instant: first start to
     * last end. Both spin for {@link #SPREAD_NANOS} before they start, so the OS has placed them
     * on two cores, as a run's workers are after their first tasks: released from a latch, a
     * woken thread often ran on its waker's core, where the two time-share one cache and the
     * contended round cost no more than the two tasks one after another (a verify run calibrated
     * 8 tasks of {@code synchronized} at 21 ms, the pair of tasks at 5.1 ms, whose runs on two
     * workers then took 202-303 ms).
     */
    private static long contendedRound(Workload workload) throws InterruptedException {
        AtomicInteger arrived = new AtomicInteger();
        AtomicLong startAt = new AtomicLong(Long.MAX_VALUE);
        Thread[] threads = new Thread[2];
        long[] began = new long[threads.length];
        long[] ended = new long[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = Thread.ofPlatform().start(() -> {
                startAt.compareAndSet(Long.MAX_VALUE, System.nanoTime() + SPREAD_NANOS);
                arrived.incrementAndGet();
                while (arrived.get() < threads.length || System.nanoTime() < startAt.get()) {
                    Thread.onSpinWait();
                }
                try {
                    began[index] = System.nanoTime();
                    workload.runTask(index);
                    ended[index] = System.nanoTime();
                } catch (Exception e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        return Math.max(ended[0], ended[1]) - Math.min(began[0], began[1]);
    }
}
