package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/*
   Two threads each add one to a plain int. v++ is three steps: read v, add one, write v.
   If both threads read 0 before either writes, both write 1 and one increment is lost. Nothing
   in the Java Memory Model forbids it, and on a multi-core machine it happens: the table below
   shows how often here. The window is a few instructions wide, so the share is small and
   varies from run to run.

   This is the baseline for Race_02 (synchronized) and Race_03 (AtomicInteger), which forbid "1".

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Race_01_LostUpdate -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

     RESULT    SAMPLES     FREQ       EXPECT  DESCRIPTION
          1      4,255    0.28%  Interesting  lost update: both actors read 0 and wrote 1
          2  1,523,629   99.72%   Acceptable  both increments landed

   The full run of this test (Gate --mode full: jcstress's default preset, 34 forks over the
   4 JVM configurations and split per-actor compilation, 5 x 1 s each; 5 min 30 s, same machine,
   same day, other builds running). Its lost-update share is 35 times higher, probably because
   a 300 ms run spends much of its time before the actors are compiled to tight code:

     RESULT      SAMPLES     FREQ       EXPECT  DESCRIPTION
          1   16,545,737    9.72%  Interesting  lost update: both actors read 0 and wrote 1
          2  153,626,507   90.28%   Acceptable  both increments landed
*/
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments landed")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update: both actors read 0 and wrote 1")
@Outcome(expect = FORBIDDEN, desc = "two increments of 0 cannot give anything else")
@State
public class Race_01_LostUpdate {

    int v;

    @Actor
    public void actor1() {
        v++;
    }

    @Actor
    public void actor2() {
        v++;
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = v;
    }
}
