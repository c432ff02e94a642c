package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import threadlab.model.Contended;
import threadlab.workload.WorkloadSpec;

/** The contended hand-off is the wall time of two tasks behind one lock, so it holds their serialisation. */
class ContendedHandOffTest {

    @Test
    void twoTasksBehindOneLockTakeTheirSerialisedTime() throws Exception {
        WorkloadSpec spec = WorkloadSpec.parse("counter:lock=reentrant,increments=200000");
        double singleCpu = Calibration.singleTask(spec)[1];
        Contended measured = ContendedHandOff.measure(spec);
        double contended = measured.taskSeconds();
        assertThat(measured.fastestSeconds()).isLessThanOrEqualTo(contended);
        assertThat(measured.slowestSeconds()).isGreaterThanOrEqualTo(contended);
        assertThat(contended)
                .as("a round of two tasks that cannot overlap (about 2x), against one task's CPU alone;"
                        + " the threads' CPU (about 1x) missed the waiting")
                .isGreaterThanOrEqualTo(1.5 * singleCpu);
    }
}
