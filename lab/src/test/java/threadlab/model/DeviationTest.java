package threadlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import threadlab.result.Prediction;

class DeviationTest {

    private static final Prediction CPU = new Prediction(
            "amdahl", 1.0, 100, "100 tasks x 20 ms CPU on 2 core(s)", "cpu", Map.of("taskCpuMs", 20.0), null);

    /** A run of 100 tasks on 2 cores; {@code others}: the CPU other processes used meanwhile. */
    private static Deviation.Observed observed(double wall, double cpu, double gc, Double others) {
        return new Deviation.Observed(wall, 100, 2, cpu, gc, 0.0, others, null);
    }

    @Test
    void aRunInsideTheBandHasNoCause() {
        assertThat(Deviation.cause(CPU, observed(1.1, 2.0, 0, 0.0))).isNull();
        assertThat(Deviation.cause(CPU, observed(0.9, 2.0, 0, 0.0))).isNull();
    }

    @Test
    void gcThatFillsTheGapIsNamedFirst() {
        assertThat(Deviation.cause(CPU, observed(2.0, 2.0, 0.6, 9.0))).startsWith("below: GC 0.600 s");
    }

    @Test
    void cpuOtherProcessesTookBesideTheRunIsAMachineBusy() {
        assertThat(Deviation.cause(CPU, observed(2.0, 2.0, 0, 2.0)))
                .startsWith(
                        "below: machine busy (other processes used 1.0 of the 2 cores during the run, this run 1.0)");
    }

    @Test
    void othersOnAnIdleMachineAreNoMachineBusy() {
        // others took a core, but the run kept a quarter of one busy: the machine had a core to spare
        assertThat(Deviation.cause(CPU, observed(4.0, 1.0, 0, 2.0))).doesNotContain("machine busy");
    }

    @Test
    void aRunTooShortForTheMachinesTicksNamesNoMachineBusy() {
        Prediction quick = new Prediction("amdahl", 0.01, 100, "100 tasks", "cpu", Map.of("taskCpuMs", 0.2), null);
        assertThat(Deviation.cause(quick, observed(0.02, 0.04, 0, 0.06))).doesNotContain("machine busy");
    }

    @Test
    void unknownOthersNameNoMachineBusy() {
        Deviation.Observed o = new Deviation.Observed(2.0, 100, 2, 2.0, 0.0, 0.0, null, null);
        assertThat(Deviation.cause(CPU, o)).doesNotContain("machine busy");
    }

    @Test
    void moreCpuThanCalibratedIsNamedWhenTheMachineWasQuiet() {
        assertThat(Deviation.cause(CPU, observed(2.0, 4.0, 0, 0.0))).contains("2.0x the 2.000");
    }

    @Test
    void tasksCalibratedBelowOneTickOfTheCpuClockAreNotHeldAgainstTheRunsCpu() {
        Prediction tiny =
                new Prediction("amdahl", 1.0, 100, "100 tasks x 1 µs CPU", "cpu", Map.of("taskCpuMs", 0.001), null);
        assertThat(Deviation.cause(tiny, observed(2.0, 0.03, 0, 0.0))).doesNotContain("x the");
    }

    @Test
    void oneTickOfCpuInASubMillisecondRunIsNotSaturatedCores() {
        Prediction start = new Prediction(
                "start-cost", 0.0001, 20_000, "2 starts x 40 µs", "start-cost", Map.of("startUs", 40.0), null);
        String cause = Deviation.cause(start, observed(0.0005, 0.01, 0, null));
        assertThat(cause).doesNotContain("saturated").contains("fixed cost");
    }

    @Test
    void coresKeptBusyOverManyTicksAreSaturated() {
        Prediction start = new Prediction(
                "start-cost", 0.01, 10_000, "2 starts x 40 µs", "start-cost", Map.of("startUs", 40.0), null);
        assertThat(Deviation.cause(start, observed(0.05, 0.1, 0, null))).contains("the 2 cores were saturated");
    }

    @Test
    void aRunFasterThanItsBoundSaysTheBoundOverestimates() {
        assertThat(Deviation.cause(CPU, observed(0.5, 0.9, 0, 0.0))).startsWith("above: the cpu bound overestimates");
    }
    /** 8 counter tasks, two at once, calibrated at a median of 10 ms a task, its rounds 5 to 20 ms. */
    private static final Prediction CONTENDED = new Prediction(
            "contended-hand-off",
            0.04,
            200,
            "8 tasks x 10.000 ms each while 2 update the same state at once",
            "contention",
            Map.of(
                    "contendedTaskMs", 10.0,
                    "contendedFastestMs", 5.0,
                    "contendedSlowestMs", 20.0,
                    "contendedParallel", 2.0,
                    "taskCpuMs", 1.0),
            null);

    private static Deviation.Observed counterRun(double wall, double cpu) {
        return new Deviation.Observed(wall, 8, 2, cpu, 0.0, 0.0, 0.0, null);
    }

    @Test
    void aCounterRunInsideTheCalibratedSpreadOfTheHandOffIsNamedSo() {
        // 72 ms: 18 ms a task, slower than the median round, inside the slowest; 24 ms: 6 ms a task
        assertThat(Deviation.cause(CONTENDED, counterRun(0.072, 0.14)))
                .startsWith("below: inside the contended hand-off's own spread: 18.00 ms a task")
                .contains("5.00 to 20.00 ms (median 10.00); what");
        assertThat(Deviation.cause(CONTENDED, counterRun(0.024, 0.04)))
                .startsWith("above: inside the contended hand-off's own spread: 6.00 ms a task");
    }

    @Test
    void aCounterRunAsFastAsOneCoresSerialTimeIsInsideTheSpread() {
        Map<String, Double> figures = new java.util.HashMap<>(CONTENDED.figures());
        figures.put("serial-fractionSeconds", 0.012); // 8 tasks x 1.5 ms one after another
        Prediction withSerial =
                new Prediction("contended-hand-off", 0.04, 200, CONTENDED.basis(), "contention", figures, null);
        // 16 ms: 4 ms a task, faster than every contended round, slower than one core's 3 ms a task
        assertThat(Deviation.cause(withSerial, counterRun(0.016, 0.03)))
                .startsWith("above: inside the contended hand-off's own spread: 4.00 ms a task")
                .contains("and 3.00 ms on one core, where two workers time-share it");
    }

    @Test
    void aCounterRunOutsideTheCalibratedSpreadIsNotExplainedByIt() {
        // 100 ms: 25 ms a task, slower than every calibrated round; 16 ms: 4 ms a task, faster than all
        assertThat(Deviation.cause(CONTENDED, counterRun(0.1, 0.2))).doesNotContain("spread");
        assertThat(Deviation.cause(CONTENDED, counterRun(0.016, 0.03))).doesNotContain("spread");
    }
}
