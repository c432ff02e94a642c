package threadlab.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.mode.Modes;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * What the meter records beside the work: the lab's own CPU apart from the work's, JIT time,
 * proportional memory where Linux reports it, the virtual-thread scheduler's peaks from JDK 24.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MeterAccountsTest {

    @Test
    void theLabsOwnCpuIsNonNegativeAndNotCountedAsTheWorks() throws Exception {
        // The meter counts this JVM's children too (a loopback server an earlier test left running, whose
        // idle JIT or GC ticks in 10 ms steps), so the reading around the run does as well.
        long before = JvmCounters.processCpuNanos() + ChildProcesses.cpuNanosSoFar();
        Measured m = run("sleep:ms=200", "sequential", 2);
        long after = JvmCounters.processCpuNanos() + ChildProcesses.cpuNanosSoFar();
        assumeThat(JvmCounters.processCpuNanos()).as("process CPU time").isNotNegative();
        assumeThat(ChildProcesses.cpuNanosSoFar()).as("children's CPU time").isNotNegative();

        assertThat(m.labCpuSeconds())
                .as("thread CPU time is measured on this JVM")
                .isNotNull();
        assertThat(m.labCpuSeconds()).as("the sampler ran").isPositive();
        assertThat(m.cpuSeconds()).isNotNegative();
        assertThat(m.cpuSeconds() + m.labCpuSeconds())
                .as("work and lab together are within the process's and its children's CPU around the run")
                .isLessThanOrEqualTo((after - before) / 1e9 + 1e-6);
    }

    /**
     * A process that spins while this JVM sleeps: the machine's busy time counts it. (A child of
     * this JVM is the run's own CPU to the meter, which subtracts it from the machine's; what is
     * left, {@code otherCpuSeconds}, is every other process's.)
     */
    @Test
    void theMachinesBusyTimeCountsAProcessThatSpinsBeside() throws Exception {
        long before = Host.machineBusyNanos();
        assumeThat(before).as("the machine's busy time").isNotNegative();
        Process spinner = spinner();
        long spun;
        try {
            Thread.sleep(500);
            spun = Host.machineBusyNanos() - before;
        } finally {
            spinner.destroyForcibly().waitFor();
        }
        assertThat(spun / 1e9)
                .as("busy CPU-s over half a second with one process spinning")
                .isGreaterThan(0.2);
    }

    /**
     * A child that spins through a run that only sleeps is the run's CPU once the lab has said a
     * child started ({@link ChildProcesses#started}), as an echo partner's must be, not the others'.
     */
    @Test
    void aChildSaidToHaveStartedSpendsTheRunsCpu() throws Exception {
        Process spinner = spinner();
        try {
            ChildProcesses.started();
            Measured m = run("sleep:ms=500", "sequential", 1);
            assumeThat(m.cpuSeconds()).as("the children's CPU can be read here").isNotNull();
            assertThat(m.cpuSeconds())
                    .as("the spinning child's CPU in the run's")
                    .isGreaterThan(0.2);
        } finally {
            spinner.destroyForcibly().waitFor();
        }
    }

    @Test
    void theOthersCpuIsRecordedWhereTheMachinesBusyTimeIsKnown() throws Exception {
        Measured m = run("sleep:ms=100", "sequential", 1);
        if (Host.machineBusyNanos() < 0) {
            assertThat(m.otherCpuSeconds()).isNull();
        } else {
            assertThat(m.otherCpuSeconds()).isNotNull().isNotNegative();
        }
    }

    @Test
    void jfrThreadsThatBeganBetweenTwoReadingsCountFromZero() {
        assertThat(LabThreads.jfrCpuBetween(Map.of(1L, 100L), Map.of(1L, 250L, 2L, 40L)))
                .isEqualTo(150 + 40);
        assertThat(LabThreads.jfrCpuBetween(Map.of(1L, 100L), Map.of())).isZero();
    }

    @Test
    void jitTimeIsRecordedWhereTheJvmMonitorsIt() throws Exception {
        Measured m = run("cpu:work=1000000", "sequential", 4);
        if (JvmCounters.compilationMillis() < 0) {
            assertThat(m.jitSeconds()).isNull();
        } else {
            assertThat(m.jitSeconds()).isNotNull().isNotNegative();
        }
    }

    @Test
    void theProportionalSizeIsRecordedOnlyWhereTheOsReportsIt() throws Exception {
        Measured m = run("sleep:ms=10", "sequential", 2);
        if (ProcFiles.proportionalBytes(ProcessHandle.current().pid()) == null) {
            assertThat(m.peakPssBytes()).isNull();
        } else {
            assertThat(m.peakPssBytes()).isPositive();
            assertThat(m.peakRssBytes()).isPositive();
        }
    }

    /** Four virtual threads that each compute for a while on 1+ carriers: some are mounted while the sampler looks. */
    @Test
    void theSchedulersPeaksAreRecordedFromJdk24AndAbsentBefore() throws Exception {
        Measured m = run("cpu:work=300000000", "virtual", 4);
        if (Runtime.version().feature() >= 24) {
            assertThat(VirtualScheduler.present()).isTrue();
            assertThat(m.peakMountedVirtual()).isNotNull().isPositive();
            assertThat(m.peakQueuedVirtual()).isNotNull().isNotNegative();
        } else {
            assertThat(m.peakMountedVirtual()).isNull();
            assertThat(m.peakQueuedVirtual()).isNull();
        }
    }

    /** A process that spins on one core until destroyed ({@code yes}, its output discarded); the test is skipped without one. */
    private static Process spinner() {
        try {
            return new ProcessBuilder("yes")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (java.io.IOException e) {
            return Assumptions.abort("no 'yes' program to spin with here: " + e.getMessage());
        }
    }

    private static Measured run(String spec, String mode, int tasks) throws Exception {
        try (Workload workload = Workloads.create(spec)) {
            Measured m = Meter.measure(Modes.parse(mode), workload, tasks, new TaskProbe(), done -> {});
            assertThat(m.failed()).isZero();
            return m;
        }
    }
}
