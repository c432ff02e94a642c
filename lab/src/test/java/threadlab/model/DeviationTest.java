package threadlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import threadlab.result.Prediction;

class DeviationTest {

    private static final Prediction CPU = new Prediction(
            "amdahl", 1.0, 100, "100 tasks x 20 ms CPU on 2 core(s)", "cpu", Map.of("taskCpuMs", 20.0), null);

    private static Deviation.Observed observed(double wall, double cpu, double gc, double load) {
        return new Deviation.Observed(wall, 100, 2, cpu, gc, 0.0, load, null);
    }

    @Test
    void aRunInsideTheBandHasNoCause() {
        assertThat(Deviation.cause(CPU, observed(1.1, 2.0, 0, 2.0))).isNull();
        assertThat(Deviation.cause(CPU, observed(0.9, 2.0, 0, 2.0))).isNull();
    }

    @Test
    void gcThatFillsTheGapIsNamedFirst() {
        assertThat(Deviation.cause(CPU, observed(2.0, 2.0, 0.6, 9.0))).startsWith("below: GC 0.600 s");
    }

    @Test
    void loadBesideTheRunIsAMachineBusy() {
        assertThat(Deviation.cause(CPU, observed(2.0, 2.0, 0, 6.0))).startsWith("below: machine busy (load 6.0");
    }

    @Test
    void moreCpuThanCalibratedIsNamedWhenTheMachineWasQuiet() {
        assertThat(Deviation.cause(CPU, observed(2.0, 4.0, 0, 2.0))).contains("2.0x the 2.000");
    }

    @Test
    void aRunFasterThanItsBoundSaysTheBoundOverestimates() {
        assertThat(Deviation.cause(CPU, observed(0.5, 0.9, 0, 1.0))).startsWith("above: the cpu bound overestimates");
    }
}
