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
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_06_ForkJoinSplit
 *
 * Result
 * ------
 * Full run of the whole suite with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of
 * warm-up), 2026-11-25 20:15 to 20:26 UTC (10 min 25 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared: load average about 2 (this run)
 * for most of it, with other builds pushing it to 11 around 20:17-20:19 (Bench_02 and _03).
 * Two earlier full runs under heavier load (7 to 28) gave the same orderings with wider errors.
 *
 *   Benchmark                              Params        Mode  Cnt  Score   Error  Units
 *   Bench_06_ForkJoinSplit.fixedPool       size=10000    avgt    6   22.9   ± 4.8  us/op
 *   Bench_06_ForkJoinSplit.fixedPool       size=1000000  avgt    6    221    ± 30  us/op
 *   Bench_06_ForkJoinSplit.parallelStream  size=10000    avgt    6   3.49  ± 1.71  us/op
 *   Bench_06_ForkJoinSplit.parallelStream  size=1000000  avgt    6    208    ± 25  us/op
 *   Bench_06_ForkJoinSplit.recursiveTask   size=10000    avgt    6   21.0   ± 3.5  us/op
 *   Bench_06_ForkJoinSplit.recursiveTask   size=1000000  avgt    6    402    ± 34  us/op
 *   Bench_06_ForkJoinSplit.sequential      size=10000    avgt    6   3.31  ± 0.05  us/op
 *   Bench_06_ForkJoinSplit.sequential      size=1000000  avgt    6    374    ± 34  us/op
 *
 * At 10,000 elements the loop (3.3 us) ties with the parallel stream (3.5 us) and beats
 * recursiveTask and fixedPool (21 and 23 us): a hand-off to another thread and back costs more
 * than summing 10,000 longs (the stream's caller does much of the work itself). At 1,000,000
 * the parallel stream (208 us) and the fixed pool (221 us) are 1.7 to 1.8 x faster than the
 * loop (374 us), near the 2 x of two cores. recursiveTask did not beat the loop here (402 +- 34
 * us, every iteration 390 to 421): a case to profile (-prof gc, -prof perfasm), not to explain
 * by guesswork. Whether the work is big enough to split matters more than how it is split.
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
        fixedPool = Executors.newFixedThreadPool(cores, Thread.ofPlatform().name("split-pool-", 1).factory());
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
