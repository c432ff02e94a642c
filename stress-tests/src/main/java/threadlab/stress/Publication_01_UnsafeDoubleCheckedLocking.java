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
    Double-checked locking: check the field without the lock, and take the lock only to create
    the object. Both actors ask for the singleton and report what they read through it:
    its field (42 when fully built), 0 if they saw the object before its constructor's write,
    or -1 if the lazy getter returned null.

    Unsafe: the field is plain. The fast path reads it without synchronization, so nothing
    orders the constructor's write before the write of the reference: a reader may see the
    reference and still read x as 0. Worse, the fast path reads the field twice (check, then
    return), and two racy reads may disagree: non-null, then null. Both are allowed. On x86
    the hardware keeps stores in order, so only a JIT reordering can show them: expect them to
    be rare or absent here; weaker hardware (Arm, POWER) can reorder the stores itself.
    Volatile: the reference is volatile, so the constructor's writes happen-before any read
    that sees the reference; 0 and -1 are forbidden.

    HOW TO RUN THIS TEST (from the project root, after mvn package):
      java -jar stress-tests/target/jcstress.jar -t Publication_01_UnsafeDoubleCheckedLocking -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
    That is the gate's setting: one JVM configuration, seconds. Drop everything after the
    test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
    stress flags), with split per-actor compilation: minutes.

    RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
    cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
    jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
    with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

      Unsafe:
        RESULT    SAMPLES     FREQ       EXPECT  DESCRIPTION
        -1, .*          0    0.00%  Interesting  the lazy getter returned null: two racy reads disagreed
        .*, -1          0    0.00%  Interesting  the lazy getter returned null: two racy reads disagreed
         .*, 0          0    0.00%  Interesting  saw the reference before the constructor's write
         0, .*          0    0.00%  Interesting  saw the reference before the constructor's write
        42, 42  1,599,564  100.00%   Acceptable  both saw the fully built singleton

      Volatile:
        RESULT    SAMPLES     FREQ      EXPECT  DESCRIPTION
        -1, .*          0    0.00%   Forbidden  the lazy getter returned null
        .*, -1          0    0.00%   Forbidden  the lazy getter returned null
         .*, 0          0    0.00%   Forbidden  volatile publication failed to order the constructor's write
         0, .*          0    0.00%   Forbidden  volatile publication failed to order the constructor's write
        42, 42  1,548,364  100.00%  Acceptable  both saw the fully built singleton
 */
public class Publication_01_UnsafeDoubleCheckedLocking {

    static final class Box {
        int x;

        Box() {
            x = 42;
        }
    }

    static int seen(Box box) {
        return box == null ? -1 : box.x;
    }

    @JCStressTest
    @Outcome(id = "42, 42",              expect = ACCEPTABLE,             desc = "both saw the fully built singleton")
    @Outcome(id = {"0, .*", ".*, 0"},    expect = ACCEPTABLE_INTERESTING, desc = "saw the reference before the constructor's write")
    @Outcome(id = {"-1, .*", ".*, -1"},  expect = ACCEPTABLE_INTERESTING, desc = "the lazy getter returned null: two racy reads disagreed")
    @Outcome(                            expect = FORBIDDEN,              desc = "only 42, 0 and null can be read")
    @State
    public static class Unsafe {
        Box instance;

        Box get() {
            if (instance == null) {
                synchronized (this) {
                    if (instance == null) {
                        instance = new Box();
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
    @Outcome(id = "42, 42",              expect = ACCEPTABLE, desc = "both saw the fully built singleton")
    @Outcome(id = {"0, .*", ".*, 0"},    expect = FORBIDDEN,  desc = "volatile publication failed to order the constructor's write")
    @Outcome(id = {"-1, .*", ".*, -1"},  expect = FORBIDDEN,  desc = "the lazy getter returned null")
    @Outcome(                            expect = FORBIDDEN,  desc = "only 42, 0 and null can be read")
    @State
    public static class Volatile {
        volatile Box instance;

        Box get() {
            Box local = instance;
            if (local == null) {
                synchronized (this) {
                    local = instance;
                    if (local == null) {
                        local = new Box();
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
