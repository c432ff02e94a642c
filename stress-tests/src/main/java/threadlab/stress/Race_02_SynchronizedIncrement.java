package threadlab.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    Race_01 with the increment inside synchronized. Only one thread at a time holds the
    monitor, so the read-add-write of one actor cannot interleave with the other's; and the
    unlock of one happens-before the lock of the next, so the second actor reads the first's
    write. The lost update "1" is now forbidden.

    HOW TO RUN THIS TEST:
      java -jar stress-tests/target/jcstress.jar -t Race_02_SynchronizedIncrement -m quick

    RESULT (RESULT_TABLE_PENDING)
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = FORBIDDEN,  desc = "lost update: the monitor failed to exclude")
@Outcome(          expect = FORBIDDEN,  desc = "two increments of 0 cannot give anything else")
@State
public class Race_02_SynchronizedIncrement {

    int v;

    @Actor
    public void actor1() {
        synchronized (this) {
            v++;
        }
    }

    @Actor
    public void actor2() {
        synchronized (this) {
            v++;
        }
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = v;
    }
}
