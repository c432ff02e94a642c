package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/*
   JLS 17.7: a write to a non-volatile long or double may be done as two 32-bit halves, so a
   racing reader may see one half old and one half new. One actor writes all ones (-1) over
   zero; the other reads. A torn read shows 4294967295 (low half new) or -4294967296 (high
   half new).

   Plain: tearing is allowed. A 64-bit HotSpot reads and writes an aligned long in one
   instruction, so do not expect it here (32-bit VMs are where it showed); this test keeps the
   allowance on record and shows what this machine does.
   Volatile: reads and writes of volatile long and double are always atomic; tearing is
   forbidden everywhere.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Atomicity_01_LongTearing -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

     Plain:
            RESULT  SAMPLES     FREQ       EXPECT  DESCRIPTION
                -1  722,203   90.23%   Acceptable  read after the write
       -4294967296        0    0.00%  Interesting  torn read: one half old, one half new
                 0   78,190    9.77%   Acceptable  read before the write
        4294967295        0    0.00%  Interesting  torn read: one half old, one half new

     Volatile:
            RESULT    SAMPLES     FREQ      EXPECT  DESCRIPTION
                -1  1,552,335   88.54%  Acceptable  read after the write
       -4294967296          0    0.00%   Forbidden  torn read of a volatile long
                 0    200,829   11.46%  Acceptable  read before the write
        4294967295          0    0.00%   Forbidden  torn read of a volatile long
*/
public class Atomicity_01_LongTearing {

    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "read before the write")
    @Outcome(id = "-1", expect = ACCEPTABLE, desc = "read after the write")
    @Outcome(
            id = {"4294967295", "-4294967296"},
            expect = ACCEPTABLE_INTERESTING,
            desc = "torn read: one half old, one half new")
    @Outcome(expect = FORBIDDEN, desc = "no write produces any other value")
    @State
    public static class Plain {
        long v;

        @Actor
        public void writer() {
            v = -1L;
        }

        @Actor
        public void reader(J_Result r) {
            r.r1 = v;
        }
    }

    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "read before the write")
    @Outcome(id = "-1", expect = ACCEPTABLE, desc = "read after the write")
    @Outcome(
            id = {"4294967295", "-4294967296"},
            expect = FORBIDDEN,
            desc = "torn read of a volatile long")
    @Outcome(expect = FORBIDDEN, desc = "no write produces any other value")
    @State
    public static class Volatile {
        volatile long v;

        @Actor
        public void writer() {
            v = -1L;
        }

        @Actor
        public void reader(J_Result r) {
            r.r1 = v;
        }
    }
}
