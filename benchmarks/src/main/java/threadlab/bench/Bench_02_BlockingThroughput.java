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
 * warm-up), 2026-11-25 19:39 to 19:51 UTC (11 min 46 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared and other builds ran throughout
 * (load average 7 to 14 on 2 cores): errors are wide and absolute times inflated. Compare the
 * rows with each other, not with another machine.
 *
 *   Benchmark                             Params                                                  Mode   Cnt   Score    Error  Units
 *   Bench_02_BlockingThroughput.baseline  workload=sleep:ms=10                                    thrpt    6    98.1    ± 1.2  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=10 mode=platform-pool workload=sleep:ms=10     thrpt    6     939     ± 36  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=10 mode=virtual-bounded workload=sleep:ms=10   thrpt    6     944     ± 13  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=10 mode=forkjoin workload=sleep:ms=10          thrpt    6     894     ± 48  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=50 mode=platform-pool workload=sleep:ms=10     thrpt    6   3,993  ± 1,226  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=50 mode=virtual-bounded workload=sleep:ms=10   thrpt    6   4,630    ± 256  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=50 mode=forkjoin workload=sleep:ms=10          thrpt    6   3,173    ± 892  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=200 mode=platform-pool workload=sleep:ms=10    thrpt    6   2,222    ± 946  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=200 mode=virtual-bounded workload=sleep:ms=10  thrpt    6  17,628  ± 1,686  ops/s
 *   Bench_02_BlockingThroughput.run       inFlight=200 mode=forkjoin workload=sleep:ms=10         thrpt    6   2,948  ± 2,061  ops/s
 *
 * Measured / predicted: the baseline 98.1 / 100 (0.98). At C = 10: 0.94, 0.94 and 0.89
 * (platform-pool, virtual-bounded, forkjoin). At C = 50: 0.80, 0.93, 0.63. At C = 200: 0.11,
 * 0.88, 0.15. Virtual threads hold Little's law at every C; the platform-thread modes fall
 * away as C grows, because each run of platform-pool:C or forkjoin:C starts C new platform
 * threads, and at C = 200 starting them (hundreds of microseconds each on this loaded host,
 * see Bench_01) most likely takes longer than the 10 ms the tasks spend sleeping.
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
