package threadlab.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    Visibility_01 with a volatile flag. Every volatile read must see the latest volatile write
    (they are synchronization actions, in one total order consistent with program order), so
    the JIT may not keep the value in a register: the spin must stop. STALE is forbidden.

    HOW TO RUN THIS TEST:
      java -jar stress-tests/target/jcstress.jar -t Visibility_02_VolatileFlag -m quick

    RESULT (RESULT_TABLE_PENDING)
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the spin saw the flag and stopped")
@Outcome(id = "STALE",      expect = FORBIDDEN,  desc = "the spin missed a volatile write")
@Outcome(                   expect = FORBIDDEN,  desc = "the actor failed with an exception")
@State
public class Visibility_02_VolatileFlag {

    volatile boolean ready;

    @Actor
    public void actor1() {
        while (!ready) {
            // spin: each iteration is a fresh volatile read
        }
    }

    @Signal
    public void signal() {
        ready = true;
    }
}
