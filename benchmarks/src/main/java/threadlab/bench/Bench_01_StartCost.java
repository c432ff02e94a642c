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
 *                   cost per run, not per task
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
 * platform-pool and forkjoin, its first worker thread) to every run.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_01_StartCost
 *
 * Result
 * ------
 * Full run of the whole suite with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of
 * warm-up), 2026-11-25 19:39 to 19:51 UTC (11 min 46 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared and other builds ran throughout
 * (load average 7 to 14 on 2 cores): errors are wide and absolute times inflated. Compare the
 * rows with each other, not with another machine.
 *
 *   Benchmark                          Params                  Mode  Cnt    Score      Error  Units
 *   Bench_01_StartCost.baseline        -                       avgt    6  0.00142  ± 0.00043  us/op
 *   Bench_01_StartCost.forkJoinTask    -                       avgt    6     26.4     ± 23.6  us/op
 *   Bench_01_StartCost.labMode         mode=platform-per-task  avgt    6      965    ± 1,563  us/op
 *   Bench_01_StartCost.labMode         mode=virtual            avgt    6     36.4     ± 60.1  us/op
 *   Bench_01_StartCost.labMode         mode=forkjoin           avgt    6      227      ± 199  us/op
 *   Bench_01_StartCost.labMode         mode=platform-pool      avgt    6      390      ± 257  us/op
 *   Bench_01_StartCost.platformThread  -                       avgt    6      721      ± 434  us/op
 *   Bench_01_StartCost.pooledSubmit    -                       avgt    6     20.5     ± 42.5  us/op
 *   Bench_01_StartCost.virtualThread   -                       avgt    6     35.6     ± 40.0  us/op
 *
 * A platform thread took 721 us to start and join, a virtual thread 36 us: twenty times less.
 * On this overloaded host a new OS thread also waits for the kernel to schedule it, which
 * inflates the platform figure; the order of the two does not depend on it. The pools skip the
 * creation and pay only the hand-off to a parked worker and back (forkJoinTask 26 us,
 * pooledSubmit 20 us). A lab run of one task costs about one virtual thread in mode virtual
 * (36 us) but hundreds of microseconds in every mode that builds platform threads per run
 * (forkjoin 227, platform-pool 390, platform-per-task 965 us). A run pays that once (and
 * platform-per-task once per task), so it matters only for runs as short as this one.
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
        @Param({"platform-per-task", "virtual", "forkjoin", "platform-pool"})
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
            workload.close();
        }
    }

    @Benchmark
    public long labMode(LabMode s) throws InterruptedException {
        return LabRun.run(s.labMode, s.workload, 1);
    }
}
