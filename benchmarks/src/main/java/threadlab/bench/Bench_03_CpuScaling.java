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
 * (pending the full run)
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
