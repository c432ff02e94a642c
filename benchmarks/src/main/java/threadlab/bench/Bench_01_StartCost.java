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
 * Full run of this benchmark alone with the settings above (3 x 1 s measured after 2 x 1 s of
 * warm-up per fork; 5 forks, since with 2 the forks of four scores disagreed),
 * 2026-12-02 06:06 to 06:13 UTC: 2 cores AMD EPYC, JDK 25.0.3 Temurin, Linux 6.18. A jcstress
 * full run and other builds shared the machine: load average 13.5 to 26.5 during the run, so
 * errors are wide and every start is slower than on an idle machine. The table is
 * JmhSummary's reading of the run's jmh.json: forks x iterations, a flag where the error is
 * above half the score or the forks disagree, and each flagged score's iteration values fork
 * by fork.
 *
 *   Benchmark                          Params                  Mode  Forks x Iter    Score      Error  Units  Flags
 *   Bench_01_StartCost.baseline        -                       avgt         5 x 3  0.00399  ± 0.00223  us/op  error above half the score, forks disagree
 *   Bench_01_StartCost.forkJoinTask    -                       avgt         5 x 3      110      ± 151  us/op  error above half the score, forks disagree
 *   Bench_01_StartCost.labMode         mode=platform-per-task  avgt         5 x 3      431      ± 107  us/op
 *   Bench_01_StartCost.labMode         mode=virtual            avgt         5 x 3     87.6     ± 77.2  us/op  error above half the score, forks disagree
 *   Bench_01_StartCost.labMode         mode=forkjoin           avgt         5 x 3      478      ± 202  us/op
 *   Bench_01_StartCost.labMode         mode=platform-pool      avgt         5 x 3      619      ± 225  us/op  forks disagree
 *   Bench_01_StartCost.labMode         mode=process-per-task   avgt         5 x 3  805,285  ± 276,860  us/op  forks disagree
 *   Bench_01_StartCost.platformThread  -                       avgt         5 x 3      384       ± 77  us/op
 *   Bench_01_StartCost.pooledSubmit    -                       avgt         5 x 3     31.2     ± 70.4  us/op  error above half the score, forks disagree
 *   Bench_01_StartCost.virtualThread   -                       avgt         5 x 3     39.6     ± 40.7  us/op  error above half the score, forks disagree
 *
 *   Flagged: read each fork, not the mean.
 *     Bench_01_StartCost.baseline: error above half the score, forks disagree; fork 1: 0.00797, 0.00486, 0.0021; fork 2: 0.00191, 0.00276, 0.00204; fork 3: 0.00246, 0.00198, 0.00251; fork 4: 0.00299, 0.00457, 0.0045; fork 5: 0.00656, 0.00766, 0.00499 us/op
 *     Bench_01_StartCost.forkJoinTask: error above half the score, forks disagree; fork 1: 192, 61.2, 19.3; fork 2: 24.3, 25.6, 465; fork 3: 24.5, 22, 24.3; fork 4: 111, 252, 353; fork 5: 27.8, 22.5, 27.7 us/op
 *     Bench_01_StartCost.labMode mode=virtual: error above half the score, forks disagree; fork 1: 237, 196, 101; fork 2: 68.5, 30.4, 22.7; fork 3: 44.9, 40.8, 118; fork 4: 42.8, 69.6, 217; fork 5: 27.5, 60.2, 36.9 us/op
 *     Bench_01_StartCost.labMode mode=platform-pool: forks disagree; fork 1: 726, 1030, 690; fork 2: 487, 747, 1070; fork 3: 621, 544, 564; fork 4: 457, 519, 660; fork 5: 421, 382, 376 us/op
 *     Bench_01_StartCost.labMode mode=process-per-task: forks disagree; fork 1: 1450000, 804000, 1050000; fork 2: 734000, 1110000, 708000; fork 3: 1050000, 791000, 606000; fork 4: 511000, 507000, 589000; fork 5: 741000, 633000, 791000 us/op
 *     Bench_01_StartCost.pooledSubmit: error above half the score, forks disagree; fork 1: 14.9, 28, 27.1; fork 2: 22.9, 10.4, 10.1; fork 3: 7.22, 6.48, 8.66; fork 4: 8.39, 6.76, 9.44; fork 5: 13.8, 25.8, 268 us/op
 *     Bench_01_StartCost.virtualThread: error above half the score, forks disagree; fork 1: 27.1, 41.1, 167; fork 2: 33.2, 21, 17; fork 3: 31.9, 20.4, 63.7; fork 4: 58.6, 23.1, 35.9; fork 5: 16, 20.8, 18.1 us/op
 *
 * All ratios below come from this one run. A platform thread took 384 us to start and join and
 * a virtual thread 39.6 us: 9.7 times less (an earlier run at load 2 measured 123 us and
 * 6.3 us). Seven of the ten scores have forks that disagree: iterations of 167 to 465 us
 * beside others near 20 us in the same fork (forkJoinTask, pooledSubmit, virtualThread;
 * forkJoinTask's fork 4 ran 111 to 353 us throughout), most likely a thread waiting for a
 * core on a machine loaded 7 to 13 times over rather than a second way of starting one.
 * Read the quieter forks for the cost itself: 16 to 41 us for a virtual
 * thread, 6.5 to 28 us for a pooled submit, 19 to 28 us for a ForkJoin task. A lab run of
 * one task costs 87.6 us in mode virtual and 431 to 619 us in every mode that starts a
 * platform thread per run, in line with platformThread. A child JVM (labMode,
 * mode=process-per-task) took 805 ms to start, hand one task, answer and exit: 2,100 times a
 * platform thread and 20,000 times a virtual thread in this run (an earlier run, 2 forks at a
 * load of 5 to 23, gave 91.6 ms), and the reason a process pool starts its workers once. The startup-cost experiment measures the
 * same start against a bare java Hello.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(5)
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
