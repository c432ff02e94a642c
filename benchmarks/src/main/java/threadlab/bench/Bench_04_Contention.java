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
 * (pending the full run)
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
