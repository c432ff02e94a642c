package threadlab.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;
import threadlab.mode.Mode;
import threadlab.mode.Modes;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * A run's CPU time counts what the pool's workers used during that run only, not what they had
 * used before it: a warm pool that just did heavy work and then runs no-op tasks reports the
 * no-op run as cheap. CPU time is counted by the OS, so the load of the machine does not matter.
 */
class ChildCpuTest {

    @Test
    void aWarmPoolsRunCountsOnlyTheCpuItsWorkersUsedDuringTheRun() throws InterruptedException {
        try (Mode pool = Modes.parse("process-pool:1");
                Workload heavy = Workloads.create("cpu:work=100000000");
                Workload noOp = Workloads.create("sleep:ms=0")) {
            Measured heavyRun = Meter.measure(pool, heavy, 2, new TaskProbe(), ended -> {});
            Measured noOpRun = Meter.measure(pool, noOp, 10, new TaskProbe(), ended -> {});

            assertThat(heavyRun.failed()).isZero();
            assertThat(noOpRun.failed()).isZero();
            assumeThat(heavyRun.cpuSeconds()).as("CPU time where the OS reports it").isNotNull();
            assertThat(noOpRun.cpuSeconds())
                    .as("CPU of 10 no-op tasks after %.2f s of CPU work in the same worker", heavyRun.cpuSeconds())
                    .isLessThan(heavyRun.cpuSeconds() / 2);
        }
    }
}
