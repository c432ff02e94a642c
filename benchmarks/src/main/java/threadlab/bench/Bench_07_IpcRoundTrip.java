package threadlab.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import threadlab.ipc.Channel;
import threadlab.process.ChildJvm;
import threadlab.process.PoolOptions;
import threadlab.process.ProcessPool;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/*
 * What it shows
 * -------------
 * The round trip of one no-op task (sleep:ms=0): submitted, run, its result back in the caller's
 * hands, one at a time.
 *
 *   to=in-process     a single-thread executor of this JVM, future.get()
 *   to=pipe           the lab's ProcessPool with one worker JVM, frames over its stdin and stdout
 *   to=shared-memory  the same pool, frames over a ring buffer in a memory-mapped file
 *   to=unix-socket    the same pool, frames over a Unix domain socket
 *
 * Expectation
 * -----------
 * In one JVM a hand-off is a queue and a wake-up: microseconds. To a worker JVM the task also
 * crosses a channel twice and the pool hands it between the caller and a dispatcher thread. Over
 * pipes every crossing is a write and a blocking read in the kernel; over shared memory it is a
 * copy into mapped memory that the other side polls for, so the channel itself costs well under a
 * microsecond (see the ipc-channels experiment) and what remains is the pool's own hand-offs.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_07_IpcRoundTrip
 *
 * Result
 * ------
 * RESULT_PLACEHOLDER
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
public class Bench_07_IpcRoundTrip {

    @State(Scope.Benchmark)
    public static class Target {
        @Param({"in-process", "pipe", "shared-memory", "unix-socket"})
        String to;

        Workload workload;
        ExecutorService thread;
        ProcessPool pool;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            workload = Workloads.create("sleep:ms=0");
            if (to.equals("in-process")) {
                thread = Executors.newSingleThreadExecutor();
            } else {
                pool = new ProcessPool(PoolOptions.of(1).withTransport(Channel.of(to)), ChildJvm.standard());
                if (pool.transport() != Channel.of(to)) {
                    throw new IllegalStateException(to + " is not available here; the pool fell back to " + pool.transport().label());
                }
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (thread != null) {
                thread.close();
            }
            if (pool != null) {
                pool.close();
            }
            workload.close();
        }
    }

    @Benchmark
    public long roundTrip(Target t) throws InterruptedException, ExecutionException {
        int index = t.next++;
        if (t.thread != null) {
            return t.thread.submit(() -> t.workload.runTask(index)).get();
        }
        CompletableFuture<Long> done = new CompletableFuture<>();
        t.pool.submit("sleep:ms=0", index, new ProcessPool.Callback() {
            @Override
            public void started(int i) {}

            @Override
            public void ended(int i, long checksum, long latencyNanos, String error) {
                if (error == null) {
                    done.complete(checksum);
                } else {
                    done.completeExceptionally(new IllegalStateException(error));
                }
            }

            @Override
            public void requeued(int i) {}
        });
        return done.get();
    }
}
