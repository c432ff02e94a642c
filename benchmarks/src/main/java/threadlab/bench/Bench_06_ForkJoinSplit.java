package threadlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveTask;
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

/*
 * What it shows
 * -------------
 * Divide and conquer on one array: the sum of `size` longs, on the same cores, several ways.
 *
 *   sequential                one loop on the calling thread: the baseline
 *   recursiveTask             a RecursiveTask on a private ForkJoinPool(cores): halves until a
 *                             piece is at most size / (8 x cores) long, idle workers steal halves
 *   parallelStream            LongStream.parallel().sum() run inside that same private pool (a
 *                             parallel stream started by a pool's worker splits into that pool):
 *                             like with like against recursiveTask, the caller only waits
 *   fixedPool                 cores equal chunks submitted to a fixed pool of cores platform threads
 *   commonPoolParallelStream  the everyday idiom: the same stream started by the calling thread,
 *                             on the common pool (parallelism cores - 1), the caller doing a
 *                             share of the work itself; a different pool and a different
 *                             division of labour, so it is not compared with the three above
 *
 * Expectation
 * -----------
 * The best any parallel variant can do is the sequential time / cores. Summing is cheap per
 * element, so two things eat into that: the fixed cost of splitting and handing work to other
 * threads (a few microseconds, which dominates a 10,000-element array) and memory bandwidth
 * (an 8 MB array streams from memory, which two cores may not read twice as fast as one).
 * recursiveTask, parallelStream and fixedPool run on pools of `cores` workers while the calling
 * thread only waits, so they compare like with like. commonPoolParallelStream has one worker
 * fewer but a caller that works too, and skips the hand-off to the pool; the earlier version of
 * this benchmark set it against recursiveTask, which is why that comparison is gone.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_06_ForkJoinSplit
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
 *   Benchmark                                        Params        Mode  Forks x Iter  Score   Error  Units  Flags
 *   Bench_06_ForkJoinSplit.commonPoolParallelStream  size=10000    avgt         2 x 3   11.6  ± 14.3  us/op  error above half the score
 *   Bench_06_ForkJoinSplit.commonPoolParallelStream  size=1000000  avgt         2 x 3    541   ± 257  us/op
 *   Bench_06_ForkJoinSplit.fixedPool                 size=10000    avgt         2 x 3   34.8  ± 33.9  us/op  error above half the score
 *   Bench_06_ForkJoinSplit.fixedPool                 size=1000000  avgt         2 x 3    535   ± 209  us/op
 *   Bench_06_ForkJoinSplit.parallelStream            size=10000    avgt         2 x 3   29.8   ± 6.4  us/op
 *   Bench_06_ForkJoinSplit.parallelStream            size=1000000  avgt         2 x 3    394   ± 247  us/op  error above half the score
 *   Bench_06_ForkJoinSplit.recursiveTask             size=10000    avgt         2 x 3   27.4  ± 15.6  us/op  error above half the score
 *   Bench_06_ForkJoinSplit.recursiveTask             size=1000000  avgt         2 x 3    473   ± 108  us/op
 *   Bench_06_ForkJoinSplit.sequential                size=10000    avgt         2 x 3   3.50  ± 0.23  us/op
 *   Bench_06_ForkJoinSplit.sequential                size=1000000  avgt         2 x 3    457   ± 334  us/op  error above half the score
 *
 *   Flagged: read each fork, not the mean.
 *     Bench_06_ForkJoinSplit.commonPoolParallelStream size=10000: error above half the score; fork 1: 10.3, 9.29, 7.45; fork 2: 8.85, 21.5, 12.4 us/op
 *     Bench_06_ForkJoinSplit.fixedPool size=10000: error above half the score; fork 1: 25.6, 37, 30.2; fork 2: 58.3, 29.4, 28.5 us/op
 *     Bench_06_ForkJoinSplit.parallelStream size=1000000: error above half the score; fork 1: 511, 281, 318; fork 2: 424, 464, 365 us/op
 *     Bench_06_ForkJoinSplit.recursiveTask size=10000: error above half the score; fork 1: 26.4, 30.9, 18.7; fork 2: 24.3, 29.5, 34.6 us/op
 *     Bench_06_ForkJoinSplit.sequential size=1000000: error above half the score; fork 1: 400, 698, 436; fork 2: 408, 409, 388 us/op
 *
 * At 10,000 elements the loop (3.5 us) beats every parallel variant (27 to 35 us on a pool,
 * 11.6 us for the common-pool stream, whose caller does part of the work and skips the
 * hand-off): splitting and handing work to another thread costs more than summing 10,000
 * longs. At 1,000,000 nothing beat the loop beyond the errors here (loop 457 +- 334 us;
 * parallelStream 394, recursiveTask 473, fixedPool 535 on the same private pool; the common
 * pool 541): with other builds on both cores there was no second core to win. An earlier run at
 * load 2 gave the fixed pool and the stream 1.7 to 1.8 x the loop; run it on a quiet machine
 * before drawing a conclusion at this size. Whether the work is big enough to split matters
 * more than how it is split.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class Bench_06_ForkJoinSplit {

    @Param({"10000", "1000000"})
    int size;

    long[] values;
    int cores;
    ForkJoinPool forkJoin;
    ExecutorService fixedPool;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        values = new SplittableRandom(42).longs(size).toArray();
        cores = Runtime.getRuntime().availableProcessors();
        forkJoin = new ForkJoinPool(cores);
        fixedPool = Executors.newFixedThreadPool(
                cores, Thread.ofPlatform().name("split-pool-", 1).factory());
        long expected = sequential();
        for (long sum : new long[] {recursiveTask(), parallelStream(), fixedPool(), commonPoolParallelStream()}) {
            if (sum != expected) {
                throw new IllegalStateException("a parallel sum gave " + sum + ", the loop " + expected);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        forkJoin.close();
        fixedPool.close();
    }

    @Benchmark
    public long sequential() {
        return sum(values, 0, values.length);
    }

    @Benchmark
    public long recursiveTask() {
        int threshold = Math.max(1, values.length / (8 * cores));
        return forkJoin.invoke(new Sum(values, 0, values.length, threshold));
    }

    @Benchmark
    public long parallelStream() {
        return forkJoin.submit(() -> Arrays.stream(values).parallel().sum()).join();
    }

    @Benchmark
    public long commonPoolParallelStream() {
        return Arrays.stream(values).parallel().sum();
    }

    @Benchmark
    public long fixedPool() throws InterruptedException, ExecutionException {
        int chunk = (values.length + cores - 1) / cores;
        List<Future<Long>> parts = new ArrayList<>(cores);
        for (int from = 0; from < values.length; from += chunk) {
            int start = from;
            int end = Math.min(values.length, from + chunk);
            parts.add(fixedPool.submit(() -> sum(values, start, end)));
        }
        long total = 0;
        for (Future<Long> part : parts) {
            total += part.get();
        }
        return total;
    }

    static long sum(long[] values, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += values[i];
        }
        return total;
    }

    /** The sum of values[from, to): directly when short enough, else as two halves, one forked. */
    static final class Sum extends RecursiveTask<Long> {
        private final long[] values;
        private final int from;
        private final int to;
        private final int threshold;

        Sum(long[] values, int from, int to, int threshold) {
            this.values = values;
            this.from = from;
            this.to = to;
            this.threshold = threshold;
        }

        @Override
        protected Long compute() {
            if (to - from <= threshold) {
                return sum(values, from, to);
            }
            int middle = (from + to) >>> 1;
            Sum right = new Sum(values, middle, to, threshold);
            right.fork();
            long left = new Sum(values, from, middle, threshold).compute();
            return left + right.join();
        }
    }
}
