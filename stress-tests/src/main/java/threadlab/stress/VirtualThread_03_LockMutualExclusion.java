package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/*
   Locks work the same for code running on virtual threads. Each actor starts one thread
   (platform or virtual); the two threads meet at a spin barrier, then each runs rounds of
   three increments: one counter with no lock, one under a ReentrantLock, one inside
   synchronized. Each runs at least ROUNDS rounds, and keeps running rounds for as long as the
   other has not run ROUNDS of its own (20 ms at most), so whichever thread got going first
   is still running while the other runs its first ROUNDS. The actors join their threads and
   the arbiter reports

     (unguarded lost any update: 1 or 0, updates lost under the ReentrantLock,
      updates lost inside synchronized, threads seen blocked on the monitor)

   The guarded counters must lose nothing: any lost update there is forbidden. The unguarded
   counter is the control: its read and write are WINDOW_SPINS Thread.onSpinWait() calls
   apart, so when the two threads really run their rounds at the same time it loses updates
   ("1, 0, 0, 1"), and the FORBIDDEN rows are checked against samples in which the threads
   did overlap. Starting a thread takes microseconds and an increment a nanosecond, which is
   why the threads first wait for each other (Thread.onSpinWait on a platform thread,
   Thread.yield on a virtual one, so that it gives its carrier back) and then loop: without
   the barrier and the loop, the first version of this test overlapped in 1 sample of
   13,000 (and its virtual twin never blocked on the monitor). A fixed count of rounds was
   not enough for virtual threads: a virtual thread that parks on a contended lock waits to
   be scheduled again while the other runs on alone, and with 500 rounds each the virtual
   twin overlapped in 4.8% of 294 samples of the gate's setting (2026-12-02 05:50 UTC, load
   8); keeping pace raised that well above the 10% the build requires (see below). A
   virtual thread keeping pace yields every YIELD_EVERY rounds: virtual threads are not
   time-sliced, so on one carrier the other could not run otherwise.

   Blocking on the monitor, for sure: the thread that finishes its rounds first takes the
   monitor once more and keeps it until it sees the other thread's state turn BLOCKED
   (waiting to enter that monitor, which it must do again before it can finish), and counts
   it. So in every sample a thread blocks on the monitor, and the last column says so (1; 0
   only if the holder gave up after a second). On JDK 21 to 23 a virtual thread blocked
   entering synchronized pins its carrier; on JDK 24+ (JEP 491) it unmounts and the carrier
   runs something else: the Virtual twin goes through that unmount path in every sample.
   Pinned or not, exclusion is the same.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t VirtualThread_03_LockMutualExclusion -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds (LockTestOverlapsInTheGateIT
   checks that the control overlaps in at least 10% of each twin's samples in the build's own
   gate run). Gate --mode quick --tests VirtualThread_03 with this version, 2026-12-02 05:55
   UTC, load 13 to 14: the control lost updates in 96.4% of 926 platform samples and 69.4% of
   242 virtual ones (the version with a fixed 500 rounds, 05:50, load 8: 61.2% of 1,195 and
   4.8% of 294). The full run, every JVM
   configuration jcstress finds, with split per-actor compilation:
     java -cp stress-tests/target/jcstress.jar threadlab.stress.gate.Gate --mode full --tests VirtualThread_03 --out results/jcstress-full

   RESULT of the full run of this version (Gate --mode full --tests VirtualThread_03:
   jcstress's default preset, every JVM configuration it detected (interpreter, C1, C2, C2
   with stress flags) with split per-actor compilation, 1 fork per configuration and 5 under
   the stress flags, 5 x 1 s iterations each; 68 runs), 2026-12-02 05:55 to 06:29 UTC (34
   min): 2 cores AMD EPYC, Linux 6.18, JDK 25.0.3 Temurin. Other builds and a JMH run shared
   the machine (load average 11 to 32). Both tests OK.

     Platform:
         RESULT  SAMPLES    FREQ       EXPECT  DESCRIPTION
     0, 0, 0, 1    3,008    1.70%   Acceptable  no unguarded update lost this time; a thread blocked on t...
     1, 0, 0, 1  173,830   98.30%  Interesting  the threads overlapped: the unguarded counter lost update...
  [01], 0, 0, 0        0    0.00%   Acceptable  the holder gave up waiting to see the other thread blocke...

     Virtual:
         RESULT  SAMPLES    FREQ       EXPECT  DESCRIPTION
     0, 0, 0, 1   10,633   17.92%   Acceptable  no unguarded update lost this time; a thread blocked on t...
     1, 0, 0, 1   48,690   82.08%  Interesting  the threads overlapped: the unguarded counter lost update...
  [01], 0, 0, 0        0    0.00%   Acceptable  the holder gave up waiting to see the other thread blocke...

   The unguarded control lost updates in 98.3% of the platform samples and 82.1% of the
   virtual ones, so the locks were checked in 222,520 samples in which the two threads really
   overlapped, each with at least 2 x 500 rounds on both locks, and no guarded counter ever
   came up short (the FORBIDDEN catch-all never matched, so jcstress lists no row for it).
   Every sample saw a thread BLOCKED on the monitor. Each sample now takes longer (a thread
   waits, running rounds, for the other), so there are fewer of them than in the full run of
   the fixed-rounds version (2026-12-01 23:00 to 2026-12-02 00:00 UTC, load 4.6 to 45: 83.7%
   of 363,714 platform and 73.7% of 252,431 virtual samples overlapped). In the gate's own
   settings that version's virtual twin was close to the 10% the build requires, and below
   it at times (13% of 542 virtual samples in a verify run at 03:15 UTC on 2026-12-02, 4.8%
   at 05:50): hence keeping pace.
*/
public class VirtualThread_03_LockMutualExclusion {

