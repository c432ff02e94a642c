package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/*
   Race_01 with the increment inside synchronized. Only one thread at a time holds the
   monitor, so the read-add-write of one actor cannot interleave with the other's; and the
   unlock of one happens-before the lock of the next, so the second actor reads the first's
   write. The lost update "1" is now forbidden.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Race_02_SynchronizedIncrement -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

     RESULT    SAMPLES     FREQ      EXPECT  DESCRIPTION
          1          0    0.00%   Forbidden  lost update: the monitor failed to exclude
          2  1,906,764  100.00%  Acceptable  both increments landed
*/
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: the monitor failed to exclude")
@Outcome(expect = FORBIDDEN, desc = "two increments of 0 cannot give anything else")
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
