package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/*
   Termination mode: the actor starts a thread that sleeps for a day and waits for it; the
   signal interrupts that thread. Thread.sleep must end with InterruptedException, whether
   the interrupt comes during the sleep or before it starts (the interrupt status is kept
   and sleep checks it first), so the actor must terminate. STALE is forbidden.

   A sleeping virtual thread holds no carrier: it is a parked continuation with a timer.
   Interrupting it must still wake it, exactly as it wakes a platform thread blocked in the
   kernel.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t VirtualThread_04_InterruptWakesSleep -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

     Platform:
           RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
            STALE        0    0.00%   Forbidden  the interrupted thread kept sleeping
       TERMINATED      320  100.00%  Acceptable  the interrupt ended the sleep

     Virtual:
           RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
            STALE        0    0.00%   Forbidden  the interrupted thread kept sleeping
       TERMINATED      213  100.00%  Acceptable  the interrupt ended the sleep
*/
public class VirtualThread_04_InterruptWakesSleep {

    static void sleepADay() {
        try {
            Thread.sleep(Duration.ofDays(1));
        } catch (InterruptedException expected) {
            // the interrupt is the wake-up this test waits for: the thread ends here
        }
    }

    static void interruptWhenStarted(Sleeper state) {
        Thread sleeper;
        while ((sleeper = state.sleeper) == null) {
            Thread.onSpinWait();
        }
        sleeper.interrupt();
    }

    /** The thread under test, published to the signal through a volatile field. */
    static class Sleeper {
        volatile Thread sleeper;
    }

    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the interrupt ended the sleep")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "the interrupted thread kept sleeping")
    @Outcome(expect = FORBIDDEN, desc = "the actor failed with an exception")
    @State
    public static class Platform extends Sleeper {

        @Actor
        public void actor1() throws InterruptedException {
            Thread thread = Thread.ofPlatform().start(VirtualThread_04_InterruptWakesSleep::sleepADay);
            sleeper = thread;
            thread.join();
        }

        @Signal
        public void signal() {
            interruptWhenStarted(this);
        }
    }

    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the interrupt ended the sleep")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "the interrupted thread kept sleeping")
    @Outcome(expect = FORBIDDEN, desc = "the actor failed with an exception")
    @State
    public static class Virtual extends Sleeper {

        @Actor
        public void actor1() throws InterruptedException {
            Thread thread = Thread.ofVirtual().start(VirtualThread_04_InterruptWakesSleep::sleepADay);
            sleeper = thread;
            thread.join();
        }

        @Signal
        public void signal() {
            interruptWhenStarted(this);
        }
    }
}
