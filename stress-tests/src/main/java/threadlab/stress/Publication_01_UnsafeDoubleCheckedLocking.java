package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/*
   Double-checked locking: check the field without the lock, and take the lock only to create
   the object. Both actors ask for the singleton and report what they read through it, as
   one number whose digits are its four fields: 1234 when fully built, a 0 digit for a field
   read before the constructor's store (1230: the last field missing), -1 if the lazy getter
   returned null.

   The singleton is built from the test's state (step = 1; a = step, b = a + step, ...), not
   from constants: the JIT can fold constant stores into the allocation's own initialisation,
   before the reference can escape, so a constructor of constants can never be seen half
   done (the earlier version of this test stored 42). On this machine, building from state
   was still not enough (see the result below).

   Unsafe: the field is plain. The fast path reads it without synchronization, so nothing
   orders the constructor's stores before the store of the reference: a reader may see the
   reference and still read a field as 0. Worse, the fast path reads the field twice (check,
   then return), and two racy reads may disagree: non-null, then null. Both are allowed. x86
   keeps stores in program order (TSO), but that does not make this safe: the compiler may
   place the reference store before the field stores (inside the lock, where the writer's
   stores may be reordered among themselves), and weaker hardware (Arm, POWER) may reorder
   them again. The JIT usually merges the two racy reads into one, so the null is the rarer
   of the two.
   Volatile: the reference is volatile, so the constructor's stores happen-before any read
   that sees the reference; a 0 digit and -1 are forbidden.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Publication_01_UnsafeDoubleCheckedLocking -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
     java -jar stress-tests/target/jcstress.jar -t Publication_01_UnsafeDoubleCheckedLocking -m quick -jvmArgs "-Xmx512m -XX:-TieredCompilation" -sc false -iters 1 -time 300
   The gate runs both lines: the tiered JVM, then C2 alone, where compiler reorderings show.
   The full run, every JVM configuration jcstress finds, with split per-actor compilation:
     java -cp stress-tests/target/jcstress.jar threadlab.stress.gate.Gate --mode full --tests Publication_01 --out results/jcstress-full

   RESULT of the full run (Gate --mode full: jcstress's default preset, every JVM configuration
   it detected (interpreter, C1, C2, C2 with stress flags) with split per-actor compilation, 1
   fork per configuration and 5 under the stress flags, 5 x 1 s iterations each), 2026-12-01
   23:00 to 2026-12-02 00:00 UTC, the Publication and VirtualThread tests in one 59-minute run:
   2 cores AMD EPYC, Linux 6.18, JDK 25.0.3 Temurin. Other builds shared the machine (load
   average 4.6 to 45). Every test OK.

     Unsafe:
         RESULT      SAMPLES     FREQ       EXPECT  DESCRIPTION
         -1, .*            0    0.00%  Interesting  the lazy getter returned null: two racy reads disagreed
         .*, -1            0    0.00%  Interesting  the lazy getter returned null: two racy reads disagreed
     1234, 1234  328,850,581  100.00%   Acceptable  both saw the fully built singleton

     Volatile:
         RESULT      SAMPLES     FREQ      EXPECT  DESCRIPTION
         -1, .*            0    0.00%   Forbidden  the lazy getter returned null
         .*, -1            0    0.00%   Forbidden  the lazy getter returned null
     1234, 1234  346,234,349  100.00%  Acceptable  both saw the fully built singleton

   Unsafe showed neither a half-built singleton nor a null in 329 million samples, in any
   configuration: both Interesting outcomes stayed at 0 (the catch-all is listed only when it
   matches), so on this machine and JDK Volatile's FORBIDDEN rows have nothing to contrast
   with. x86 keeps stores in program order, so a half-built singleton here would have to come
   from the compiler moving the reference store above a field store; in 329 million samples
   it never did, in any configuration (an inference from the counts: the generated code was
   not read; see Publication_02 for the variants tried). The null needs the getter's two
   racy reads to disagree, and the JIT usually merges them into one. The JMM allows both;
   weaker hardware (Arm, POWER) reorders the stores itself. On a second x86 machine, 2 cores
   Intel Xeon (KVM), JDK 25.0.3, C2 alone (3 x 4 s per fork, 2026-12-02 19:01 UTC, nothing else
   running), Unsafe again saw only the fully built singleton, in 108 million samples.
*/
public class Publication_01_UnsafeDoubleCheckedLocking {

    static final class Box {
        int a;
        int b;
        int c;
        int d;

        Box(int step) {
            a = step;
            b = a + step;
            c = b + step;
            d = c + step;
        }
    }

    /** -1 for null, else the four fields as the digits of one number: 1234 when fully built. */
    static int seen(Box box) {
        return box == null ? -1 : box.a * 1000 + box.b * 100 + box.c * 10 + box.d;
    }

    @JCStressTest
    @Outcome(id = "1234, 1234", expect = ACCEPTABLE, desc = "both saw the fully built singleton")
    @Outcome(
            id = {"-1, .*", ".*, -1"},
            expect = ACCEPTABLE_INTERESTING,
            desc = "the lazy getter returned null: two racy reads disagreed")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "saw the reference before some constructor stores")
    @State
    public static class Unsafe {
        int step = 1;
        Box instance;

        Box get() {
            if (instance == null) {
                synchronized (this) {
                    if (instance == null) {
                        instance = new Box(step);
                    }
                }
            }
            return instance;
        }

        @Actor
        public void actor1(II_Result r) {
            r.r1 = seen(get());
        }

        @Actor
        public void actor2(II_Result r) {
            r.r2 = seen(get());
        }
    }

    @JCStressTest
    @Outcome(id = "1234, 1234", expect = ACCEPTABLE, desc = "both saw the fully built singleton")
    @Outcome(
            id = {"-1, .*", ".*, -1"},
            expect = FORBIDDEN,
            desc = "the lazy getter returned null")
    @Outcome(expect = FORBIDDEN, desc = "volatile publication failed to order the constructor's stores")
    @State
    public static class Volatile {
        int step = 1;
        volatile Box instance;

        Box get() {
            Box local = instance;
            if (local == null) {
                synchronized (this) {
                    local = instance;
                    if (local == null) {
                        local = new Box(step);
                        instance = local;
                    }
                }
            }
            return local;
        }

        @Actor
        public void actor1(II_Result r) {
            r.r1 = seen(get());
        }

        @Actor
        public void actor2(II_Result r) {
            r.r2 = seen(get());
        }
    }
}
