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
 * Full run of the whole suite with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of
 * warm-up), 2026-11-25 20:15 to 20:26 UTC (10 min 25 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared: load average about 2 (this run)
 * for most of it, with other builds pushing it to 11 around 20:17-20:19 (Bench_02 and _03).
 * Two earlier full runs under heavier load (7 to 28) gave the same orderings with wider errors.
 *
 *   Benchmark                      Params                                Mode  Cnt  Score    Error  Units
 *   Bench_04_Contention.increment  lock=synchronized mode=sequential     avgt    6   7.24   ± 1.28  ns/op
 *   Bench_04_Contention.increment  lock=synchronized mode=platform-pool  avgt    6   38.3    ± 3.9  ns/op
 *   Bench_04_Contention.increment  lock=synchronized mode=virtual        avgt    6   56.7   ± 53.2  ns/op
 *   Bench_04_Contention.increment  lock=reentrant mode=sequential        avgt    6   6.23   ± 1.03  ns/op
 *   Bench_04_Contention.increment  lock=reentrant mode=platform-pool     avgt    6   29.5    ± 9.8  ns/op
 *   Bench_04_Contention.increment  lock=reentrant mode=virtual           avgt    6   22.0    ± 8.3  ns/op
 *   Bench_04_Contention.increment  lock=atomic mode=sequential           avgt    6   2.83   ± 0.32  ns/op
 *   Bench_04_Contention.increment  lock=atomic mode=platform-pool        avgt    6   9.79   ± 1.97  ns/op
 *   Bench_04_Contention.increment  lock=atomic mode=virtual              avgt    6   9.24  ± 12.17  ns/op
 *   Bench_04_Contention.increment  lock=adder mode=sequential            avgt    6   3.53   ± 0.63  ns/op
 *   Bench_04_Contention.increment  lock=adder mode=platform-pool         avgt    6   10.7    ± 1.0  ns/op
 *   Bench_04_Contention.increment  lock=adder mode=virtual               avgt    6   3.84   ± 1.15  ns/op
 *
 * Uncontended (sequential): synchronized 7.2, ReentrantLock 6.2, AtomicLong 2.8, LongAdder
 * 3.5 ns per increment (the probe and the loop included). Four platform threads pay 3 to 5 x
 * that; about 6 ns of it is not contention: platform-pool:4 starts 4 platform threads per run
 * (4 x 123 us, Bench_01, over 80,000 increments), which is nearly all that atomic and adder pay
 * on top. For the locks, what remains is contention: about 25 ns per increment for
 * synchronized (38.3 - 7.2 - 6), 17 for ReentrantLock. On virtual threads the LongAdder stays
 * at its uncontended cost (3.8 ns: its cells spare it any contention), while synchronized is
 * the worst case in the table (56.7 +- 53.2 ns, iterations from 21 to 77 ns); most likely
 * because a virtual thread that finds the monitor held unmounts and must be scheduled again
 * (JDK 24+), which costs more than a platform thread's brief spin.
 * AtomicLong on virtual threads was bimodal by fork (5 to 6 ns, then 12 to 15 ns).
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
