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
 * Tasks that block for L ms (workload sleep:ms=L), run 200 at a time through a lab mode that keeps
 * at most C of them in flight (Modes.parse(mode, C): platform-pool:C, virtual-bounded:C,
 * forkjoin:C). The score is tasks per second.
 *
 *   baseline  one task on the calling thread, no mode: C = 1
 *   run       200 tasks through the mode, at most C in flight
 *
 * Law
 * ---
 * Little's law: throughput = in-flight / latency. With C tasks in flight, each blocked for L, no
 * mode can beat C / L, and blocking costs no CPU, so a mode that keeps C tasks in flight should
 * come close to it whatever the core count: C = 10, 50, 200 at L = 10 ms predict 1,000, 5,000 and
 * 20,000 tasks/s; the baseline predicts 100 tasks/s.
 *
 * What falls short of the law is the mode's own cost: creating C platform threads per run (the
 * lab's modes build their executor per run), the semaphore and thread start of virtual-bounded,
 * the splitting of forkjoin, and sleeps that overrun their 10 ms.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_02_BlockingThroughput
 *   (other latencies or bounds: -p workload=sleep:ms=50 -p inFlight=10,1000)
 *
 * Result
 * ------
 * Full run of the whole suite with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of
 * warm-up), 2026-11-25 20:15 to 20:26 UTC (10 min 25 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared: load average about 2 (this run)
 * for most of it, with other builds pushing it to 11 around 20:17-20:19 (Bench_02 and _03).
 * Two earlier full runs under heavier load (7 to 28) gave the same orderings with wider errors.
 *
 *   Benchmark                             Params                                                  Mode   Cnt   Score    Error  Units
 *   Bench_02_BlockingThroughput.baseline  workload=sleep:ms=10                                    thrpt    6    97.9    ± 0.7  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=10 mode=platform-pool workload=sleep:ms=10     thrpt    6     966     ± 18  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=10 mode=virtual-bounded workload=sleep:ms=10   thrpt    6     952     ± 17  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=10 mode=forkjoin workload=sleep:ms=10          thrpt    6     888     ± 38  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=50 mode=platform-pool workload=sleep:ms=10     thrpt    6   4,281    ± 325  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=50 mode=virtual-bounded workload=sleep:ms=10   thrpt    6   4,702     ± 35  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=50 mode=forkjoin workload=sleep:ms=10          thrpt    6   3,437    ± 241  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=200 mode=platform-pool workload=sleep:ms=10    thrpt    6   5,827  ± 1,524  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=200 mode=virtual-bounded workload=sleep:ms=10  thrpt    6  18,274    ± 899  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=200 mode=forkjoin workload=sleep:ms=10         thrpt    6   3,933  ± 2,288  ops/s
 *
 * Measured / predicted: the baseline 97.9 / 100 (0.98). At C = 10: 0.97, 0.95 and 0.89
 * (platform-pool, virtual-bounded, forkjoin). At C = 50: 0.86, 0.94, 0.69. At C = 200: 0.29,
 * 0.91, 0.20. Virtual threads hold Little's law at every C; the platform-thread modes fall
 * away as C grows, because each run of platform-pool:C or forkjoin:C starts C new platform
 * threads: 200 starts at about 123 us each (Bench_01) is about 25 ms per run, longer than the
 * 10 ms the tasks spend sleeping.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
public class Bench_02_BlockingThroughput {

    static final int TASKS = 200;

    @State(Scope.Thread)
    public static class Blocking {
        @Param({"platform-pool", "virtual-bounded", "forkjoin"})
        String mode;

        @Param({"10", "50", "200"})
        int inFlight;

        @Param("sleep:ms=10")
        String workload;

        threadlab.mode.Mode labMode;
        Workload tasks;

        @Setup(Level.Trial)
        public void setUp() {
            labMode = Modes.parse(mode, inFlight);
            tasks = Workloads.create(workload);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            tasks.close();
        }
    }

    @State(Scope.Thread)
    public static class OneTask {
        @Param("sleep:ms=10")
        String workload;

        Workload tasks;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            tasks = Workloads.create(workload);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            tasks.close();
        }
    }

    @Benchmark
    public long baseline(OneTask s) throws Exception {
        return s.tasks.runTask(s.next++);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public long run(Blocking s) throws InterruptedException {
        return LabRun.run(s.labMode, s.tasks, TASKS);
    }
}
