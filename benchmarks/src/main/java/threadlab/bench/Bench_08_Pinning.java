package threadlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/*
 * What it shows
 * -------------
 * 16 virtual threads each sleep 5 ms while holding a lock of their own (no two share a lock, so
 * nobody waits for anybody's lock; the locks live in fields, so the JIT cannot prove them
 * thread-local and elide them), on ONE carrier thread: the forked JVM runs with
 * -Djdk.virtualThreadScheduler.parallelism=1 and maxPoolSize=1. The score is milliseconds per
 * batch of 16.
 *
 *   baseline            sleep with no lock held
 *   insideSynchronized  sleep inside synchronized (task's own monitor)
 *   insideReentrantLock sleep while holding the task's own ReentrantLock
 *
 * and the positive control, which shows that the forked JVM really has one carrier:
 *
 *   oneCpuTask          one virtual thread computes W rounds of the lab's cpu workload
 *                       (cpu:work=200000, no blocking point): the time of one task
 *   cpuBound            16 virtual threads compute W rounds each: with nothing to wait for,
 *                       a virtual thread keeps its carrier until it ends, so on one carrier
 *                       they must run one after another: 16 x oneCpuTask. With the default
 *                       scheduler (a carrier per core) the batch would take 16 / cores of it.
 *
 * Expectation (depends on the JDK)
 * --------------------------------
 * A sleeping virtual thread normally unmounts from its carrier, so one carrier serves all 16
 * sleeps at once: a batch takes about 5 ms. ReentrantLock is built on LockSupport.park, which
 * unmounts on every JDK: about 5 ms as well.
 *
 *   JDK 21 to 23: a virtual thread cannot unmount while it holds a monitor: it is pinned. Each
 *     sleep inside synchronized holds the only carrier, so the 16 sleeps run one after another:
 *     about 16 x 5 = 80 ms per batch.
 *   JDK 24 and later (JEP 491, "Synchronize Virtual Threads without Pinning"): the monitor no
 *     longer pins, and insideSynchronized matches the baseline.
 *
 * Pinning remains on every JDK for a thread blocked in a native frame or inside a class
 * initialiser; the lab's experiments count such events with JFR (jdk.VirtualThreadPinned).
 * The table below comes from JDK 25, so it shows the JEP 491 behaviour; run the same jar on a
 * JDK 21 to see the pinned one.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_08_Pinning
 *   (the one-carrier flags come from @Fork; run with -f 0 and they are lost)
 *
 * Result
 * ------
 * Full run of the whole suite with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of
 * warm-up), 2026-11-25 20:15 to 20:26 UTC (10 min 25 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared: load average about 2 (this run)
 * for most of it, with other builds pushing it to 11 around 20:17-20:19 (Bench_02 and _03).
 * Two earlier full runs under heavier load (7 to 28) gave the same orderings with wider errors.
 *
 *   Benchmark                             Params  Mode  Cnt  Score   Error  Units
 *   Bench_08_Pinning.baseline             -       avgt    6   5.41  ± 0.18  ms/op
 *   Bench_08_Pinning.insideReentrantLock  -       avgt    6   5.40  ± 0.12  ms/op
 *   Bench_08_Pinning.insideSynchronized   -       avgt    6   5.45  ± 0.23  ms/op
 *
 * JDK 25, so JEP 491 applies: all three take one 5 ms sleep plus 0.4 ms per batch of 16: the 16
 * threads slept at once on one carrier, with or without a monitor held. A pinned batch would
 * take about 80 ms. The JDK 21 figure is the expectation above, not measured here: this machine
 * has no JDK 21.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 2, jvmArgsAppend = {
        "-Djdk.virtualThreadScheduler.parallelism=1",
        "-Djdk.virtualThreadScheduler.maxPoolSize=1"})
@State(Scope.Benchmark)
public class Bench_08_Pinning {

    static final int TASKS = 16;
    static final long SLEEP_MS = 5;
    /** Rounds of the cpu workload per task of the positive control: about 0.45 ms on the machine below. */
    static final int CPU_WORK = 200_000;

    ExecutorService virtualThreads;
    /** One lock per task, shared with nothing else; kept in fields so the JIT cannot elide them. */
    Object[] monitors;
    ReentrantLock[] locks;
    /** The lab's CPU-bound workload, for the positive control. */
    Workload cpu;
    int nextCpuTask;

    @Setup(Level.Trial)
    public void setUp() {
        virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
        monitors = new Object[TASKS];
        locks = new ReentrantLock[TASKS];
        for (int i = 0; i < TASKS; i++) {
            monitors[i] = new Object();
            locks[i] = new ReentrantLock();
        }
        cpu = Workloads.create("cpu:work=" + CPU_WORK);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        virtualThreads.close();
        cpu.close();
    }

    @Benchmark
    public long baseline() throws InterruptedException, ExecutionException {
        return batch(TASKS, i -> {
            Thread.sleep(SLEEP_MS);
            return i;
        });
    }

    @Benchmark
    public long insideSynchronized() throws InterruptedException, ExecutionException {
        return batch(TASKS, i -> {
            synchronized (monitors[i]) {
                Thread.sleep(SLEEP_MS);
            }
            return i;
        });
    }

    @Benchmark
    public long insideReentrantLock() throws InterruptedException, ExecutionException {
        return batch(TASKS, i -> {
            locks[i].lock();
            try {
                Thread.sleep(SLEEP_MS);
            } finally {
                locks[i].unlock();
            }
            return i;
        });
    }

    @Benchmark
    public long oneCpuTask() throws InterruptedException, ExecutionException {
        return batch(1, i -> cpu.runTask(nextCpuTask++));
    }

    @Benchmark
    public long cpuBound() throws InterruptedException, ExecutionException {
        int first = nextCpuTask;
        nextCpuTask += TASKS;
        return batch(TASKS, i -> cpu.runTask(first + i));
    }

    /** What task {@code i} of a batch does; its result goes into the batch's sum. */
    @FunctionalInterface
    interface Task {
        long run(int i) throws Exception;
    }

    /** Starts {@code tasks} virtual threads, thread i running {@code task.run(i)}; returns the sum of their results. */
    private long batch(int tasks, Task task) throws InterruptedException, ExecutionException {
        List<Future<Long>> running = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            int index = i;
            running.add(virtualThreads.submit(() -> task.run(index)));
        }
        long sum = 0;
        for (Future<Long> done : running) {
            sum += done.get();
        }
        return sum;
    }
}
