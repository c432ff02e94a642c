package threadlab.stress;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    Race_01 with AtomicInteger#incrementAndGet(): the read, add and write are one
    indivisible step (a locked add or compare-and-set on the hardware). Each actor records the
    value its own increment produced. Exactly one of them must see 1 and the other 2; "1, 1"
    would be the lost update of Race_01 and is forbidden.

    HOW TO RUN THIS TEST:
      java -jar stress-tests/target/jcstress.jar -t Race_03_AtomicIncrement -m quick

    RESULT (RESULT_TABLE_PENDING)
 */
@JCStressTest
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "actor1 incremented first")
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "actor2 incremented first")
@Outcome(id = "1, 1", expect = FORBIDDEN,  desc = "lost update: both increments started from 0")
@Outcome(             expect = FORBIDDEN,  desc = "two atomic increments of 0 give 1 and 2, nothing else")
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
