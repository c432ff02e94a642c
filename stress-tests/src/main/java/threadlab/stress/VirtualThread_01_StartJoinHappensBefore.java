package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/*
   Thread.start() and Thread.join() are the two happens-before edges every thread has
   (JLS 17.4.5): what the parent wrote before start() is visible to the child, and what the
   child wrote is visible to the parent after join() returns. Plain fields, no volatile, no
   lock: the edges alone carry the values. Between start() and join() the two threads run at
   the same time, and there nothing orders them: that part of the test is a race.

   The actor writes early = 1, starts a thread, then writes late = 1 while the thread runs.
   The thread copies early and late into seenEarly and seenLate and writes done = 1. The actor
   joins it and reports (seenEarly, seenLate, done).

     seenEarly  must be 1: start() orders it (a 0 is forbidden)
     done       must be 1: join() orders it (a 0 is forbidden)
     seenLate   0 or 1: the parent's write after start() races with the child's read; both
                are allowed. The parent writes a few nanoseconds after start() returns and a
                new thread takes microseconds to run, so 1 is the rule and 0 the interesting
                case: the child got there first, which no edge forbids

   One actor is enough here: the race is between the actor and the thread it starts. A
   virtual thread is a Thread: the same two edges hold, though it runs on a carrier thread
   from a ForkJoinPool and may move between carriers. The two twins must agree on what is
   forbidden; how the race falls may differ (a virtual thread starts sooner).

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t VirtualThread_01_StartJoinHappensBefore -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. The full run, every JVM
   configuration jcstress finds, with split per-actor compilation:
     java -cp stress-tests/target/jcstress.jar threadlab.stress.gate.Gate --mode full --tests VirtualThread_01 --out results/jcstress-full

   RESULT of the full run (Gate --mode full: jcstress's default preset, every JVM configuration
   it detected (interpreter, C1, C2, C2 with stress flags) with split per-actor compilation, 1
   fork per configuration and 5 under the stress flags, 5 x 1 s iterations each), 2026-12-01
   23:00 to 2026-12-02 00:00 UTC, the Publication and VirtualThread tests in one 59-minute run:
   2 cores AMD EPYC, Linux 6.18, JDK 25.0.3 Temurin. Other builds shared the machine (load
   average 4.6 to 45). Every test OK.

     Platform:
        RESULT    SAMPLES    FREQ       EXPECT  DESCRIPTION
     .*, .*, 0          0   0.00%    Forbidden  a write in the thread was not visible after join()
     0, .*, .*          0   0.00%    Forbidden  a write before start() was not visible in the started thread
       1, 0, 1    127,375   7.26%  Interesting  the child ran before the parent's write after start(): no...
       1, 1, 1  1,626,978  92.74%   Acceptable  the child read the parent's write made after start()

     Virtual:
        RESULT    SAMPLES    FREQ       EXPECT  DESCRIPTION
     .*, .*, 0          0   0.00%    Forbidden  a write in the thread was not visible after join()
     0, .*, .*          0   0.00%    Forbidden  a write before start() was not visible in the started thread
       1, 0, 1    379,030   5.95%  Interesting  the child ran before the parent's write after start(): no...
       1, 1, 1  5,994,498  94.05%   Acceptable  the child read the parent's write made after start()

   Nothing forbidden in 8.1 million samples. The race between the parent's write after start()
   and the child's read went both ways on both twins: the child got there first in 7.3% of
   the platform samples and 5.9% of the virtual ones.
*/
public class VirtualThread_01_StartJoinHappensBefore {

    /** The fields both twins share, and what the started thread does with them. */
    static class Fields {
        int early;
        int late;
        int seenEarly;
        int seenLate;
        int done;

        void child() {
            seenEarly = early;
            seenLate = late;
            done = 1;
        }

        void parent(Thread.Builder threads, III_Result r) {
            early = 1;
            Thread child = threads.start(this::child);
            late = 1;
            Joins.join(child);
            r.r1 = seenEarly;
            r.r2 = seenLate;
            r.r3 = done;
        }
    }

    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "the child read the parent's write made after start()")
    @Outcome(
            id = "1, 0, 1",
            expect = ACCEPTABLE_INTERESTING,
            desc = "the child ran before the parent's write after start(): nothing orders them")
    @Outcome(
            id = "0, .*, .*",
            expect = FORBIDDEN,
            desc = "a write before start() was not visible in the started thread")
    @Outcome(id = ".*, .*, 0", expect = FORBIDDEN, desc = "a write in the thread was not visible after join()")
    @Outcome(expect = FORBIDDEN, desc = "only 0 and 1 are ever written")
    @State
    public static class Platform extends Fields {

        @Actor
        public void parent(III_Result r) {
            parent(Thread.ofPlatform(), r);
        }
    }

    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "the child read the parent's write made after start()")
    @Outcome(
            id = "1, 0, 1",
            expect = ACCEPTABLE_INTERESTING,
            desc = "the child ran before the parent's write after start(): nothing orders them")
    @Outcome(
            id = "0, .*, .*",
            expect = FORBIDDEN,
            desc = "a write before start() was not visible in the started thread")
    @Outcome(id = ".*, .*, 0", expect = FORBIDDEN, desc = "a write in the thread was not visible after join()")
    @Outcome(expect = FORBIDDEN, desc = "only 0 and 1 are ever written")
    @State
    public static class Virtual extends Fields {

        @Actor
        public void parent(III_Result r) {
            parent(Thread.ofVirtual(), r);
        }
    }
}
