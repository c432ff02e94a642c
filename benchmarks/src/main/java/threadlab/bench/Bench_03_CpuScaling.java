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
 * warm-up), 2026-11-25 19:39 to 19:51 UTC (11 min 46 s for all seven benchmarks): 2 cores AMD
 * EPYC, JDK 25.0.3 Temurin, Linux 6.18. The machine is shared and other builds ran throughout
 * (load average 7 to 14 on 2 cores): errors are wide and absolute times inflated. Compare the
 * rows with each other, not with another machine.
 *
 *   Benchmark                       Params                                                    Mode   Cnt  Score  Error  Units
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=1 workload=cpu:work=1000000    thrpt    6    254   ± 77  ops/s
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=2 workload=cpu:work=1000000    thrpt    6    299  ± 167  ops/s
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=4 workload=cpu:work=1000000    thrpt    6    275  ± 246  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=1 workload=cpu:work=1000000  thrpt    6    366  ± 133  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=2 workload=cpu:work=1000000  thrpt    6    382  ± 102  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=4 workload=cpu:work=1000000  thrpt    6    294  ± 224  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=1 workload=cpu:work=1000000         thrpt    6    347   ± 99  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=2 workload=cpu:work=1000000         thrpt    6    343  ± 100  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=4 workload=cpu:work=1000000         thrpt    6    358   ± 77  ops/s
 *   Bench_03_CpuScaling.sequential  workload=cpu:work=1000000                                 thrpt    6    201  ± 167  ops/s
 *
 * This run shows no scaling at all (sequential 201 +- 167, every mode 250 to 380 tasks/s):
 * with a load of 7 to 14 on 2 cores, the other builds had the second core. Bench_03 alone,
 * run again with the same settings at 20:11 to 20:13 UTC on the same machine while the load
 * was lower (load average about 4):
 *
 *   Benchmark                       Params                                                    Mode   Cnt  Score  Error  Units
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=1 workload=cpu:work=1000000    thrpt    6    356  ± 107  ops/s
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=2 workload=cpu:work=1000000    thrpt    6    546  ± 351  ops/s
 *   Bench_03_CpuScaling.run         mode=platform-pool workers=4 workload=cpu:work=1000000    thrpt    6    368  ± 143  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=1 workload=cpu:work=1000000  thrpt    6    357   ± 53  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=2 workload=cpu:work=1000000  thrpt    6    584  ± 565  ops/s
 *   Bench_03_CpuScaling.run         mode=virtual-bounded workers=4 workload=cpu:work=1000000  thrpt    6    591  ± 618  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=1 workload=cpu:work=1000000         thrpt    6    388   ± 60  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=2 workload=cpu:work=1000000         thrpt    6    594  ± 129  ops/s
 *   Bench_03_CpuScaling.run         mode=forkjoin workers=4 workload=cpu:work=1000000         thrpt    6    667  ± 147  ops/s
 *   Bench_03_CpuScaling.sequential  workload=cpu:work=1000000                                 thrpt    6    453    ± 8  ops/s
 *
 * Against the sequential 453 tasks/s, two workers gave 1.2 to 1.3 x (546 to 594) and
 * forkjoin:4 1.5 x (667), where two free cores would give 2 x (906). Four workers did not beat
 * two beyond the errors (forkjoin 667 +- 147 vs 594 +- 129; platform-pool fell to 368). Other
 * processes still shared the cores, so read this as the shape, not the limit; on a quiet
 * machine, see how close to 2 x it comes.
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
