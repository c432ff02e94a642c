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
    Dekker's idiom, the heart of every "flag then check" mutual exclusion: each actor writes
    its own variable, then reads the other's. In any interleaving at least one read comes after
    the other actor's write, so "0, 0" looks impossible.

    Plain: it is not. Each core parks its write in a store buffer and goes on to the read,
    which reaches memory before the write does; x86 does exactly this (its one allowed
    reordering, store then load), and the JIT may reorder too. Both actors read 0.
    Volatile: volatile accesses are sequentially consistent; the JIT puts a full fence
    (a locked instruction on x86) between the write and the read, and "0, 0" is forbidden.

    HOW TO RUN THIS TEST:
      java -jar stress-tests/target/jcstress.jar -t Ordering_01_StoreBuffering -m quick

    RESULT (RESULT_TABLE_PENDING)
 */
public class Ordering_01_StoreBuffering {

    @JCStressTest
    @Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE,             desc = "one actor ran ahead of the other")
    @Outcome(id = "1, 1",           expect = ACCEPTABLE,             desc = "both writes landed before both reads")
    @Outcome(id = "0, 0",           expect = ACCEPTABLE_INTERESTING, desc = "both reads passed both writes: store buffering")
    @Outcome(                       expect = FORBIDDEN,              desc = "only 0 and 1 are ever written")
    @State
    public static class Plain {
        int x;
        int y;

        @Actor
        public void actor1(II_Result r) {
            x = 1;
            r.r1 = y;
        }

        @Actor
        public void actor2(II_Result r) {
            y = 1;
            r.r2 = x;
        }
    }

    @JCStressTest
    @Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE, desc = "one actor ran ahead of the other")
    @Outcome(id = "1, 1",           expect = ACCEPTABLE, desc = "both writes landed before both reads")
    @Outcome(id = "0, 0",           expect = FORBIDDEN,  desc = "volatile accesses reordered: no sequential consistency")
    @Outcome(                       expect = FORBIDDEN,  desc = "only 0 and 1 are ever written")
    @State
    public static class Volatile {
        volatile int x;
        volatile int y;

        @Actor
        public void actor1(II_Result r) {
            x = 1;
            r.r1 = y;
        }

        @Actor
        public void actor2(II_Result r) {
            y = 1;
            r.r2 = x;
        }
    }
}
