package threadlab.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    Thread.start() and Thread.join() are the two happens-before edges every thread has
    (JLS 17.4.5): what the parent wrote before start() is visible to the child, and what the
    child wrote is visible to the parent after join() returns. Plain fields, no volatile, no
    lock: the edges alone carry the values.

    The actor writes a = 1, starts a thread that copies a into seenA and writes b = 1, joins
    it, and reports (seenA, b). Anything but "1, 1" is forbidden.

    A virtual thread is a Thread: the same two edges hold, though it runs on a carrier thread
    from a ForkJoinPool and may move between carriers. The two twins must give the same table.

    HOW TO RUN THIS TEST (from the project root, after mvn package):
      java -jar stress-tests/target/jcstress.jar -t VirtualThread_01_StartJoinHappensBefore -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
    That is the gate's setting: one JVM configuration, seconds. Drop everything after the
    test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
    stress flags), with split per-actor compilation: minutes.

    RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
    cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
    jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
    with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

      Platform:
        RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
         .*, 0        0    0.00%   Forbidden  a write in the thread was not visible after join()
         0, .*        0    0.00%   Forbidden  a write before start() was not visible in the started thread
          1, 1  209,959  100.00%  Acceptable  the child saw the parent's write; the parent saw the child's

      Virtual:
        RESULT    SAMPLES     FREQ      EXPECT  DESCRIPTION
         .*, 0          0    0.00%   Forbidden  a write in the thread was not visible after join()
         0, .*          0    0.00%   Forbidden  a write before start() was not visible in the started thread
          1, 1  1,335,700  100.00%  Acceptable  the child saw the parent's write; the parent saw the child's
 */
public class VirtualThread_01_StartJoinHappensBefore {

    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the child saw the parent's write; the parent saw the child's")
    @Outcome(id = "0, .*", expect = FORBIDDEN, desc = "a write before start() was not visible in the started thread")
    @Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "a write in the thread was not visible after join()")
    @Outcome(              expect = FORBIDDEN, desc = "only 0 and 1 are ever written")
    @State
    public static class Platform {
        int a;
        int seenA;
        int b;

        @Actor
        public void parent(II_Result r) {
            a = 1;
            Thread child = Thread.ofPlatform().start(() -> {
                seenA = a;
                b = 1;
            });
            Joins.join(child);
            r.r1 = seenA;
            r.r2 = b;
        }
    }

    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the child saw the parent's write; the parent saw the child's")
    @Outcome(id = "0, .*", expect = FORBIDDEN, desc = "a write before start() was not visible in the started thread")
    @Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "a write in the thread was not visible after join()")
    @Outcome(              expect = FORBIDDEN, desc = "only 0 and 1 are ever written")
    @State
    public static class Virtual {
        int a;
        int seenA;
        int b;

        @Actor
        public void parent(II_Result r) {
            a = 1;
            Thread child = Thread.ofVirtual().start(() -> {
                seenA = a;
                b = 1;
            });
            Joins.join(child);
            r.r1 = seenA;
            r.r2 = b;
        }
    }
}
