package threadlab.stress;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/*
    The structured way to run tasks on virtual threads: open an executor in try-with-resources,
    submit, and let close() wait for every task. close() returns only after the tasks' threads
    have ended, so their writes happen-before the code after the try block. The actor submits
    two tasks that write plain fields x and y, closes the executor, and reports (x, y).
    Anything but "1, 1" is forbidden.

    Platform: Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), the same
    executor with a platform thread per task. Virtual: Executors.newVirtualThreadPerTaskExecutor().

    HOW TO RUN THIS TEST (from the project root, after mvn package):
      java -jar stress-tests/target/jcstress.jar -t VirtualThread_02_ExecutorCloseHappensBefore -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
    That is the gate's setting: one JVM configuration, seconds. Drop everything after the
    test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
    stress flags), with split per-actor compilation: minutes.

    RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
    cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
    jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
    with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

      Platform:
        RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
         .*, 0        0    0.00%   Forbidden  a task's write was missing after close()
         0, .*        0    0.00%   Forbidden  a task's write was missing after close()
          1, 1   97,898  100.00%  Acceptable  both tasks' writes were visible after close()

      Virtual:
        RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
         .*, 0        0    0.00%   Forbidden  a task's write was missing after close()
         0, .*        0    0.00%   Forbidden  a task's write was missing after close()
          1, 1  765,831  100.00%  Acceptable  both tasks' writes were visible after close()
 */
public class VirtualThread_02_ExecutorCloseHappensBefore {

    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "both tasks' writes were visible after close()")
    @Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN, desc = "a task's write was missing after close()")
    @Outcome(             expect = FORBIDDEN,  desc = "only 0 and 1 are ever written")
    @State
    public static class Platform {
        int x;
        int y;

        @Actor
        public void owner(II_Result r) {
            try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
                executor.submit(() -> {
                    x = 1;
                });
                executor.submit(() -> {
                    y = 1;
                });
            }
            r.r1 = x;
            r.r2 = y;
        }
    }

    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "both tasks' writes were visible after close()")
    @Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN, desc = "a task's write was missing after close()")
    @Outcome(             expect = FORBIDDEN,  desc = "only 0 and 1 are ever written")
    @State
    public static class Virtual {
        int x;
        int y;

        @Actor
        public void owner(II_Result r) {
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                executor.submit(() -> {
                    x = 1;
                });
                executor.submit(() -> {
                    y = 1;
                });
            }
            r.r1 = x;
            r.r2 = y;
        }
    }
}
