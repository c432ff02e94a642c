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
        Measured[] runs = heavyThenNoOp();
        Measured heavyRun = runs[0];
        Measured noOpRun = runs[1];

        assertThat(noOpRun.failed()).isZero();
        assumeThat(heavyRun.cpuSeconds()).as("CPU time where the OS reports it").isNotNull();
        assertThat(noOpRun.cpuSeconds())
                .as("CPU of 10 no-op tasks after %.2f s of CPU work in the same worker", heavyRun.cpuSeconds())
                .isLessThan(heavyRun.cpuSeconds() / 2);
    }

    /**
     * The JDK's macOS ProcessHandle gives no CPU time for another process. Stood in for here by a
     * reader that asks OSHI only (what the lab falls back to there): the workers' CPU still counts.
     */
    @Test
    void withTheJdkSilentOshiStillCountsTheWorkersCpu() throws InterruptedException {
        ChildProcesses.readCpuWith(h -> {
            long nanos = Host.cpuNanos(h.pid());
            return nanos < 0 ? null : java.time.Duration.ofNanos(nanos);
        });
        try {
            Measured[] runs = heavyThenNoOp();

            assertThat(runs[0].cpuSeconds())
                    .as("CPU of 2 heavy tasks in a worker, read by OSHI")
                    .isNotNull()
                    .isGreaterThan(2 * runs[1].cpuSeconds());
        } finally {
            ChildProcesses.readCpuWith(null);
        }
    }

    /** Where neither the JDK nor OSHI can read a child's CPU time, the run's CPU time is unknown, not the parent's alone. */
    @Test
    void whereNoOneCanReadAChildsCpuTheRunsCpuIsUnknown() throws InterruptedException {
        ChildProcesses.readCpuWith(h -> null);
        try (Mode pool = Modes.parse("process-pool:1");
                Workload work = Workloads.create("cpu:work=1000000")) {
            Measured run = Meter.measure(pool, work, 4, new TaskProbe(), ended -> {});

            assertThat(run.failed()).isZero();
            assertThat(run.cpuSeconds()).isNull();
        } finally {
            ChildProcesses.readCpuWith(null);
        }
    }

    /** Two heavy CPU tasks, then ten no-op tasks, in one warm worker: the two runs' measurements. */
    private static Measured[] heavyThenNoOp() throws InterruptedException {
        try (Mode pool = Modes.parse("process-pool:1");
                Workload heavy = Workloads.create("cpu:work=100000000");
                Workload noOp = Workloads.create("sleep:ms=0")) {
            Measured heavyRun = Meter.measure(pool, heavy, 2, new TaskProbe(), ended -> {});
            Measured noOpRun = Meter.measure(pool, noOp, 10, new TaskProbe(), ended -> {});
            assertThat(heavyRun.failed()).isZero();
            return new Measured[] {heavyRun, noOpRun};
        }
    }
}
