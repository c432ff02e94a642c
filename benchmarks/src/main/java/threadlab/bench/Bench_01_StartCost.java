package threadlab.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import threadlab.mode.Modes;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/*
 * What it shows
 * -------------
 * What it costs to start one task and wait for its end, per way of running it:
 *
 *   baseline        the task's work called directly: no thread at all
 *   platformThread  a new platform (OS) thread, started and joined
 *   virtualThread   a new virtual thread, started and joined
 *   forkJoinTask    a task submitted to an idle ForkJoinPool and joined
 *   pooledSubmit    a task submitted to an idle fixed pool of platform threads, future.get()
 *   labMode         one task of sleep:ms=0 through a lab mode (Modes.parse(mode, 1)); the mode
 *                   builds and closes its own executor per run, so this is the lab's fixed
 *                   cost per run, not per task; with process-per-task, the run starts a child
 *                   JVM, sends it the task, reads the reply and waits for the child to exit
 *
 * Every thread variant really starts and joins a thread: the thread factories are built once per
 * trial, so no variant measures a builder (a "creation benchmark" that only calls
 * Thread.ofVirtual().unstarted() measures an object allocation, not a thread).
 *
 * Expectation
 * -----------
 * A platform thread is an OS thread: clone(2), a stack mapping, scheduler work, and a futex
 * wake-up at join: tens of microseconds. A virtual thread is a heap object scheduled on a
 * carrier: an order of magnitude cheaper, but still a hand-off to a carrier and back. Both pool
 * variants cost a hand-off to a parked worker and a wake-up of the caller, with no thread
 * creation. The lab modes add the creation and shutdown of their executor (and, for
 * platform-pool and forkjoin, its first worker thread) to every run. A child JVM is a new
 * process that maps, loads and initialises a whole JVM before it reads its task: tens of
 * milliseconds, hundreds of times a platform thread.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_01_StartCost
 *
 * Result
 * ------
 * Full run of the whole suite with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of
 * warm-up), 2026-11-25 20:15 to 20:26 UTC (10 min 25 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared: load average about 2 (this run)
 * for most of it, with other builds pushing it to 11 around 20:17-20:19 (Bench_02 and _03).
 * Two earlier full runs under heavier load (7 to 28) gave the same orderings with wider errors.
 *
 *   Benchmark                          Params                  Mode  Cnt     Score       Error  Units
 *   Bench_01_StartCost.baseline        -                       avgt    6  0.000935  ± 0.000404  us/op
 *   Bench_01_StartCost.forkJoinTask    -                       avgt    6      4.02      ± 2.07  us/op
 *   Bench_01_StartCost.labMode         mode=platform-per-task  avgt    6       131        ± 31  us/op
 *   Bench_01_StartCost.labMode         mode=virtual            avgt    6      27.8       ± 6.2  us/op
 *   Bench_01_StartCost.labMode         mode=forkjoin           avgt    6       140        ± 38  us/op
 *   Bench_01_StartCost.labMode         mode=platform-pool      avgt    6       141        ± 24  us/op
 *   Bench_01_StartCost.platformThread  -                       avgt    6       123        ± 11  us/op
 *   Bench_01_StartCost.pooledSubmit    -                       avgt    6      14.9       ± 2.3  us/op
 *   Bench_01_StartCost.virtualThread   -                       avgt    6      6.31      ± 6.29  us/op
 *
 * A platform thread took 123 us to start and join, a virtual thread 6.3 us: about 20 times less.
 * The pools skip the creation and pay only the hand-off to a parked worker and back
 * (forkJoinTask 4.0 us, pooledSubmit 14.9 us). A lab run of one task costs 28 us in mode virtual
 * (an executor and one virtual thread) and 131 to 141 us in every mode that starts a platform
 * thread per run: the platform thread is the whole difference. A run pays that once (and
 * platform-per-task once per task), so it matters only for runs as short as this one.
 *
 * The child JVM (labMode, mode=process-per-task) came later, measured with Bench_07 on
 * 2026-11-26 01:08 to 01:11 UTC, same machine, at a load average of 5 to 7, which slowed every
 * row of that run (platform threads took 577 us there, against 123 us above):
 *
 *   Bench_01_StartCost.labMode         mode=process-per-task  avgt    6  113,812  ± 138,932  us/op
 *
 * About 114 ms to start a JVM, hand it one task, read the answer and see it exit: a thousand
 * times a platform thread, and the reason a process pool starts its workers once. The
 * startup-cost experiment measures the same start against a bare java Hello.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
public class Bench_01_StartCost {

    /** The work every variant runs: one multiply-add, its input and output on the object. */
    static final class Work implements Runnable {
        private final long input;
        private long output;

        Work(long input) {
            this.input = input;
        }

        @Override
        public void run() {
            output = input * 0x9E3779B97F4A7C15L + 1;
        }
    }

    @State(Scope.Thread)
    public static class Starters {
        ThreadFactory platform;
        ThreadFactory virtual;
        ForkJoinPool forkJoin;
        ExecutorService fixedPool;
        long next;

        @Setup(Level.Trial)
        public void setUp() {
            int cores = Runtime.getRuntime().availableProcessors();
            platform = Thread.ofPlatform().name("start-cost-platform").factory();
            virtual = Thread.ofVirtual().name("start-cost-virtual").factory();
            forkJoin = new ForkJoinPool(cores);
            fixedPool = Executors.newFixedThreadPool(cores, Thread.ofPlatform().name("start-cost-pool-", 1).factory());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            forkJoin.close();
            fixedPool.close();
        }

        Work nextWork() {
            return new Work(next++);
        }
    }

    @Benchmark
    public long baseline(Starters s) {
        Work work = s.nextWork();
        work.run();
        return work.output;
    }

    @Benchmark
    public long platformThread(Starters s) throws InterruptedException {
        Work work = s.nextWork();
        Thread thread = s.platform.newThread(work);
        thread.start();
        thread.join();
        return work.output;
    }

    @Benchmark
    public long virtualThread(Starters s) throws InterruptedException {
        Work work = s.nextWork();
        Thread thread = s.virtual.newThread(work);
        thread.start();
        thread.join();
        return work.output;
    }

    @Benchmark
    public long forkJoinTask(Starters s) {
        Work work = s.nextWork();
        s.forkJoin.submit(work).join();
        return work.output;
    }

    @Benchmark
    public long pooledSubmit(Starters s) throws InterruptedException, ExecutionException {
        Work work = s.nextWork();
        s.fixedPool.submit(work).get();
        return work.output;
    }

    @State(Scope.Thread)
    public static class LabMode {
        @Param({"platform-per-task", "virtual", "forkjoin", "platform-pool", "process-per-task"})
        String mode;

        threadlab.mode.Mode labMode;
        Workload workload;

        @Setup(Level.Trial)
        public void setUp() {
            labMode = Modes.parse(mode, 1);
            workload = Workloads.create("sleep:ms=0");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            labMode.close();
            workload.close();
        }
    }

    @Benchmark
    public long labMode(LabMode s) throws InterruptedException {
        return LabRun.run(s.labMode, s.workload, 1);
    }
}
