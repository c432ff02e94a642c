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
 * Pure CPU work (workload cpu:work=N: dependent 64-bit hashing rounds, nothing shared, no
 * waiting), 8 tasks per run, through a lab mode with W workers (Modes.parse(mode, W):
 * platform-pool:W, virtual-bounded:W, forkjoin:W). The score is tasks per second.
 *
 *   sequential  the same 8 tasks one after another on the calling thread (lab mode sequential)
 *   run         8 tasks through the mode, W at a time
 *
 * Law
 * ---
 * Java threads run in parallel (there is no global interpreter lock), so CPU work scales with
 * workers up to the core count and not beyond: throughput = min(W, cores) x the sequential
 * throughput, at best. Past the core count, extra workers only time-slice the same cores. A
 * virtual thread runs on a carrier, and there are as many carriers as cores: virtual-bounded:4
 * is still two cores' worth on a 2-core machine. W = 1, 2, 4 is 1 to 2 x cores on the 2-core
 * machine below; elsewhere pass -p workers=... to span your own core count.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_03_CpuScaling
 *
 * Result
 * ------
 * Full run of the whole suite with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of
 * warm-up), 2026-11-25 20:15 to 20:26 UTC (10 min 25 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared: load average about 2 (this run)
 * for most of it, with other builds pushing it to 11 around 20:17-20:19 (Bench_02 and _03).
 * Two earlier full runs under heavier load (7 to 28) gave the same orderings with wider errors.
 *
 *   Benchmark                       Params                                                    Mode   Cnt  Score  Error  Units
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=1 workload=cpu:work=1000000    thrpt    6    422    ± 7  ops/s
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=2 workload=cpu:work=1000000    thrpt    6    665   ± 53  ops/s
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=4 workload=cpu:work=1000000    thrpt    6    718   ± 25  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=1 workload=cpu:work=1000000  thrpt    6    425   ± 22  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=2 workload=cpu:work=1000000  thrpt    6    788   ± 55  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=4 workload=cpu:work=1000000  thrpt    6    810   ± 25  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=1 workload=cpu:work=1000000         thrpt    6    415   ± 13  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=2 workload=cpu:work=1000000         thrpt    6    613   ± 75  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=4 workload=cpu:work=1000000         thrpt    6    635  ± 260  ops/s
 *   Bench_03_CpuScaling.sequential  workload=cpu:work=1000000                                 thrpt    6    442   ± 20  ops/s
 *
 * Against the sequential 442 tasks/s, one worker gives 0.94 to 0.96 x (the mode's cost), two
 * workers 1.4 to 1.8 x (forkjoin 613, platform-pool 665, virtual-bounded 788), where two free
 * cores would give 2 x (884). Four workers add nothing beyond the errors (635 to 810): past the
 * core count, more threads only share the same two cores, as the law says. The shortfall from
 * 2 x is most likely the machine's: other builds ran during this benchmark (load up to 11).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
public class Bench_03_CpuScaling {

    static final int TASKS = 8;

    @State(Scope.Thread)
    public static class Scaling {
        @Param({"platform-pool", "virtual-bounded", "forkjoin"})
        String mode;

        @Param({"1", "2", "4"})
        int workers;

        @Param("cpu:work=1000000")
        String workload;

        threadlab.mode.Mode labMode;
        Workload tasks;

        @Setup(Level.Trial)
        public void setUp() {
            labMode = Modes.parse(mode, workers);
            tasks = Workloads.create(workload);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            tasks.close();
        }
    }

    @State(Scope.Thread)
    public static class OneThread {
        @Param("cpu:work=1000000")
        String workload;

        threadlab.mode.Mode labMode;
        Workload tasks;

        @Setup(Level.Trial)
        public void setUp() {
            labMode = Modes.parse("sequential");
            tasks = Workloads.create(workload);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            tasks.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public long sequential(OneThread s) throws InterruptedException {
        return LabRun.run(s.labMode, s.tasks, TASKS);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public long run(Scaling s) throws InterruptedException {
        return LabRun.run(s.labMode, s.tasks, TASKS);
    }
}
