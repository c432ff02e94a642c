package threadlab.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    JLS 17.7: a write to a non-volatile long or double may be done as two 32-bit halves, so a
    racing reader may see one half old and one half new. One actor writes all ones (-1) over
    zero; the other reads. A torn read shows 4294967295 (low half new) or -4294967296 (high
    half new).

    Plain: tearing is allowed. A 64-bit HotSpot writes a long in one instruction, so expect to
    see it on 32-bit VMs only; this test keeps the allowance on record and shows what this
    hardware does.
    Volatile: reads and writes of volatile long and double are always atomic; tearing is
    forbidden everywhere.

    HOW TO RUN THIS TEST:
      java -jar stress-tests/target/jcstress.jar -t Atomicity_01_LongTearing -m quick

    RESULT (RESULT_TABLE_PENDING)
 */
public class Atomicity_01_LongTearing {

    @JCStressTest
    @Outcome(id = "0",                        expect = ACCEPTABLE,             desc = "read before the write")
    @Outcome(id = "-1",                       expect = ACCEPTABLE,             desc = "read after the write")
    @Outcome(id = {"4294967295", "-4294967296"}, expect = ACCEPTABLE_INTERESTING, desc = "torn read: one half old, one half new")
    @Outcome(                                 expect = FORBIDDEN,              desc = "no write produces any other value")
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
    @Outcome(id = "0",                        expect = ACCEPTABLE, desc = "read before the write")
    @Outcome(id = "-1",                       expect = ACCEPTABLE, desc = "read after the write")
    @Outcome(id = {"4294967295", "-4294967296"}, expect = FORBIDDEN,  desc = "torn read of a volatile long")
    @Outcome(                                 expect = FORBIDDEN,  desc = "no write produces any other value")
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
