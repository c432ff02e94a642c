package threadlab.experiment;

import java.util.concurrent.CountDownLatch;
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
 * line crosses cores. The
 * median of five rounds is what the bound takes; the runs spread around it.
 */
final class ContendedHandOff {

    private static final long TIMED_BUDGET_NANOS = 1_500_000_000L;

    private ContendedHandOff() {}

    /**
     * A task's time while two tasks of {@code spec} update the same state on two threads at once:
     * the wall time from the first of the two starting to the last finishing, the median of up to
     * five rounds after two to warm up (the JIT compiles the contended loop in them). Wall time,
     * not the threads' CPU: a lock's waiters park, so the serialised hand-offs show in the wall
     * time and not in the CPU (a first version read CPU, and a {@code ReentrantLock} run sat at
     * 0.4-0.65 of its bound, every run). The two tasks overlap, so the round is one task's
     * contended time.
     */
    static double taskSeconds(WorkloadSpec spec) throws Exception {
        long[] samples = new long[5];
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
        return Calibration.median(samples, n) / 1e9;
    }

    /** Two threads released at once, each running one task on {@code workload}: first start to last end. */
    private static long contendedRound(Workload workload) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Thread[] threads = new Thread[2];
        long[] began = new long[threads.length];
        long[] ended = new long[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    began[index] = System.nanoTime();
                    workload.runTask(index);
                    ended[index] = System.nanoTime();
                } catch (Exception e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return Math.max(ended[0], ended[1]) - Math.min(began[0], began[1]);
    }
}
