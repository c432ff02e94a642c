package threadlab.lesson.measurementoverhead;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import threadlab.child.ChildKind;
import threadlab.workload.Checksums;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * The child JVM of {@link Unmetered}: {@code unmetered SPEC TASKS WORKERS}. It runs no meter at
 * all: no sampler, no JFR stream, no per-task timing, no histogram. It builds the workload from
 * its spec through the catalog, warms the JIT on a few tasks of the workload's warm-up spec (the
 * loop and the pool alike, as the lab's runner warms its modes), then reads
 * {@link System#nanoTime}, its process CPU time and its JIT time around its timed part:
 *
 * <ul>
 *   <li>WORKERS = 1: tasks 0..TASKS-1 one after another on its main thread;
 *   <li>WORKERS &gt; 1: that loop first, then the same tasks on a plain
 *       {@link Executors#newFixedThreadPool} of WORKERS threads, from the pool's creation to its
 *       close (the scope the lab's {@code platform-pool:N} is timed in); CPU and JIT time are the
 *       pool's part.
 * </ul>
 *
 * It answers one line, {@code completed=N checksum=S sequentialNanos=L wallNanos=W cpuNanos=C
 * jitMillis=J} (C and J -1 where unknown; S the wrapping sum of {@link Checksums#ofTask} over the
 * timed part), then waits for its stdin to close (so that the parent can read its whole CPU time
 * while it lives) and exits. What else runs in it is any JVM's own (the GC's and the compilers'
 * threads) and the lab child's {@code ParentWatch}, which wakes about every 100 ms.
 */
public final class UnmeteredKind implements ChildKind {

    static final String NAME = "unmetered";
    private static final int WARM_UP_TASKS = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(long parentPid, List<String> args) throws Exception {
        if (args.size() != 3) {
            throw new IllegalArgumentException("usage: unmetered SPEC TASKS WORKERS");
        }
        WorkloadSpec spec = Workloads.validate(args.get(0));
        int tasks = positive(args.get(1), "TASKS");
        int workers = positive(args.get(2), "WORKERS");
        WorkloadSpec warmUp;
        try (Workload probe = Workloads.create(spec)) {
            warmUp = probe.warmUpSpec();
        }
        try (Workload warm = Workloads.create(warmUp)) {
            loop(warm, Math.min(tasks, WARM_UP_TASKS));
            if (workers > 1) {
                pool(warm, Math.min(tasks, WARM_UP_TASKS), workers);
            }
        }
        long sequential = -1;
        long sum;
        long wall;
        long cpu0;
        long jit0;
        try (Workload workload = Workloads.create(spec)) {
            if (workers > 1) {
                long start = System.nanoTime();
                loop(workload, tasks);
                sequential = System.nanoTime() - start;
            }
            cpu0 = processCpuNanos();
            jit0 = jitMillis();
            long start = System.nanoTime();
            sum = workers > 1 ? pool(workload, tasks, workers) : loop(workload, tasks);
            wall = System.nanoTime() - start;
        }
        long cpu1 = processCpuNanos();
        long jit1 = jitMillis();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.printf(
                Locale.ROOT,
                "completed=%d checksum=%d sequentialNanos=%d wallNanos=%d cpuNanos=%d jitMillis=%d%n",
                tasks,
                sum,
                sequential,
                wall,
                cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0,
                jit0 < 0 || jit1 < 0 ? -1 : jit1 - jit0);
        out.flush();
        // the parent reads this JVM's CPU time before it lets it go: wait for stdin to close
        while (System.in.read() >= 0) {
            // nothing is sent on stdin
        }
        return 0;
    }

    /** The tasks on this thread, one after another: the wrapping sum of their checksums. */
    private static long loop(Workload workload, int tasks) throws Exception {
        long sum = 0;
        for (int i = 0; i < tasks; i++) {
            sum += Checksums.ofTask(i, workload.runTask(i));
        }
        return sum;
    }

    /** The tasks on a fixed pool made and closed here: the wrapping sum of their checksums. */
    private static long pool(Workload workload, int tasks, int workers) throws Exception {
        LongAdder sum = new LongAdder();
        List<Future<?>> futures = new ArrayList<>(tasks);
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            for (int i = 0; i < tasks; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    sum.add(Checksums.ofTask(index, workload.runTask(index)));
                    return null;
                }));
            }
        }
        for (Future<?> f : futures) {
            f.get(); // the pool is closed: this only rethrows a task's failure
        }
        return sum.sum();
    }

    private static int positive(String text, String name) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " must be a whole number >= 1, got '" + text + "'");
    }

    private static long processCpuNanos() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
        } catch (RuntimeException | LinkageError e) {
            // a runtime without jdk.management: unknown
        }
        return -1;
    }

    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }
}