    /** Rounds of three increments per thread. */
    static final int ROUNDS = 500;
    /** Thread.onSpinWait() calls between the unguarded read and write: the window a race needs. */
    static final int WINDOW_SPINS = 8;
    /** How long the monitor's holder waits to see the other thread blocked, at most. */
    static final long HOLD_LIMIT_NANOS = 1_000_000_000L;
    /** How long a thread that ran its ROUNDS keeps pace with one that has not, at most. */
    static final long PACE_LIMIT_NANOS = 20_000_000L;
    /** Extra rounds between a virtual thread's yields while it keeps pace with the other. */
    static final int YIELD_EVERY = 64;

    /** The three counters, the barrier, and the work one thread does on them. */
    static class Counters {
        final ReentrantLock lock = new ReentrantLock();
        final AtomicInteger arrived = new AtomicInteger();
        final Thread[] threads = new Thread[2];
        final boolean[] finished = new boolean[2];
        /** Rounds each thread has run so far, for the other to read while it runs. */
        final AtomicIntegerArray progress = new AtomicIntegerArray(2);
        /** Rounds each thread ran in all, written by it before it ends. */
        final int[] ran = new int[2];

        int unguarded;
        int locked;
        int synced;
        /** Written only inside the monitor. */
        int blockedSeen;

        /** What thread {@code me} (0 or 1) does. */
        void work(int me) {
            threads[me] = Thread.currentThread();
            arrived.incrementAndGet();
            while (arrived.get() < 2) {
                pause();
            }
            // the other thread wrote its slot before it arrived, and this one read 2 after that
            Thread other = threads[1 - me];
            int done = 0;
            long giveUp = System.nanoTime() + PACE_LIMIT_NANOS;
            while (done < ROUNDS || keepPace(me, done, giveUp)) {
                int seen = unguarded;
                for (int spin = 0; spin < WINDOW_SPINS; spin++) {
                    Thread.onSpinWait();
                }
                unguarded = seen + 1;
                lock.lock();
                try {
                    locked++;
                } finally {
                    lock.unlock();
                }
                synchronized (this) {
                    synced++;
                }
                progress.set(me, ++done);
            }
            ran[me] = done;
            synchronized (this) {
                if (!finished[1 - me]) {
                    holdUntilBlocked(other);
                }
                finished[me] = true;
            }
        }

