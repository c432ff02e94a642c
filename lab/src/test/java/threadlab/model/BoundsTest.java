package threadlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import threadlab.result.Prediction;
import threadlab.workload.Nature;

class BoundsTest {

    private static RunFacts facts(
            Nature nature,
            int tasks,
            int concurrency,
            double wait,
            double taskSeconds,
            double taskCpu,
            double serial,
            int starts,
            double startSeconds,
            double contended) {
        return new RunFacts(
                nature,
                tasks,
                concurrency,
                2,
                wait,
                taskSeconds,
                taskCpu,
                serial,
                Starts.inARow(starts, startSeconds),
                Contended.pair(contended),
                concurrency);
    }

    @Test
    void waitingBindsWhenTheTasksCostLittleCpu() {
        Prediction p = Bounds.predict(facts(Nature.IO, 100, 100, 0.05, 0.0501, 10e-6, 0, 0, Double.NaN, Double.NaN));
        assertThat(p.bound()).isEqualTo("waiting");
        assertThat(p.model()).isEqualTo("littles-law");
        assertThat(p.wallSeconds()).isCloseTo(0.0501, within(1e-9));
        assertThat(p.figures()).containsKey("cpuSeconds");
    }

    @Test
    void cpuBindsWaitingTasksWhoseIoCostsMoreCpuThanTheCoresGive() {
        // 2,000 socket tasks of 10 ms wait and 0.5 ms CPU each, all in flight, on 2 cores: 0.5 s of CPU
        // per core, far above one 10 ms round of waiting.
        Prediction p = Bounds.predict(facts(Nature.IO, 2000, 2000, 0.01, 0.0105, 0.0005, 0, 0, Double.NaN, Double.NaN));
        assertThat(p.bound()).isEqualTo("cpu");
        assertThat(p.wallSeconds()).isCloseTo(0.5, within(1e-9));
        assertThat(p.figures()).containsEntry("waitingSeconds", 0.0105);
    }

    /** {@code tasks} computing tasks of {@code cpu} seconds each, on {@code workers} that take one task at a time, on 2 cores. */
    private static Prediction computing(int tasks, int workers, double cpu) {
        return Bounds.predict(
                new RunFacts(Nature.CPU, tasks, tasks, 2, 0, cpu, cpu, 0, Starts.NONE, Contended.NONE, workers));
    }

    @Test
    void computingTasksRunInWholeRoundsOnFewerWorkersThanTasks() {
        // 3 tasks of 100 ms on 2 cores: on 2 carriers (or a pool of 2) two rounds, 200 ms; on a thread each the
        // OS shares the cores among three, 150 ms; 4 tasks on 4 threads, 200 ms; 5 on a pool of 4, 200 + 100 ms.
        assertThat(computing(3, 2, 0.1).wallSeconds()).isCloseTo(0.2, within(1e-9));
        assertThat(computing(3, 3, 0.1).wallSeconds()).isCloseTo(0.15, within(1e-9));
        assertThat(computing(4, 4, 0.1).wallSeconds()).isCloseTo(0.2, within(1e-9));
        assertThat(computing(5, 4, 0.1).wallSeconds()).isCloseTo(0.3, within(1e-9));
        assertThat(computing(32, 2, 0.1).wallSeconds()).isCloseTo(1.6, within(1e-9));
        assertThat(computing(3, 1, 0.1).wallSeconds()).isCloseTo(0.3, within(1e-9));
        Prediction rounds = computing(3, 2, 0.1);
        assertThat(rounds.bound()).isEqualTo("cpu");
        assertThat(rounds.basis()).isEqualTo("3 tasks x 100.000 ms CPU, 2 at a time on 2 core(s): 2 round(s)");
        assertThat(rounds.figures()).containsEntry("rounds", 2.0).containsEntry("workers", 2.0);
    }

