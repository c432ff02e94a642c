package threadlab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import threadlab.measure.CpuSpan;
import threadlab.measure.ProcessCpu;
import threadlab.model.Contended;
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
 *   <li>for tasks that wait, the same task without its wait ({@link Workload#warmUpSpec}): its wall
 *       time one at a time (the least of five batches), and the CPU it costs the process and the
 *       loopback server (its own thread, the JDK's I/O poller, the server's child JVM) with eight
 *       in flight, once up to 10,000 of them have warmed the JIT, less the JIT's compiling
 *       meanwhile: the CPU bound binds only with many in flight;
 *   <li>for tasks on shared state, a task's time while two run on it at once on two threads (the
 *       contended hand-off of a cache line or a lock), in wall time, the median of seven, with
 *       the fastest and the slowest of them.
 * </ul>
 */
final class Calibration {

    private static final long WARM_UP_BUDGET_NANOS = 500_000_000L;
    private static final long TIMED_BUDGET_NANOS = 1_500_000_000L;
    private static final long BATCH_BUDGET_NANOS = 100_000_000L;
    private static final int BATCH_TASKS = 200;
    private static final int JIT_WARM_UP_TASKS = 10_000;
    private static final int BUSY_TASKS = 20_000;
    private static final long BUSY_BUDGET_NANOS = 300_000_000L;
    private static final int AT_ONCE = 8;

    /** What was measured for one workload spec; NaN where a figure does not apply or failed. */
    record Figures(double taskSeconds, double taskCpuSeconds, Contended contended) {
        static final Figures NONE = new Figures(Double.NaN, Double.NaN, Contended.NONE);
    }

    private Calibration() {}

    /** The figures for {@code spec} on this machine with {@code cores} cores. */
    static Figures of(WorkloadSpec spec, int cores) throws Exception {
        Nature nature = Workloads.type(spec.name()).nature();
        if (nature == Nature.IO) {
            try (Workload workload = Workloads.create(spec)) {
                double wait = workload.blockingTime().toNanos() / 1e9;
                double busyCpu = busyCpuPerTask(workload.warmUpSpec());
                double[] noWait = batch(workload.warmUpSpec());
                return new Figures(wait + noWait[0], Double.isNaN(busyCpu) ? noWait[1] : busyCpu, Contended.NONE);
            }
        }
        double wait;
        try (Workload workload = Workloads.create(spec)) {
            wait = workload.blockingTime().toNanos() / 1e9;
        }
        double[] single = singleTask(spec);
        double cpu = single[1];
        double t = Double.isNaN(cpu) ? single[0] : wait + cpu;
        Contended contended =
                nature == Nature.CONTENDED && cores >= 2 ? ContendedHandOff.measure(spec) : Contended.NONE;
        return new Figures(t, cpu, contended);
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

    static long median(long[] samples, int n) {
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
        double cpuSeconds = 0;
        long tasks = 0;
        try (Workload workload = Workloads.create(spec)) {
            for (int round = 0; round < 6; round++) {
                CpuSpan cpu = CpuSpan.start(Calibration::cpuWithServer);
                long t0 = System.nanoTime();
                int n = 0;
                while (n < BATCH_TASKS && (n == 0 || System.nanoTime() - t0 < BATCH_BUDGET_NANOS)) {
                    workload.runTask(n++);
                }
                double wall = (System.nanoTime() - t0) / 1e9 / n;
                double spent = cpu.seconds();
                if (round == 0) {
                    continue;
                }
                bestWall = Double.isNaN(bestWall) ? wall : Math.min(bestWall, wall);
                cpuSeconds += spent;
                tasks += n;
            }
        }
        double cpu = Double.isNaN(cpuSeconds) || tasks == 0 ? Double.NaN : Math.max(0, cpuSeconds) / tasks;
        return new double[] {bestWall, cpu};
    }

    /**
     * The CPU a task of {@code spec} costs the process and the loopback server with
     * {@link #AT_ONCE} in flight, on virtual threads: first up to {@link #JIT_WARM_UP_TASKS} tasks
     * within {@link #WARM_UP_BUDGET_NANOS} to warm the JIT (a connection's code paths run once a
     * task, so this JVM's and the server's JIT compile them only after thousands of tasks), then
     * those that run in {@link #BUSY_BUDGET_NANOS}, their CPU less the JIT's compiling over their
     * count. Measured both ways, in a fresh JVM, before 10,000 tasks on virtual threads and async:
     * one at a time {@code socket:latencyMs=1,rounds=1} cost 0.261 ms a task cold and 0.065 warm,
     * the runs 0.067-0.150; {@code rounds=10} 0.638 ms one at a time warm, the runs 0.244-0.431.
     * One at a time, every round trip wakes both ends from idle; with many in flight the pollers
     * and the server find several ready at each wake-up, and the CPU bound only binds there.
     * NaN where this process's CPU is not known.
     */
    private static double busyCpuPerTask(WorkloadSpec spec) throws Exception {
        try (Workload workload = Workloads.create(spec)) {
            AtomicInteger next = new AtomicInteger();
            runAtOnce(workload, next, JIT_WARM_UP_TASKS, WARM_UP_BUDGET_NANOS);
            CpuSpan cpu = CpuSpan.start(Calibration::cpuWithServer);
            int first = next.get();
            runAtOnce(workload, next, first + BUSY_TASKS, BUSY_BUDGET_NANOS);
            double spent = cpu.seconds();
            int tasks = Math.min(next.get(), first + BUSY_TASKS) - first;
            return tasks <= 0 ? Double.NaN : Math.max(0, spent) / tasks;
        }
    }

    /** Tasks from {@code next} up to {@code end} (exclusive), {@link #AT_ONCE} at a time, until {@code budgetNanos} have passed. */
    private static void runAtOnce(Workload workload, AtomicInteger next, int end, long budgetNanos) throws Exception {
        long start = System.nanoTime();
        List<Future<Void>> loops = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < AT_ONCE; i++) {
                loops.add(threads.submit(() -> {
                    int task;
                    while (System.nanoTime() - start < budgetNanos && (task = next.getAndIncrement()) < end) {
                        workload.runTask(task);
                    }
                    return null;
                }));
            }
            for (Future<Void> loop : loops) {
                loop.get();
            }
        }
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
}
