package threadlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import threadlab.result.Prediction;
import threadlab.workload.Nature;

class LawsTest {

    @Test
    void littlesLawCountsRoundsOfInFlightWaits() {
        Prediction p = Laws.predict(Nature.IO, 10, 3, 2, 1.0, Double.NaN, 0);
        assertThat(p.model()).isEqualTo("littles-law");
        assertThat(p.wallSeconds()).isEqualTo(4.0);
        assertThat(p.throughputPerSecond()).isEqualTo(2.5);
    }

    @Test
    void theClassicDemoIsOneRoundOnThreeWorkersAndThreeRoundsOnOne() {
        assertThat(Laws.predict(Nature.IO, 3, 3, 2, 3.0, Double.NaN, 0).wallSeconds())
                .isEqualTo(3.0);
        assertThat(Laws.predict(Nature.IO, 3, 1, 2, 3.0, Double.NaN, 0).wallSeconds())
                .isEqualTo(9.0);
    }

    @Test
    void amdahlCapsParallelWorkAtTheCores() {
        assertThat(Laws.predict(Nature.CPU, 8, 8, 2, 0, 0.5, 0).wallSeconds()).isEqualTo(2.0);
        assertThat(Laws.predict(Nature.CPU, 8, 1, 2, 0, 0.5, 0).wallSeconds()).isEqualTo(4.0);
    }

    @Test
    void aFullySerialPartGainsNothingFromThreads() {
        assertThat(Laws.predict(Nature.CONTENDED, 8, 8, 2, 0, 0.5, 1.0).wallSeconds())
                .isEqualTo(4.0);
    }

    @Test
    void mixedWorkTakesTheSlowerBound() {
        // 100 tasks of 10 ms CPU, then a 10 ms wait, all in flight, on 2 cores: CPU bound, 0.5 s
        // of computing, then the last task's wait.
        assertThat(Laws.predict(Nature.MIXED, 100, 100, 2, 0.010, 0.020, 0).wallSeconds())
                .isCloseTo(0.51, within(1e-9));
        // the same on a pool of 2: 50 rounds of 20 ms, 1 s.
        assertThat(Laws.predict(Nature.MIXED, 100, 2, 2, 0.010, 0.020, 0).wallSeconds())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void noLawWithoutWaitOrTiming() {
        assertThat(Laws.predict(Nature.IO, 5, 5, 2, 0, Double.NaN, 0)).isNull();
        assertThat(Laws.predict(Nature.CPU, 5, 5, 2, 0, Double.NaN, 0)).isNull();
        assertThat(Laws.efficiency(null, 1.0)).isNull();
    }
}
