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
 * warm-up), 2026-11-25 19:39 to 19:51 UTC (11 min 46 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared and other builds ran throughout
 * (load average 7 to 14 on 2 cores): errors are wide and absolute times inflated. Compare the
 * rows with each other, not with another machine.
 *
 *   Benchmark                      Params                                Mode  Cnt  Score   Error  Units
 *   Bench_04_Contention.increment  lock=synchronized mode=sequential     avgt    6   12.7   ± 3.3  ns/op
 *   Bench_04_Contention.increment  lock=synchronized mode=platform-pool  avgt    6   32.9  ± 16.3  ns/op
 *   Bench_04_Contention.increment  lock=synchronized mode=virtual        avgt    6   11.4  ± 11.9  ns/op
 *   Bench_04_Contention.increment  lock=reentrant mode=sequential        avgt    6   13.1  ± 13.1  ns/op
 *   Bench_04_Contention.increment  lock=reentrant mode=platform-pool     avgt    6   33.1  ± 13.8  ns/op
 *   Bench_04_Contention.increment  lock=reentrant mode=virtual           avgt    6   16.2  ± 13.2  ns/op
 *   Bench_04_Contention.increment  lock=atomic mode=sequential           avgt    6   10.1   ± 7.6  ns/op
 *   Bench_04_Contention.increment  lock=atomic mode=platform-pool        avgt    6   20.6   ± 3.8  ns/op
 *   Bench_04_Contention.increment  lock=atomic mode=virtual              avgt    6   4.99  ± 3.23  ns/op
 *   Bench_04_Contention.increment  lock=adder mode=sequential            avgt    6   12.3  ± 20.4  ns/op
 *   Bench_04_Contention.increment  lock=adder mode=platform-pool         avgt    6   34.3  ± 21.2  ns/op
 *   Bench_04_Contention.increment  lock=adder mode=virtual               avgt    6   7.70  ± 9.85  ns/op
 *
 * Uncontended (sequential), each lock costs 10 to 13 ns per increment here (the probe and the
 * loop included). Four platform threads on two cores pay 2.0 to 2.8 x that (20.6 to 34.3 ns).
 * Four virtual threads pay about the uncontended cost or less (5.0 to 16.2 ns, within the
 * errors), most likely because only two carriers run them and a virtual thread is never
 * time-sliced: a thread keeps the counter's cache line (and the lock) for long stretches
 * instead of losing it at every OS preemption. The striped
 * LongAdder did not beat the AtomicLong in this run (34.3 +- 21.2 vs 20.6 +- 3.8 ns on platform
 * threads): with only two cores, the cell contention it avoids is small, and the errors overlap.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
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
