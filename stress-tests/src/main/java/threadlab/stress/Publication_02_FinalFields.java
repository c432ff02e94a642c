package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/*
   Racy publication: one actor builds an object and stores it in a plain field, the other
   reads the field and, if it is set, the object's four fields (-1, -1, -1, -1 when the
   reference is not there yet). No lock, no volatile.

   The object is built from the test's state, not from constants: the constructor reads a
   field (step = 1) and computes a = step, b = a + step, c = b + step, d = c + step, so a fully
   built object reads "1, 2, 3, 4". A constructor that stores constants can be folded by the
   JIT into the allocation itself (the stores become part of the new object's
   initialisation, before the reference exists anywhere), so no reader could catch it half
   done however racy the publication; the earlier version of this test stored constants.
   Building from state takes that shortcut away; on this machine it was still not enough to
   show a half-built object (see the result below).

   PlainFields: nothing orders the constructor's stores before the store of the reference, so
   a reader may see the reference and a 0 in any field. On x86 the hardware keeps stores in
   program order (TSO), so when it shows here it is the compiler: C2 may schedule the
   reference store before the field stores it does not depend on. Weaker hardware (Arm,
   POWER) may also reorder the stores itself.
   FinalFields: JLS 17.5 freezes final fields at the end of the constructor. Any thread that
   sees the reference (and the object did not leak during construction) sees the final
   fields' constructed values, however it got the reference. Any 0 is forbidden; in HotSpot
   the freeze is a store-store barrier at the constructor's end, which also stops C2 from
   moving the field stores past the publication.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Publication_02_FinalFields -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
     java -jar stress-tests/target/jcstress.jar -t Publication_02_FinalFields -m quick -jvmArgs "-Xmx512m -XX:-TieredCompilation" -sc false -iters 1 -time 300
   The gate runs both lines: the tiered JVM, then C2 alone, where compiler reorderings show.
   The full run, every JVM configuration jcstress finds, with split per-actor compilation:
     java -cp stress-tests/target/jcstress.jar threadlab.stress.gate.Gate --mode full --tests Publication_02 --out results/jcstress-full

   RESULT of the full run (Gate --mode full: jcstress's default preset, every JVM configuration
   it detected (interpreter, C1, C2, C2 with stress flags) with split per-actor compilation, 1
   fork per configuration and 5 under the stress flags, 5 x 1 s iterations each), 2026-12-01
   23:00 to 2026-12-02 00:00 UTC, the Publication and VirtualThread tests in one 59-minute run:
   2 cores AMD EPYC, Linux 6.18, JDK 25.0.3 Temurin. Other builds shared the machine (load
   average 4.6 to 45). Every test OK.

     PlainFields:
             RESULT      SAMPLES    FREQ      EXPECT  DESCRIPTION
     -1, -1, -1, -1  458,507,909  60.41%  Acceptable  the reference was not published yet
         1, 2, 3, 4  300,496,950  39.59%  Acceptable  saw the object fully built

     FinalFields:
             RESULT      SAMPLES    FREQ      EXPECT  DESCRIPTION
     -1, -1, -1, -1  240,849,610  48.81%  Acceptable  the reference was not published yet
         1, 2, 3, 4  252,572,612  51.19%  Acceptable  saw the object fully built

   PlainFields showed no half-built object in 759 million samples, in any configuration,
   including C2 with its scheduling randomised (StressLCM, StressGCM): its Interesting
   catch-all never matched (jcstress lists a catch-all only when it does), so on this machine
   and JDK FinalFields' FORBIDDEN rows have nothing to contrast with. That is what this
   hardware and this compiler did, not what the JMM promises: x86 keeps stores in order, so
   only the compiler could have shown one here, and as far as 759 million samples show, C2 on
   JDK 25 kept the constructor's stores before the reference store in every configuration
   (the counts say so; the generated code was not read). Quick runs of three variants in C2
   alone (1 fork x 1 s each, 2026-12-02 00:02, load 6) showed no partial object either: the
   inputs read inside the constructor, read through a volatile field there, or the fields of
   a reused object written before it is published. jcstress's own BasicJMM_08_Finals sample
   (its header; it does not name the JDK) records partial objects on x86_64, and many on
   AArch64, where the hardware reorders stores too: run the same jar on an Arm machine.
   On a second x86 machine, 2 cores Intel Xeon (KVM), JDK 25.0.3, Linux 6.18, C2 alone
   (-XX:-TieredCompilation, 1 fork and 5 under stress flags, 3 x 4 s each, 2026-12-02 19:01 UTC,
   nothing else running): PlainFields again none in 243 million samples (168 million not yet
   published, 75 million fully built).
*/
public class Publication_02_FinalFields {

    static final class PlainPoint {
        int a;
        int b;
        int c;
        int d;

        PlainPoint(int step) {
            a = step;
            b = a + step;
            c = b + step;
            d = c + step;
        }
    }

    static final class FinalPoint {
        final int a;
        final int b;
        final int c;
        final int d;

        FinalPoint(int step) {
            a = step;
            b = a + step;
            c = b + step;
            d = c + step;
        }
    }

    @JCStressTest
    @Outcome(id = "-1, -1, -1, -1", expect = ACCEPTABLE, desc = "the reference was not published yet")
    @Outcome(id = "1, 2, 3, 4", expect = ACCEPTABLE, desc = "saw the object fully built")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "saw the reference before some constructor stores")
    @State
    public static class PlainFields {
        int step = 1;
        PlainPoint point;

        @Actor
        public void publisher() {
            point = new PlainPoint(step);
        }

        @Actor
        public void reader(IIII_Result r) {
            PlainPoint p = point;
            if (p == null) {
                r.r1 = r.r2 = r.r3 = r.r4 = -1;
            } else {
                r.r1 = p.a;
                r.r2 = p.b;
                r.r3 = p.c;
                r.r4 = p.d;
            }
        }
    }

    @JCStressTest
    @Outcome(id = "-1, -1, -1, -1", expect = ACCEPTABLE, desc = "the reference was not published yet")
    @Outcome(id = "1, 2, 3, 4", expect = ACCEPTABLE, desc = "saw the object fully built")
    @Outcome(expect = FORBIDDEN, desc = "saw a final field before its freeze")
    @State
    public static class FinalFields {
        int step = 1;
        FinalPoint point;

        @Actor
        public void publisher() {
            point = new FinalPoint(step);
        }

        @Actor
        public void reader(IIII_Result r) {
            FinalPoint p = point;
            if (p == null) {
                r.r1 = r.r2 = r.r3 = r.r4 = -1;
            } else {
                r.r1 = p.a;
                r.r2 = p.b;
                r.r3 = p.c;
                r.r4 = p.d;
            }
        }
    }
}
