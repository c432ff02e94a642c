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
 * milliseconds, a hundred times a platform thread or more.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_01_StartCost
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
 *   Benchmark                          Params                  Mode  Forks x Iter    Score      Error  Units  Flags
 *   Bench_01_StartCost.baseline        -                       avgt         2 x 3  0.00128  ± 0.00167  us/op  error above half the score
 *   Bench_01_StartCost.forkJoinTask    -                       avgt         2 x 3     38.8     ± 27.6  us/op  error above half the score, forks disagree
 *   Bench_01_StartCost.labMode         mode=platform-per-task  avgt         2 x 3      839      ± 478  us/op  error above half the score
 *   Bench_01_StartCost.labMode         mode=virtual            avgt         2 x 3     75.8    ± 179.6  us/op  error above half the score
 *   Bench_01_StartCost.labMode         mode=forkjoin           avgt         2 x 3      537      ± 382  us/op  error above half the score
 *   Bench_01_StartCost.labMode         mode=platform-pool      avgt         2 x 3      520      ± 359  us/op  error above half the score, forks disagree
 *   Bench_01_StartCost.labMode         mode=process-per-task   avgt         2 x 3   91,618   ± 32,915  us/op
 *   Bench_01_StartCost.platformThread  -                       avgt         2 x 3      803    ± 1,292  us/op  error above half the score, forks disagree
 *   Bench_01_StartCost.pooledSubmit    -                       avgt         2 x 3     11.7      ± 3.7  us/op
 *   Bench_01_StartCost.virtualThread   -                       avgt         2 x 3     35.9     ± 49.7  us/op  error above half the score
 *
 *   Flagged: read each fork, not the mean.
 *     Bench_01_StartCost.baseline: error above half the score; fork 1: 0.000945, 0.00102, 0.000934; fork 2: 0.00092, 0.00243, 0.00142 us/op
 *     Bench_01_StartCost.forkJoinTask: error above half the score, forks disagree; fork 1: 40.7, 46.7, 53.1; fork 2: 34.5, 28.5, 29.4 us/op
 *     Bench_01_StartCost.labMode mode=platform-per-task: error above half the score; fork 1: 938, 885, 1090; fork 2: 628, 693, 793 us/op
 *     Bench_01_StartCost.labMode mode=virtual: error above half the score; fork 1: 47.3, 27.3, 39.2; fork 2: 173, 27.3, 140 us/op
 *     Bench_01_StartCost.labMode mode=forkjoin: error above half the score; fork 1: 725, 535, 671; fork 2: 486, 419, 385 us/op
 *     Bench_01_StartCost.labMode mode=platform-pool: error above half the score, forks disagree; fork 1: 578, 710, 591; fork 2: 378, 453, 406 us/op
 *     Bench_01_StartCost.platformThread: error above half the score, forks disagree; fork 1: 1260, 884, 1420; fork 2: 388, 328, 537 us/op
 *     Bench_01_StartCost.virtualThread: error above half the score; fork 1: 23.9, 49.2, 65.6; fork 2: 23.4, 30.5, 22.6 us/op
 *
 * All ratios below come from this one run. A platform thread took 803 us to start and join and
 * a virtual thread 35.9 us: 22 times less. Both are far above what an idle machine gives (an
 * earlier run at load 2 measured 123 us and 6.3 us), and the two forks of platformThread
 * disagree (about 1,200 us against 420 us): on a loaded machine a new OS thread waits for a
 * core. The pools skip the creation and pay only the hand-off to a parked worker and back
 * (pooledSubmit 11.7 us, forkJoinTask 38.8 us). A lab run of one task costs 75.8 us in mode
 * virtual and 520 to 839 us in every mode that starts a platform thread per run, in line with
 * platformThread. A child JVM (labMode, mode=process-per-task) took 91.6 ms to start, hand one
 * task, answer and exit: 114 times a platform thread and 2,550 times a virtual thread in this
 * run, and the reason a process pool starts its workers once. The startup-cost experiment
 * measures the same start against a bare java Hello.
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
            fixedPool = Executors.newFixedThreadPool(
                    cores, Thread.ofPlatform().name("start-cost-pool-", 1).factory());
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
