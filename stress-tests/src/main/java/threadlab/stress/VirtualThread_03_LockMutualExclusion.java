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

    HOW TO RUN THIS TEST:
      java -jar stress-tests/target/jcstress.jar -t VirtualThread_03_LockMutualExclusion -m quick

    RESULT (RESULT_TABLE_PENDING)
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