        /**
         * Whether thread {@code me}, past its own ROUNDS, runs another round: yes while the other
         * thread has not run ROUNDS of its own, so that whichever starts first keeps running rounds
         * during the other's first ROUNDS, and the two really run side by side. A virtual thread
         * gives its carrier back now and then here (virtual threads are not time-sliced, so with a
         * single carrier the other thread could not run at all); the time limit only keeps a stalled
         * thread from hanging the test.
         */
        private boolean keepPace(int me, int done, long giveUp) {
            if (progress.get(1 - me) >= ROUNDS) {
                return false;
            }
            if (done % YIELD_EVERY == 0) {
                if (Thread.currentThread().isVirtual()) {
                    Thread.yield();
                }
                return System.nanoTime() < giveUp;
            }
            return true;
        }

        /**
         * Keeps the monitor (the caller holds it, and the other thread has not finished) until
         * {@code other} is BLOCKED entering it. The other thread must enter this monitor again
         * before it can finish (in a round, or here), so the wait ends; the time limit only keeps a
         * JDK that reported some other state from hanging the test.
         */
        private void holdUntilBlocked(Thread other) {
            long giveUp = System.nanoTime() + HOLD_LIMIT_NANOS;
            while (System.nanoTime() < giveUp) {
                if (other.getState() == Thread.State.BLOCKED) {
                    blockedSeen++;
                    return;
                }
                pause();
            }
        }

        private static void pause() {
            if (Thread.currentThread().isVirtual()) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }

        void report(IIII_Result r) {
            int rounds = ran[0] + ran[1];
            r.r1 = unguarded == rounds ? 0 : 1;
            r.r2 = rounds - locked;
            r.r3 = rounds - synced;
            r.r4 = blockedSeen;
        }
    }

    @JCStressTest
    @Outcome(
            id = "0, 0, 0, 1",
            expect = ACCEPTABLE,
            desc = "no unguarded update lost this time; a thread blocked on the monitor")
    @Outcome(
            id = "1, 0, 0, 1",
            expect = ACCEPTABLE_INTERESTING,
            desc = "the threads overlapped: the unguarded counter lost updates, the locked ones none")
    @Outcome(
            id = "[01], 0, 0, 0",
            expect = ACCEPTABLE,
            desc = "the holder gave up waiting to see the other thread blocked on the monitor")
    @Outcome(expect = FORBIDDEN, desc = "a lock let both threads in: a guarded counter lost an update")
    @State
    public static class Platform extends Counters {

        @Actor
        public void actor1() {
            Joins.join(Thread.ofPlatform().start(() -> work(0)));
        }

        @Actor
        public void actor2() {
            Joins.join(Thread.ofPlatform().start(() -> work(1)));
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            report(r);
        }
    }

    @JCStressTest
    @Outcome(
            id = "0, 0, 0, 1",
            expect = ACCEPTABLE,
            desc = "no unguarded update lost this time; a thread blocked on the monitor")
    @Outcome(
            id = "1, 0, 0, 1",
            expect = ACCEPTABLE_INTERESTING,
            desc = "the threads overlapped: the unguarded counter lost updates, the locked ones none")
    @Outcome(
            id = "[01], 0, 0, 0",
            expect = ACCEPTABLE,
            desc = "the holder gave up waiting to see the other thread blocked on the monitor")
    @Outcome(expect = FORBIDDEN, desc = "a lock let both threads in: a guarded counter lost an update")
    @State
    public static class Virtual extends Counters {

        @Actor
        public void actor1() {
            Joins.join(Thread.ofVirtual().start(() -> work(0)));
        }

        @Actor
        public void actor2() {
            Joins.join(Thread.ofVirtual().start(() -> work(1)));
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            report(r);
        }
    }
}
