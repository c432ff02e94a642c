package threadlab.stress;

import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    Locks work the same for code running on virtual threads. Each actor starts one thread
    (platform or virtual) that increments three counters once: one with no lock, one under a
    ReentrantLock, one inside synchronized; then it joins. The arbiter reports
    (unguarded, reentrantLock, synchronized).

    The guarded counters must end at 2: a lost update there is forbidden. The unguarded counter
    is the control: when it loses an update ("1, 2, 2") the two threads really did run their
    increments at the same time, and the locks still held. Starting a thread takes far longer
    than an increment, so overlaps are rarer than in Race_01.

    On JDK 21 to 23 a virtual thread blocked entering synchronized pins its carrier thread;
    JDK 24+ (JEP 491) unmounts it. Pinned or not, exclusion is the same.

    HOW TO RUN THIS TEST (from the project root, after mvn package):
      java -jar stress-tests/target/jcstress.jar -t VirtualThread_03_LockMutualExclusion -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
    That is the gate's setting: one JVM configuration, seconds. Drop everything after the
    test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
    stress flags), with split per-actor compilation: minutes.

    RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
    cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
    jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
    with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

      Platform:
         RESULT  SAMPLES     FREQ       EXPECT  DESCRIPTION
        1, 2, 2        1   <0.01%  Interesting  the threads overlapped: the unguarded counter lost an upd...
        2, 2, 2   13,376   99.99%   Acceptable  every increment landed

      Virtual:
         RESULT  SAMPLES     FREQ       EXPECT  DESCRIPTION
        1, 2, 2        2   <0.01%  Interesting  the threads overlapped: the unguarded counter lost an upd...
        2, 2, 2  111,164  100.00%   Acceptable  every increment landed
 */
public class VirtualThread_03_LockMutualExclusion {

    /** The three counters and the work one thread does on them. */
    static class Counters {
        final ReentrantLock lock = new ReentrantLock();
        int unguarded;
        int locked;
        int synced;

        void incrementAll() {
            unguarded++;
            lock.lock();
            try {
                locked++;
            } finally {
                lock.unlock();
            }
            synchronized (this) {
                synced++;
            }
        }

        void report(III_Result r) {
            r.r1 = unguarded;
            r.r2 = locked;
            r.r3 = synced;
        }
    }

    @JCStressTest
    @Outcome(id = "2, 2, 2", expect = ACCEPTABLE,             desc = "every increment landed")
    @Outcome(id = "1, 2, 2", expect = ACCEPTABLE_INTERESTING, desc = "the threads overlapped: the unguarded counter lost an update, the locked ones did not")
    @Outcome(                expect = FORBIDDEN,              desc = "a lock let both threads in: a guarded counter lost an update")
    @State
    public static class Platform extends Counters {

        @Actor
        public void actor1() {
            Joins.join(Thread.ofPlatform().start(this::incrementAll));
        }

        @Actor
        public void actor2() {
            Joins.join(Thread.ofPlatform().start(this::incrementAll));
        }

        @Arbiter
        public void arbiter(III_Result r) {
            report(r);
        }
    }

    @JCStressTest
    @Outcome(id = "2, 2, 2", expect = ACCEPTABLE,             desc = "every increment landed")
    @Outcome(id = "1, 2, 2", expect = ACCEPTABLE_INTERESTING, desc = "the threads overlapped: the unguarded counter lost an update, the locked ones did not")
    @Outcome(                expect = FORBIDDEN,              desc = "a lock let both threads in: a guarded counter lost an update")
    @State
    public static class Virtual extends Counters {

        @Actor
        public void actor1() {
            Joins.join(Thread.ofVirtual().start(this::incrementAll));
        }

        @Actor
        public void actor2() {
            Joins.join(Thread.ofVirtual().start(this::incrementAll));
        }

        @Arbiter
        public void arbiter(III_Result r) {
            report(r);
        }
    }
}
