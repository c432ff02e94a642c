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
 * Full run of the six benchmarks changed together (Bench_01, _02, _04, _05, _06, _08), each with
 * the settings above (3 x 1 s measured after 2 x 1 s of warm-up per fork; 2 forks),
 * 2026-12-02 00:03 to 00:21 UTC (17.5 min): 2 cores AMD EPYC, JDK 25.0.3 Temurin, Linux 6.18.
 * Other builds shared the machine: load average 4.9 to 23 during the run, so errors are wide.
 * The table is JmhSummary's reading of the run's jmh.json: forks x iterations, a flag where the
 * error is above half the score or the forks disagree, and each flagged score's iteration
 * values fork by fork.
 *
 *   Benchmark                             Params  Mode  Forks x Iter  Score    Error  Units  Flags
 *   Bench_08_Pinning.baseline             -       avgt         2 x 3   5.48   ± 0.32  ms/op
 *   Bench_08_Pinning.cpuBound             -       avgt         2 x 3   8.21   ± 0.59  ms/op
 *   Bench_08_Pinning.insideReentrantLock  -       avgt         2 x 3   5.65   ± 0.45  ms/op
 *   Bench_08_Pinning.insideSynchronized   -       avgt         2 x 3   5.56   ± 0.45  ms/op
 *   Bench_08_Pinning.oneCpuTask           -       avgt         2 x 3  0.572  ± 0.143  ms/op
 *
 * JDK 25, so JEP 491 applies: baseline 5.48, insideReentrantLock 5.65, insideSynchronized 5.56
 * ms per batch of 16: one 5 ms sleep and a little, the 16 threads slept at once on one carrier
 * with or without a monitor held (a pinned batch would take about 80 ms). The positive control
 * shows the carrier really was one: 16 CPU-bound tasks took 8.21 ms, 14.4 times one task
 * alone (0.572 ms, which also pays a thread start and a hand-off); on two carriers they would
 * take about half. The JDK 21 figure is the expectation above, not measured here: this machine
 * has no JDK 21.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Djdk.virtualThreadScheduler.parallelism=1", "-Djdk.virtualThreadScheduler.maxPoolSize=1"})
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
        int index = nextCpuTask++;
        return batch(1, i -> cpu.runTask(index));
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
