package threadlab.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    Termination mode: the actor spins until it sees a plain boolean flag set; the signal sets it.
    Nothing obliges the spinning thread ever to see the write. Once the JIT compiles the loop
    it may read the field once, keep it in a register and spin forever: the write sits in
    memory, but no one looks. jcstress reports such a thread as STALE.

    Whether STALE shows depends on whether the loop got compiled before the signal, so it
    comes and goes between runs and JVM configurations: it is allowed, never promised.
    Visibility_02 makes the flag volatile, and STALE becomes forbidden.

    HOW TO RUN THIS TEST:
      java -jar stress-tests/target/jcstress.jar -t Visibility_01_PlainFlag -m quick

    RESULT (RESULT_TABLE_PENDING)
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE,             desc = "the spin saw the flag and stopped")
@Outcome(id = "STALE",      expect = ACCEPTABLE_INTERESTING, desc = "the spin never saw the flag: the read was hoisted out of the loop")
@Outcome(                   expect = FORBIDDEN,              desc = "the actor failed with an exception")
@State
public class Visibility_01_PlainFlag {

    boolean ready;

    @Actor
    public void actor1() {
        while (!ready) {
            // spin: no call, no volatile read, nothing that forces a fresh read of the field
        }
    }

    @Signal
    public void signal() {
        ready = true;
    }
}
