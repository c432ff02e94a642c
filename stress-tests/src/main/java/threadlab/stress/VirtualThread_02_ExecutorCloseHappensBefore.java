package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/*
   The structured way to run tasks on virtual threads: open an executor in try-with-resources,
   submit, and let close() wait for every task. The actor submits two tasks; task 1 writes
   x = 1 and then last = 1, task 2 writes y = 1 and then last = 2. After the try block the
   actor takes both futures' results with Future.get() and reports (x, y, last).

   Which edge makes the writes visible? Not close() by its contract: ExecutorService.close()
   promises to wait until the tasks have completed, but neither JLS 17.4.5 nor the memory
   consistency rules of java.util.concurrent give close() or awaitTermination() a
   happens-before edge. (The JDK's thread-per-task executor happens to provide one: each task
   thread removes itself from a concurrent set as it ends, and the last one counts down the
   latch close() waits on. That is an implementation detail.) The documented edge is
   Future.get(): the actions of a task happen-before its result is retrieved through get().
   So the test reads through get(), which returns at once since close() already waited.

     x, y   must be 1: each write happens-before its task's get() (a 0 is forbidden)
     last   1 or 2: the two tasks race to write it; 2 is the rule (task 2 is submitted
            second and its thread starts later), 1 the interesting case: task 2 finished
            first. Both are allowed: nothing orders two tasks of one executor.

   Platform: Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), the same
   executor with a platform thread per task. Virtual: Executors.newVirtualThreadPerTaskExecutor().

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t VirtualThread_02_ExecutorCloseHappensBefore -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. The full run, every JVM
   configuration jcstress finds, with split per-actor compilation:
     java -cp stress-tests/target/jcstress.jar threadlab.stress.gate.Gate --mode full --tests VirtualThread_02 --out results/jcstress-full

   RESULT of the full run (Gate --mode full: jcstress's default preset, every JVM configuration
   it detected (interpreter, C1, C2, C2 with stress flags) with split per-actor compilation, 1
   fork per configuration and 5 under the stress flags, 5 x 1 s iterations each), 2026-12-01
   23:00 to 2026-12-02 00:00 UTC, the Publication and VirtualThread tests in one 59-minute run:
   2 cores AMD EPYC, Linux 6.18, JDK 25.0.3 Temurin. Other builds shared the machine (load
   average 4.6 to 45). Every test OK.

     Platform:
        RESULT  SAMPLES    FREQ       EXPECT  DESCRIPTION
     .*, 0, .*        0   0.00%    Forbidden  a task's write was missing after Future.get()
         0, .*        0   0.00%    Forbidden  a task's write was missing after Future.get()
       1, 1, 1   10,261   1.04%  Interesting  both writes visible; task 1 wrote last: the tasks raced
       1, 1, 2  974,154  98.96%   Acceptable  both writes visible; task 2 wrote last

     Virtual:
        RESULT    SAMPLES     FREQ       EXPECT  DESCRIPTION
     .*, 0, .*          0    0.00%    Forbidden  a task's write was missing after Future.get()
         0, .*          0    0.00%    Forbidden  a task's write was missing after Future.get()
       1, 1, 1          0    0.00%  Interesting  both writes visible; task 1 wrote last: the tasks raced
       1, 1, 2  5,169,663  100.00%   Acceptable  both writes visible; task 2 wrote last

   Nothing forbidden in 6.2 million samples. On platform threads task 2 finished first in
   1.0% of the samples; on virtual threads never (0 of 5.2 million): a virtual thread starts
   in microseconds, so task 1 had always written last before task 2's thread ran. The race
   is allowed on both, and only the platform twin showed it here.
*/
public class VirtualThread_02_ExecutorCloseHappensBefore {

    /** The fields both twins share, and what the actor does with its executor. */
    static class Tasks {
        int x;
        int y;
        int last;

        void run(ExecutorService executor, III_Result r) {
            Future<Integer> first;
            Future<Integer> second;
            try (executor) {
                first = executor.submit(() -> {
                    x = 1;
                    last = 1;
                    return 1;
                });
                second = executor.submit(() -> {
                    y = 1;
                    last = 2;
                    return 2;
                });
            }
            take(first);
            take(second);
            r.r1 = x;
            r.r2 = y;
            r.r3 = last;
        }

        /** Future.get() of a task that has completed: the edge this test relies on. */
        private static void take(Future<Integer> task) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("actor interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a task failed", e.getCause());
            }
        }
    }

    @JCStressTest
    @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "both writes visible; task 2 wrote last")
    @Outcome(
            id = "1, 1, 1",
            expect = ACCEPTABLE_INTERESTING,
            desc = "both writes visible; task 1 wrote last: the tasks raced")
    @Outcome(
            id = {"0, .*", ".*, 0, .*"},
            expect = FORBIDDEN,
            desc = "a task's write was missing after Future.get()")
    @Outcome(expect = FORBIDDEN, desc = "only 0, 1 and 2 are ever written")
    @State
    public static class Platform extends Tasks {

        @Actor
        public void owner(III_Result r) {
            run(Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), r);
        }
    }

    @JCStressTest
    @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "both writes visible; task 2 wrote last")
    @Outcome(
            id = "1, 1, 1",
            expect = ACCEPTABLE_INTERESTING,
            desc = "both writes visible; task 1 wrote last: the tasks raced")
    @Outcome(
            id = {"0, .*", ".*, 0, .*"},
            expect = FORBIDDEN,
            desc = "a task's write was missing after Future.get()")
    @Outcome(expect = FORBIDDEN, desc = "only 0, 1 and 2 are ever written")
    @State
    public static class Virtual extends Tasks {

        @Actor
        public void owner(III_Result r) {
            run(Executors.newVirtualThreadPerTaskExecutor(), r);
        }
    }
}
