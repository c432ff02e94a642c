package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/*
   Visibility_01 with a volatile flag. Volatile reads and writes are synchronization actions:
   the JIT may not hoist a volatile read out of the loop or keep its value in a register, so
   every iteration reads the field again and sees the signal's write once it is made. The spin
   must stop; STALE is forbidden.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Visibility_02_VolatileFlag -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

         RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
          STALE        0    0.00%   Forbidden  the spin missed a volatile write
     TERMINATED      276  100.00%  Acceptable  the spin saw the flag and stopped
*/
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the spin saw the flag and stopped")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "the spin missed a volatile write")
@Outcome(expect = FORBIDDEN, desc = "the actor failed with an exception")
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
