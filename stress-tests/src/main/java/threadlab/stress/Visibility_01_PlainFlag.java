package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/*
   Termination mode: the actor spins until it sees a plain boolean flag set; the signal sets it.
   Nothing obliges the spinning thread ever to see the write. Once the JIT compiles the loop
   it may read the field once, keep it in a register and spin forever: the write sits in
   memory, but no one looks. jcstress reports such a thread as STALE.

   Whether STALE shows depends on whether the loop got compiled before the signal, so it
   comes and goes between runs and JVM configurations: it is allowed, never promised.
   Visibility_02 makes the flag volatile, and STALE becomes forbidden.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Visibility_01_PlainFlag -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

         RESULT  SAMPLES     FREQ       EXPECT  DESCRIPTION
          STALE        3    6.25%  Interesting  the spin never saw the flag: the read was hoisted out of ...
     TERMINATED       45   93.75%   Acceptable  the spin saw the flag and stopped
*/
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the spin saw the flag and stopped")
@Outcome(
        id = "STALE",
        expect = ACCEPTABLE_INTERESTING,
        desc = "the spin never saw the flag: the read was hoisted out of the loop")
@Outcome(expect = FORBIDDEN, desc = "the actor failed with an exception")
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
