package threadlab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import threadlab.measure.ProcessCpu;
import threadlab.workload.LoopbackHost;
import threadlab.workload.Nature;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * Measures, before the runs and on this machine, the figures the bounds are computed from:
 *
 * <ul>
 *   <li>one task's single-threaded time, the {@code t} of Amdahl's law: a couple of runs to warm
 *       the JIT, then the median of up to five timed runs of task 0 on a fresh workload, within a
 *       time budget so a long task is timed once or twice rather than five times. Its CPU time on
 *       the calibrating thread, not its wall time, plus its wait: a machine busy with other work
 *       stretches the wall time of a calibration as it does a run's, and the bound is what this
 *       machine does for the run when the run has it;
 *   <li>for tasks that wait, the CPU one task costs the process and the loopback server (its own
 *       thread, the JDK's I/O poller, the server's child JVM), timed on the same task
 *       without its wait ({@link Workload#warmUpSpec}), over five batches, less the JIT's
 *       compiling meanwhile;
 *   <li>for tasks on shared state, a task's time while two run on it at once on two threads (the
 *       contended hand-off of a cache line or a lock), in CPU time, the median of three.
 * </ul>
 */
final class Calibration {

    private static final long WARM_UP_BUDGET_NANOS = 500_000_000L;
    private static final long TIMED_BUDGET_NANOS = 1_500_000_000L;
    private static final long BATCH_BUDGET_NANOS = 100_000_000L;
    private static final int BATCH_TASKS = 200;

    /** What was measured for one workload spec; NaN where a figure does not apply or failed. */
    record Figures(double taskSeconds, double taskCpuSeconds, double contendedTaskSeconds, int contendedParallel) {
        static final Figures NONE = new Figures(Double.NaN, Double.NaN, Double.NaN, 0);
    }

    private Calibration() {}

    /** The figures for {@code spec} on this machine with {@code cores} cores. */
    static Figures of(WorkloadSpec spec, int cores) throws Exception {
        Nature nature = Workloads.type(spec.name()).nature();
        if (nature == Nature.IO) {
            try (Workload workload = Workloads.create(spec)) {
                double wait = workload.blockingTime().toNanos() / 1e9;
                double[] noWait = batch(workload.warmUpSpec());
                return new Figures(wait + noWait[0], noWait[1], Double.NaN, 0);
            }
        }
        double wait;
        try (Workload workload = Workloads.create(spec)) {
            wait = workload.blockingTime().toNanos() / 1e9;
        }
        double[] single = singleTask(spec);
        double cpu = single[1];
        double t = Double.isNaN(cpu) ? single[0] : wait + cpu;
        double contended = nature == Nature.CONTENDED && cores >= 2 ? contendedTaskSeconds(spec) : Double.NaN;
        return new Figures(t, cpu, contended, Double.isNaN(contended) ? 0 : 2);
    }

    /**
     * Wall and CPU seconds for one task of {@code spec} on this thread, each the median of the
     * timed runs; the CPU is NaN where the JVM does not measure a thread's CPU time.
     */
    static double[] singleTask(WorkloadSpec spec) throws Exception {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        boolean measuresCpu = bean.isCurrentThreadCpuTimeSupported();
        try (Workload workload = Workloads.create(spec)) {
            long start = System.nanoTime();
            for (int i = 0; i < 2 && System.nanoTime() - start < WARM_UP_BUDGET_NANOS; i++) {
                workload.runTask(0);
            }
            long[] samples = new long[5];
            long[] cpu = new long[5];
            int n = 0;
            start = System.nanoTime();
            while (n < samples.length && (n == 0 || System.nanoTime() - start < TIMED_BUDGET_NANOS)) {
                long c0 = measuresCpu ? bean.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                workload.runTask(0);
                samples[n] = System.nanoTime() - t0;
                cpu[n++] = measuresCpu ? bean.getCurrentThreadCpuTime() - c0 : 0;
            }
            return new double[] {median(samples, n) / 1e9, measuresCpu ? median(cpu, n) / 1e9 : Double.NaN};
        }
    }

    private static long median(long[] samples, int n) {
        long[] taken = Arrays.copyOf(samples, n);
        Arrays.sort(taken);
        return taken[n / 2];
    }

    /**
     * Wall and CPU seconds per task of {@code spec}, run one after another in batches of up to
     * {@link #BATCH_TASKS}, after one batch to warm up: the wall time the least of five batches,
     * the CPU (this process's and the loopback server's, whose share of a round trip is the task's
     * cost too, and which a run counts among its children) their total over their tasks, less the
     * JIT's compiling meanwhile. A total, not the least, because the server's CPU comes in the OS's
     * 10 ms ticks: the least of five such readings would often be a tick short. Other children
     * (an idle pool's workers, say) are left out: their ticks would be noise here.
     */
    private static double[] batch(WorkloadSpec spec) throws Exception {
        double bestWall = Double.NaN;
        long cpuNanos = 0;
        long jitMillis = 0;
        long tasks = 0;
        boolean cpuKnown = true;
        try (Workload workload = Workloads.create(spec)) {
            for (int round = 0; round < 6; round++) {
                long jit0 = ProcessCpu.jitMillis();
                long cpu0 = cpuWithServer();
                long t0 = System.nanoTime();
                int n = 0;
                while (n < BATCH_TASKS && (n == 0 || System.nanoTime() - t0 < BATCH_BUDGET_NANOS)) {
                    workload.runTask(n++);
                }
                double wall = (System.nanoTime() - t0) / 1e9 / n;
                long cpu1 = cpuWithServer();
                long jit = Math.max(0, ProcessCpu.jitMillis() - jit0);
                if (round == 0) {
                    continue;
                }
                bestWall = Double.isNaN(bestWall) ? wall : Math.min(bestWall, wall);
                cpuKnown &= cpu0 >= 0 && cpu1 >= 0;
                cpuNanos += cpu1 - cpu0;
                jitMillis += jit;
                tasks += n;
            }
        }
        double cpu = cpuKnown && tasks > 0 ? Math.max(0, cpuNanos / 1e9 - jitMillis / 1e3) / tasks : Double.NaN;
        return new double[] {bestWall, cpu};
    }

    /** This process's CPU so far and the loopback server's, if one runs; -1 where this process's is unknown. */
    private static long cpuWithServer() {
        long own = ProcessCpu.nanos();
        LoopbackHost host = LoopbackHost.sharedIfStarted();
        if (own < 0 || host == null) {
            return own;
        }
        java.time.Duration server = host.cpuSoFar();
        return server == null ? own : own + server.toNanos();
    }

    /**
     * A task's time while two tasks of {@code spec} update the same state on two threads at once:
     * the mean of the two threads' CPU time for their task (their wall time where the JVM does not
     * measure a thread's CPU), the median of three rounds after one to warm up. CPU time, so that
     * other work on the machine does not stretch it; a contended cache line or a spinning lock
     * costs CPU, which is what is measured.
     */
    private static double contendedTaskSeconds(WorkloadSpec spec) throws Exception {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        boolean measuresCpu = bean.isCurrentThreadCpuTimeSupported();
        long[] samples = new long[3];
        try (Workload workload = Workloads.create(spec)) {
            for (int round = -1; round < samples.length; round++) {
                CountDownLatch go = new CountDownLatch(1);
                Thread[] threads = new Thread[2];
                long[] taken = new long[threads.length];
                for (int i = 0; i < threads.length; i++) {
                    int index = i;
                    threads[i] = Thread.ofPlatform().start(() -> {
                        try {
                            go.await();
                            long c0 = measuresCpu ? bean.getCurrentThreadCpuTime() : System.nanoTime();
                            workload.runTask(index);
                            taken[index] = (measuresCpu ? bean.getCurrentThreadCpuTime() : System.nanoTime()) - c0;
                        } catch (Exception e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
                go.countDown();
                for (Thread t : threads) {
                    t.join();
                }
                if (round >= 0) {
                    samples[round] = (taken[0] + taken[1]) / 2;
                }
            }
        }
        Arrays.sort(samples);
        return samples[1] / 1e9;
    }
}
