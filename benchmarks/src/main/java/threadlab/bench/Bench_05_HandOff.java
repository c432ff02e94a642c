package threadlab.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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

/*
 * What it shows
 * -------------
 * The cost of a switch: two threads pass a ball back and forth, 10,000 round trips per call, so
 * every round trip is two hand-offs where one thread blocks and wakes the other. Both threads
 * are platform threads or both are virtual threads (a fixed pool of two, made by
 * Thread.ofPlatform() or Thread.ofVirtual(), built once per trial). The score is nanoseconds per
 * round trip.
 *
 *   baseline         one thread makes one round trip's calls alone (two volatile writes, two
 *                    unpark/park pairs that find their permit): the calls without a hand-off
 *   synchronousQueue ping puts into one SynchronousQueue, pong takes it and puts into another
 *   lockSupport      a volatile ball, and LockSupport.park/unpark to sleep and to wake the other
 *
 * Expectation
 * -----------
 * Waking a parked platform thread is a futex call into the kernel and an OS context switch: a few
 * microseconds each way. Waking a parked virtual thread submits it to the carrier pool and it
 * continues on a carrier: a user-mode switch that saves and restores the stack frames it uses,
 * which should be cheaper, unless the wake-up has to rouse a parked carrier, which is the same
 * kernel work again. SynchronousQueue spins briefly before it parks, so when both ends run on
 * their own cores it may hand off without parking at all.
 *
 * How to run
 * ----------
 *   java -jar benchmarks/target/benchmarks.jar Bench_05_HandOff
 *
 * Result
 * ------
 * Full run of the six benchmarks changed together (Bench_01, _02, _04, _05, _06, _08), each with
 * the settings above (3 x 1 s measured after 2 x 1 s of warm-up per fork; 5 forks),
 * 2026-12-02 00:03 to 00:21 UTC (17.5 min): 2 cores AMD EPYC, JDK 25.0.3 Temurin, Linux 6.18.
 * Other builds shared the machine: load average 4.9 to 23 during the run, so errors are wide.
 * The table is JmhSummary's reading of the run's jmh.json: forks x iterations, a flag where the
 * error is above half the score or the forks disagree, and each flagged score's iteration
 * values fork by fork.
 *
 *   Benchmark                          Params            Mode  Forks x Iter   Score    Error  Units  Flags
 *   Bench_05_HandOff.baseline          -                 avgt         5 x 3     245     ± 91  ns/op  forks disagree
 *   Bench_05_HandOff.lockSupport       threads=platform  avgt         5 x 3   9,265  ± 1,380  ns/op
 *   Bench_05_HandOff.lockSupport       threads=virtual   avgt         5 x 3   1,187    ± 229  ns/op
 *   Bench_05_HandOff.synchronousQueue  threads=platform  avgt         5 x 3  20,152  ± 8,694  ns/op
 *   Bench_05_HandOff.synchronousQueue  threads=virtual   avgt         5 x 3   1,625    ± 411  ns/op  forks disagree
 *
 *   Flagged: read each fork, not the mean.
 *     Bench_05_HandOff.baseline: forks disagree; fork 1: 150, 147, 178; fork 2: 271, 385, 302; fork 3: 234, 256, 418; fork 4: 201, 190, 308; fork 5: 122, 231, 284 ns/op
 *     Bench_05_HandOff.synchronousQueue threads=virtual: forks disagree; fork 1: 1780, 1290, 1580; fork 2: 1890, 1320, 1920; fork 3: 1710, 1420, 706; fork 4: 1650, 1340, 1540; fork 5: 2150, 1840, 2240 ns/op
 *
 * With LockSupport, which parks whenever the ball is not there yet, a round trip between two
 * virtual threads cost 1.19 us, between two platform threads 9.27 us: 7.8 times more. Each
 * platform wake-up is a futex call and an OS context switch; a woken virtual thread is queued
 * to a carrier. SynchronousQueue on platform threads: 20.2 +- 8.7 us, its 15 iterations from
 * 2.7 to 31 us (one iteration at 2.7 us, where the queue's spin caught the hand-offs); the
 * earlier split by fork (one near 10 us, the other near 0.5 us) did not recur in five forks
 * under this load. On virtual threads 1.63 us, every iteration 0.7 to 2.2 us. The
 * baseline, one round trip's calls on one thread (two volatile writes, two unpark/park pairs
 * that find their permit), costs 245 ns: the calls themselves are a fifth of the virtual
 * hand-off and a fortieth of the platform one; the rest is the sleeping and waking.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(5)
public class Bench_05_HandOff {

    static final int ROUNDS = 10_000;

    @State(Scope.Thread)
    public static class Pair {
        @Param({"platform", "virtual"})
        String threads;

        ExecutorService two;

        @Setup(Level.Trial)
        public void setUp() {
            ThreadFactory factory = switch (threads) {
                case "platform" -> Thread.ofPlatform().name("hand-off-", 1).factory();
                case "virtual" -> Thread.ofVirtual().name("hand-off-", 1).factory();
                default -> throw new IllegalArgumentException("threads must be platform or virtual, not " + threads);
            };
            two = Executors.newFixedThreadPool(2, factory);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            two.close();
        }

        /** Runs ping and pong on the pair's two threads; returns what ping returned. */
        long play(java.util.concurrent.Callable<Long> ping, java.util.concurrent.Callable<Long> pong)
                throws InterruptedException, ExecutionException {
            Future<Long> pongDone = two.submit(pong);
            Future<Long> pingDone = two.submit(ping);
            pongDone.get();
            return pingDone.get();
        }
    }

    /**
     * The baseline's one thread: the same volatile ball and the same park/unpark calls as
     * lockSupport, with nobody to hand off to. An unpark of the calling thread leaves a permit,
     * so the park that follows returns at once: no sleep, no wake-up.
     */
    @State(Scope.Thread)
    public static class Alone {
        volatile int side;
        Thread self;

        @Setup(Level.Trial)
        public void setUp() {
            self = Thread.currentThread();
        }
    }

    /**
     * One round trip's calls on one thread, one round per call: JMH does the looping (a loop of
     * volatile writes in the benchmark method, the earlier baseline here, was merged by the JIT
     * to 0.7 ns a round: see JMH's JMHSample_11_Loops).
     */
    @Benchmark
    public int baseline(Alone alone) {
        alone.side = 1;
        LockSupport.unpark(alone.self);
        LockSupport.park(alone);
        alone.side = 0;
        LockSupport.unpark(alone.self);
        LockSupport.park(alone);
        return alone.side;
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public long synchronousQueue(Pair pair) throws InterruptedException, ExecutionException {
        SynchronousQueue<Long> there = new SynchronousQueue<>();
        SynchronousQueue<Long> back = new SynchronousQueue<>();
        return pair.play(
                () -> {
                    long ball = 0;
                    for (int r = 0; r < ROUNDS; r++) {
                        there.put(ball);
                        ball = back.take();
                    }
                    return ball;
                },
                () -> {
                    for (int r = 0; r < ROUNDS; r++) {
                        back.put(there.take() + 1);
                    }
                    return 0L;
                });
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public long lockSupport(Pair pair) throws InterruptedException, ExecutionException {
        Table table = new Table();
        return pair.play(table::ping, table::pong);
    }

    /**
     * One ball, on ping's side or pong's. Each side waits for the ball with park (re-checking after
     * every wake-up, spurious or not), then sends it over and unparks the other side. A side that
     * has not parked yet finds the ball already there, and an unpark that comes before the park
     * leaves a permit, so no wake-up is lost.
     */
    static final class Table {
        private static final int PING = 0;
        private static final int PONG = 1;

        private volatile int side = PING;
        private volatile Thread pinger;
        private volatile Thread ponger;
        private long returns;

        long ping() {
            pinger = Thread.currentThread();
            for (int r = 0; r < ROUNDS; r++) {
                while (side != PING) {
                    LockSupport.park(this);
                }
                side = PONG;
                wake(ponger);
            }
            while (side != PING) {
                LockSupport.park(this);
            }
            return returns;
        }

        long pong() {
            ponger = Thread.currentThread();
            for (int r = 0; r < ROUNDS; r++) {
                while (side != PONG) {
                    LockSupport.park(this);
                }
                returns++;
                side = PING;
                wake(pinger);
            }
            return returns;
        }

        private static void wake(Thread other) {
            if (other != null) {
                LockSupport.unpark(other);
            }
        }
    }
}
