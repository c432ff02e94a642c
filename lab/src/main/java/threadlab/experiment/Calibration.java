package threadlab.experiment;

import java.util.Arrays;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * Measures one task's single-threaded time, the {@code t} of Amdahl's law: a couple of runs to
 * warm the JIT, then the median of up to five timed runs of task 0 on a fresh workload, within a
 * time budget so a long task is timed once or twice rather than five times.
 */
final class Calibration {

    private static final long WARM_UP_BUDGET_NANOS = 500_000_000L;
    private static final long TIMED_BUDGET_NANOS = 1_500_000_000L;

    private Calibration() {}

    /** Seconds for one task of {@code spec} on one thread. */
    static double singleTaskSeconds(WorkloadSpec spec) throws Exception {
        try (Workload workload = Workloads.create(spec)) {
            long start = System.nanoTime();
            for (int i = 0; i < 2 && System.nanoTime() - start < WARM_UP_BUDGET_NANOS; i++) {
                workload.runTask(0);
            }
            long[] samples = new long[5];
            int n = 0;
            start = System.nanoTime();
            while (n < samples.length && (n == 0 || System.nanoTime() - start < TIMED_BUDGET_NANOS)) {
                long t0 = System.nanoTime();
                workload.runTask(0);
                samples[n++] = System.nanoTime() - t0;
            }
            long[] taken = Arrays.copyOf(samples, n);
            Arrays.sort(taken);
            return taken[n / 2] / 1e9;
        }
    }
}
