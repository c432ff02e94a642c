package threadlab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
 * Four threads add to one shared counter (workload counter:lock=K,increments=20000, 4 tasks per
 * run), guarded by synchronized, a ReentrantLock, an AtomicLong or a LongAdder, on platform
 * threads (platform-pool:4) and on virtual threads (virtual: 4 virtual threads on the default
 * carriers). The score is nanoseconds per increment.
 *
 *   mode=sequential  the baseline: the same 4 tasks one after another on one thread, so every
 *                    lock is uncontended and the cost is the lock's own
 *
 * Expectation
 * -----------
 * A contended counter is one cache line that every increment must own: contended, every
 * increment moves it between cores, and a lock adds parking when it is already held. An
 * AtomicLong pays the cache-line transfer but never parks; a LongAdder stripes the count over
 * cells, one per contending thread, so it barely contends at all and should stay near its
 * uncontended cost. A virtual thread that finds synchronized or a ReentrantLock held parks
 * like a platform thread would (JDK 24+ unmounts it, JEP 491), and the number of carriers, not
 * the number of virtual threads, bounds how many increment at once.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_04_Contention
 *
 * Result
 * ------
 * Full run of the six benchmarks changed together (Bench_01, _02, _04, _05, _06, _08), each with
 * the settings above (3 x 1 s measured after 2 x 1 s of warm-up per fork; 5 forks),
 * 2026-12-02 00:03 to 00:21 UTC (17.5 min): 2 cores AMD EPYC, JDK 25.0.3 Temurin, Linux 6.18.
 * Other builds shared the machine: load average 4.9 to 23 during the run, so errors are wide.
 * The table is JmhSummary's reading of the run's jmh.json: forks x iterations, a flag where the
 * error is above half the score or the forks disagree, and each flagged score's iteration
 * values fork by fork.
 *
 *   Benchmark                      Params                                Mode  Forks x Iter  Score   Error  Units  Flags
 *   Bench_04_Contention.increment  lock=synchronized mode=sequential     avgt         5 x 3   16.1  ± 13.9  ns/op  error above half the score, forks disagree
 *   Bench_04_Contention.increment  lock=synchronized mode=platform-pool  avgt         5 x 3   49.1  ± 10.5  ns/op
 *   Bench_04_Contention.increment  lock=synchronized mode=virtual        avgt         5 x 3   18.3  ± 28.9  ns/op  error above half the score, forks disagree
 *   Bench_04_Contention.increment  lock=reentrant mode=sequential        avgt         5 x 3   10.8   ± 2.1  ns/op
 *   Bench_04_Contention.increment  lock=reentrant mode=platform-pool     avgt         5 x 3   44.4  ± 12.7  ns/op  forks disagree
 *   Bench_04_Contention.increment  lock=reentrant mode=virtual           avgt         5 x 3   12.8   ± 3.4  ns/op
 *   Bench_04_Contention.increment  lock=atomic mode=sequential           avgt         5 x 3   6.14  ± 3.11  ns/op  error above half the score, forks disagree
 *   Bench_04_Contention.increment  lock=atomic mode=platform-pool        avgt         5 x 3   28.5  ± 10.0  ns/op  forks disagree
 *   Bench_04_Contention.increment  lock=atomic mode=virtual              avgt         5 x 3   5.10  ± 1.66  ns/op  forks disagree
 *   Bench_04_Contention.increment  lock=adder mode=sequential            avgt         5 x 3   5.91  ± 1.54  ns/op  forks disagree
 *   Bench_04_Contention.increment  lock=adder mode=platform-pool         avgt         5 x 3   32.4   ± 8.8  ns/op
 *   Bench_04_Contention.increment  lock=adder mode=virtual               avgt         5 x 3   6.79  ± 1.50  ns/op
 *
 *   Flagged: read each fork, not the mean.
 *     Bench_04_Contention.increment lock=synchronized mode=sequential: error above half the score, forks disagree; fork 1: 11.8, 20.3, 15.6; fork 2: 10.9, 8.96, 8.18; fork 3: 8.28, 8.53, 7.63; fork 4: 7.43, 8.01, 7.46; fork 5: 34, 48.5, 36.5 ns/op
 *     Bench_04_Contention.increment lock=synchronized mode=virtual: error above half the score, forks disagree; fork 1: 8.74, 7.8, 8.09; fork 2: 12.3, 15.2, 13.2; fork 3: 12.7, 9.81, 10.3; fork 4: 7.69, 16.1, 10.9; fork 5: 115, 14.6, 11.9 ns/op
 *     Bench_04_Contention.increment lock=reentrant mode=platform-pool: forks disagree; fork 1: 48.4, 50.6, 45.7; fork 2: 41.1, 47.8, 44.2; fork 3: 33.7, 38.4, 36.1; fork 4: 44.4, 82.8, 42.9; fork 5: 36.1, 39, 34.8 ns/op
 *     Bench_04_Contention.increment lock=atomic mode=sequential: error above half the score, forks disagree; fork 1: 3.66, 5.12, 4.45; fork 2: 7.63, 12.8, 11.9; fork 3: 5.94, 8.23, 5.84; fork 4: 5.21, 5.19, 4.67; fork 5: 3.19, 2.96, 5.21 ns/op
 *     Bench_04_Contention.increment lock=atomic mode=platform-pool: forks disagree; fork 1: 21.6, 26.1, 16.2; fork 2: 26.2, 21.8, 26.1; fork 3: 47.2, 45.1, 34.6; fork 4: 23.2, 23.2, 30.1; fork 5: 33.2, 16, 37.1 ns/op
 *     Bench_04_Contention.increment lock=atomic mode=virtual: forks disagree; fork 1: 5.36, 4.99, 4.81; fork 2: 5.05, 4.12, 6.21; fork 3: 7.07, 9.49, 4.94; fork 4: 4.33, 3.84, 3.43; fork 5: 5, 4.29, 3.53 ns/op
 *     Bench_04_Contention.increment lock=adder mode=sequential: forks disagree; fork 1: 7.3, 6.66, 5.06; fork 2: 6.57, 9.61, 6.92; fork 3: 5.74, 6.31, 4.06; fork 4: 5.04, 6.37, 5.45; fork 5: 5.12, 4.34, 4.17 ns/op
 *
 * Five forks show what two could not: in seven of the twelve scores one or two forks differ from
 * the rest (a JIT decision, a placement of the threads on a busy machine), and the mean of
 * 5 x 3 iterations is a poor description of them. Read the forks: synchronized on one thread
 * ran 7.4 to 20 ns per increment in four forks and 34 to 49 ns in the fifth; synchronized on
 * virtual threads 7.7 to 16 ns in every iteration but one of 115 ns (the 56.7 +- 53.2 ns of the
 * earlier run was such a split). Beyond the flags: uncontended (sequential) ReentrantLock costs 10.8 ns, atomic
 * and adder about 6; four platform threads pay 3 to 5 times that (28 to 49 ns), part of it the
 * 4 platform threads platform-pool:4 starts per run (Bench_01); four virtual threads on two
 * carriers stay near the uncontended cost for every lock (5.1 to 18 ns): they take turns on
 * the carriers more than they contend.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(5)
public class Bench_04_Contention {

    static final int THREADS = 4;
    static final int INCREMENTS = 20_000;

    @State(Scope.Thread)
    public static class Counter {
        @Param({"synchronized", "reentrant", "atomic", "adder"})
        String lock;

        @Param({"sequential", "platform-pool", "virtual"})
        String mode;

        threadlab.mode.Mode labMode;
        Workload workload;
        long runs;

        @Setup(Level.Trial)
        public void setUp() {
            labMode = Modes.parse(mode, THREADS);
            workload = Workloads.create("counter:lock=" + lock + ",increments=" + INCREMENTS);
        }

        /** Every lock here is exact: a lost update means the benchmark measured a broken counter. */
        @TearDown(Level.Trial)
        public void tearDown() {
            long lost = workload.lostUpdates(Math.toIntExact(runs * THREADS)).orElseThrow();
            workload.close();
            if (lost != 0) {
                throw new IllegalStateException(lock + " on " + mode + " lost " + lost + " updates");
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(THREADS * INCREMENTS)
    public long increment(Counter s) throws InterruptedException {
        s.runs++;
        return LabRun.run(s.labMode, s.workload, THREADS);
    }
}
