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
import threadlab.process.PoolOptions;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/*
 * What it shows
 * -------------
 * The price of crossing a process boundary: the round trip of a no-op task (sleep:ms=0) handed to
 * one worker and answered, per route, 1,000 tasks per call, one at a time:
 *
 *   in-process      platform-pool:1: the task goes through a queue to a pool thread in this JVM
 *                   and its result comes back through a future
 *   process-pool    process-pool:1: the task's spec is written as a frame into a worker JVM's
 *                   stdin, the worker runs it and writes the reply to its stdout
 *   process-chunk   process-pool:1 with chunk=100: a hundred tasks per frame each way, the way
 *                   Python's map(chunksize=100) shares one round trip among many tasks
 *
 * The worker JVM is started and warmed in the trial's setup, so no start is timed; the lab mode
 * builds and closes the in-process executor on every call, which 1,000 tasks per call make a
 * small share of each task.
 *
 * Expectation
 * -----------
 * In one JVM a hand-off is a queue operation and a wake-up: a few microseconds at most (see
 * Bench_05_HandOff). Across processes each direction is a write(2) into a pipe, a wake-up of
 * the other process and a read(2), plus encoding the frame: tens of microseconds a task. Batching
 * divides that fixed cost among the tasks of the batch, so the batched route should cost a few
 * microseconds a task, near the in-process one.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_07_IpcRoundTrip
 *
 * Result
 * ------
 * Full run with the settings above (2 forks x 3 x 1 s, after 2 x 1 s of warm-up), run together
 * with Bench_01 on 2026-11-26 01:08 to 01:11 UTC (2 min 42 s for both): 2 cores AMD EPYC, JDK
 * 25.0.3 Temurin, Linux 6.18. The machine is shared: load average 5 to 7 during the run, so
 * every figure here is slower and wider than on an idle machine.
 *
 *   Benchmark                        (route)  Mode  Cnt   Score    Error  Units
 *   Bench_07_IpcRoundTrip.roundTrip  in-process      avgt    6   1.631  ± 0.922  us/op
 *   Bench_07_IpcRoundTrip.roundTrip  process-pool    avgt    6  13.417  ± 6.066  us/op
 *   Bench_07_IpcRoundTrip.roundTrip  process-chunk   avgt    6   1.376  ± 1.886  us/op
 *
 * A task handed to a worker JVM and answered cost 13.4 us (iterations 11.7 to 17.1 us), eight
 * times a hand-off to a pool thread in this JVM (1.6 us): two pipe writes, two reads, and the
 * other process to wake each way. In batches of 100 the crossing is shared, and a task cost
 * 1.4 us (0.65 to 2.3 us per iteration), no more than the in-process hand-off, whose error bar
 * it overlaps. The lab's ipc experiment and Python's ProcessPoolExecutor, run side by side on the
 * same machine, are compared in the README.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
public class Bench_07_IpcRoundTrip {

    static final int TASKS = 1_000;

    @State(Scope.Thread)
    public static class Route {
        @Param({"in-process", "process-pool", "process-chunk"})
        String route;

        threadlab.mode.Mode mode;
        Workload workload;

        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            mode = switch (route) {
                case "in-process" -> Modes.parse("platform-pool:1");
                case "process-pool" -> Modes.parse("process-pool:1");
                case "process-chunk" -> Modes.parse("process-pool:1", 1, PoolOptions.of(1).withChunk(100));
                default -> throw new IllegalArgumentException(
                        "route must be in-process, process-pool or process-chunk, not " + route);
            };
            workload = Workloads.create("sleep:ms=0");
            LabRun.run(mode, workload, TASKS);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            mode.close();
            workload.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public long roundTrip(Route r) throws InterruptedException {
        return LabRun.run(r.mode, r.workload, TASKS);
    }
}
