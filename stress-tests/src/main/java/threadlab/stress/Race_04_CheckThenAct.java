package threadlab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/*
   A thread-safe collection does not make a sequence of its calls atomic. Two actors each want
   "the" value for one key, creating it if absent, and record the value they ended up with.
   Both must agree, as a cache or a registry needs them to.

   GetThenPut checks with get() and acts with put(): each call is safe, but between them the
   other actor can do the same, and both believe their own value won ("one, two").

   ComputeIfAbsent does the check and the act as one step of the map, so the actors always
   agree.

   HOW TO RUN THIS TEST (from the project root, after mvn package):
     java -jar stress-tests/target/jcstress.jar -t Race_04_CheckThenAct -m quick -jvmArgs "-Xmx512m" -sc false -iters 1 -time 300
   That is the gate's setting: one JVM configuration, seconds. Drop everything after the
   test name to run every JVM configuration jcstress finds (interpreter, C1, C2, C2 with
   stress flags), with split per-actor compilation: minutes.

   RESULT on 2 cores, AMD EPYC, Linux, JDK 25.0.3 Temurin (2026-11-25; a JMH run shared the
   cores at the time): -m quick -sc false -iters 1 -time 300 over all 4 JVM configurations
   jcstress found (-Xint; -XX:TieredStopAtLevel=1; -XX:-TieredCompilation; and that again
   with C2 stress flags). Every test OK; the whole suite took 6 min 26 s.

     ComputeIfAbsent:
         RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION
       one, one  899,190   77.37%  Acceptable  actor1 created the value, actor2 found it
       one, two        0    0.00%   Forbidden  both created a value: computeIfAbsent was not atomic
       two, two  262,997   22.63%  Acceptable  actor2 created the value, actor1 found it

     GetThenPut:
         RESULT  SAMPLES     FREQ       EXPECT  DESCRIPTION
       one, one  867,017   73.36%   Acceptable  actor1 created the value, actor2 found it
       one, two   14,741    1.25%  Interesting  both saw no value and both put their own
       two, two  300,091   25.39%   Acceptable  actor2 created the value, actor1 found it
*/
public class Race_04_CheckThenAct {

    static final String KEY = "key";

    @JCStressTest
    @Outcome(id = "one, one", expect = ACCEPTABLE, desc = "actor1 created the value, actor2 found it")
    @Outcome(id = "two, two", expect = ACCEPTABLE, desc = "actor2 created the value, actor1 found it")
    @Outcome(id = "one, two", expect = ACCEPTABLE_INTERESTING, desc = "both saw no value and both put their own")
    @Outcome(expect = FORBIDDEN, desc = "an actor cannot see a value that was never put")
    @State
    public static class GetThenPut {
        final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();

        String getOrCreate(String mine) {
            String found = map.get(KEY);
            if (found != null) {
                return found;
            }
            map.put(KEY, mine);
            return mine;
        }

        @Actor
        public void actor1(LL_Result r) {
            r.r1 = getOrCreate("one");
        }

        @Actor
        public void actor2(LL_Result r) {
            r.r2 = getOrCreate("two");
        }
    }

    @JCStressTest
    @Outcome(id = "one, one", expect = ACCEPTABLE, desc = "actor1 created the value, actor2 found it")
    @Outcome(id = "two, two", expect = ACCEPTABLE, desc = "actor2 created the value, actor1 found it")
    @Outcome(id = "one, two", expect = FORBIDDEN, desc = "both created a value: computeIfAbsent was not atomic")
    @Outcome(expect = FORBIDDEN, desc = "an actor cannot see a value that was never put")
    @State
    public static class ComputeIfAbsent {
        final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();

        @Actor
        public void actor1(LL_Result r) {
            r.r1 = map.computeIfAbsent(KEY, k -> "one");
        }

        @Actor
        public void actor2(LL_Result r) {
            r.r2 = map.computeIfAbsent(KEY, k -> "two");
        }
    }
}