    @Test
    void threadStartsInARowBindAThreadPerTask() {
        // 1,000 starts of 200 µs one after another, then 50 ms for the last: 0.25 s, above one round of 50 ms.
        Prediction p =
                Bounds.predict(facts(Nature.IO, 1000, 1000, 0.05, Double.NaN, Double.NaN, 0, 1000, 200e-6, Double.NaN));
        assertThat(p.bound()).isEqualTo("start-cost");
        assertThat(p.wallSeconds()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aPoolsWorkersComeOnlineOneStartApartAndEachTakesItsShareAfterItsStart() {
        // 1,000 sleeps of 100 ms on a pool of 500 whose workers start 100 µs apart: the last worker is up
        // after 50 ms, and every worker does two sleeps, so 50 ms + 200 ms, above Little's law's 200 ms.
        Prediction p =
                Bounds.predict(facts(Nature.IO, 1000, 500, 0.1, Double.NaN, Double.NaN, 0, 500, 100e-6, Double.NaN));
        assertThat(p.bound()).isEqualTo("start-cost");
        assertThat(p.wallSeconds()).isCloseTo(0.05 + 0.2, within(1e-6));
        assertThat(p.figures()).containsEntry("workers", 500.0).containsEntry("waitingSeconds", 0.2);
    }

    @Test
    void earlyWorkersTakeMoreTasksWhenTheStartsOutlastATask() {
        // 3 workers 10 ms apart on 5 tasks of 15 ms: the lanes open at 10, 20 and 30 ms, and tasks end at 25
        // and 40 (the first lane), 35 and 50 (the second), 45 (the third): the fifth at 50 ms, not 30 + 2 x 15.
        assertThat(StartCostBound.staggeredLanes(5, 3, 0.010, 0.015)).isCloseTo(0.050, within(1e-9));
        // 3 workers 10 ms apart on 4 tasks of 5 ms: the first lane could do three of them by 25 ms, but the
        // third worker is handed the third task when it is made, at 30 ms
        assertThat(StartCostBound.staggeredLanes(4, 3, 0.010, 0.005)).isCloseTo(0.025, within(1e-9));
        Prediction p = Bounds.predict(facts(Nature.IO, 4, 3, 0.005, Double.NaN, Double.NaN, 0, 3, 0.010, Double.NaN));
        assertThat(p.wallSeconds()).isCloseTo(0.035, within(1e-9));
    }

    @Test
    void aContendedHandOffSlowerThanOneThreadBindsACounter() {
        // 8 tasks of 1 ms alone, 3 ms each while two share the counter: 12 ms, above the serial bound's 8 ms.
        Prediction p = Bounds.predict(facts(Nature.CONTENDED, 8, 2, 0, 0.001, Double.NaN, 1.0, 0, Double.NaN, 0.003));
        assertThat(p.bound()).isEqualTo("contention");
        assertThat(p.wallSeconds()).isCloseTo(0.012, within(1e-9));
        assertThat(p.figures()).containsEntry("serial-fractionSeconds", 0.008);
    }

    @Test
    void noContentionOnOneThreadWhereTheCpuAndTheSerialPartTie() {
        Prediction p = Bounds.predict(facts(Nature.CONTENDED, 8, 1, 0, 0.001, Double.NaN, 1.0, 0, Double.NaN, 0.003));
        assertThat(p.bound()).isEqualTo("cpu");
        assertThat(p.wallSeconds()).isCloseTo(0.008, within(1e-9));
        assertThat(p.figures()).containsKey("serial-fractionSeconds").doesNotContainKey("contentionSeconds");
    }

    @Test
    void aNoOpHasNoPredictionAndSaysWhy() {
        RunFacts noOp = facts(Nature.IO, 5000, 1, 0, 2e-6, 1e-6, 0, 0, Double.NaN, Double.NaN);
        assertThat(Bounds.predict(noOp)).isNull();
        assertThat(Bounds.whyNone(noOp)).contains("no-op");
    }

    @Test
    void aPoolsOneStartBeforeManyNoOpsDoesNotModelThem() {
        RunFacts pool = facts(Nature.IO, 5000, 1, 0, 2e-6, 1e-6, 0, 1, 40e-6, Double.NaN);
        assertThat(Bounds.predict(pool)).isNull();
        assertThat(Bounds.whyNone(pool)).contains("no-op");
    }

    @Test
    void aThreadStartedForEveryNoOpIsTheStartCost() {
        RunFacts perTask = facts(Nature.IO, 1000, 1000, 0, 2e-6, 1e-6, 0, 1000, 100e-6, Double.NaN);
        Prediction p = Bounds.predict(perTask);
        assertThat(p.bound()).isEqualTo("start-cost");
        assertThat(p.wallSeconds()).isCloseTo(0.1 + 2e-6, within(1e-9));
    }

    @Test
    void theCpuEveryStartedJvmCostsAddsToTheTasksCpu() {
        // 3 CPU tasks of 76 ms, each in a child JVM of its own whose boot and exit cost 70 ms of CPU, on 2
        // cores: the tasks alone take 1.5 x 76 ms; the JVMs' lives add 3 x 70 ms over the 2 cores
        Starts jvms = new Starts(1, 0.048, 3, 0.070);
        Prediction p = Bounds.predict(new RunFacts(Nature.CPU, 3, 3, 2, 0, 0.076, 0.076, 0, jvms, Contended.NONE, 3));
        assertThat(p.bound()).isEqualTo("cpu");
        assertThat(p.wallSeconds()).isCloseTo(1.5 * 0.076 + 3 * 0.070 / 2, within(1e-9));
        assertThat(p.figures()).containsEntry("startLives", 3.0).containsKey("startCpuUs");
        assertThat(p.basis()).contains("plus 3 threads' or JVMs' lives x 70000.0 µs CPU each");
    }

    @Test
    void startsWhoseLivesWereNotMeasuredAddNothing() {
        Prediction alone = computing(3, 3, 0.1);
        Prediction unmeasured = Bounds.predict(
                new RunFacts(Nature.CPU, 3, 3, 2, 0, 0.1, 0.1, 0, Starts.inARow(3, 100e-6), Contended.NONE, 3));
        assertThat(unmeasured.wallSeconds()).isEqualTo(alone.wallSeconds());
    }
}
