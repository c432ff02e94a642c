package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/*
   Race_01 with AtomicInteger#incrementAndGet(): the read, add and write are one
   indivisible step (a locked add or compare-and-set on the hardware). Each actor records the
   value its own increment produced. Exactly one of them must see 1 and the other 2; "1, 1"
   would be the lost update of Race_01 and is forbidden.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Race_03_AtomicIncrement -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

     RESULT    SAMPLES     FREQ      EXPECT  DESCRIPTION
       1, 1          0    0.00%   Forbidden  lost update: both increments started from 0
       1, 2  1,024,186   88.11%  Acceptable  actor1 incremented first
       2, 1    138,255   11.89%  Acceptable  actor2 incremented first
*/
@JCStressTest
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "actor1 incremented first")
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "actor2 incremented first")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "lost update: both increments started from 0")
@Outcome(expect = FORBIDDEN, desc = "two atomic increments of 0 give 1 and 2, nothing else")
@State
public class Race_03_AtomicIncrement {

    final AtomicInteger v = new AtomicInteger();

    @Actor
    public void actor1(II_Result r) {
        r.r1 = v.incrementAndGet();
    }

    @Actor
    public void actor2(II_Result r) {
        r.r2 = v.incrementAndGet();
    }
}
