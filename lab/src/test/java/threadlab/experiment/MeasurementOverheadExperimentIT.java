package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import threadlab.result.RunResult;
import threadlab.workload.Nature;

/**
 * {@code measurement-overhead}, as this build's quick run recorded it: every planned run complete
 * with one checksum per workload across the lab's modes and the unmetered JVM, the unmetered runs
 * carrying the times their own JVM took (inside the meter's wall around them), and the sleeping run
 * the work's CPU and the meter's apart. Its figures are the experiment's to judge, not this test's.
 */
class MeasurementOverheadExperimentIT {

    private static final String ID = "measurement-overhead";

    /** The unmetered mode's fields, read as the notebooks read them: by name. */
    private record Unmetered(
            Double meteredWallSeconds,
            Double unmeteredSequentialSeconds,
            Double unmeteredCpuSeconds,
            Double unmeteredJitSeconds,
            Double loadAverage) {}

    @Test
    void everySideOfTheComparisonRanTheSameTasksToTheSameChecksum() throws Exception {
        List<RunResult> runs = BuildRun.runs(ID);
        assertThat(runs).hasSize(BuildRun.planned(ID));
        assertThat(runs)
                .allMatch(
                        r -> r.error() == null && r.failed() == 0 && r.completed() == r.tasks(),
                        "every run complete, without error");
        assertThat(runs)
                .filteredOn(r -> r.nature() == Nature.CPU)
                .extracting(RunResult::mode)
                .containsOnly("sequential", "platform-pool:2", "forkjoin:2", "unmetered:2");
        assertThat(runs)
                .filteredOn(r -> r.nature() == Nature.IO)
                .extracting(RunResult::mode)
                .containsOnly("sequential", "unmetered:1");
        Map<String, String> checksums = new TreeMap<>();
        for (RunResult r : runs) {
            String first = checksums.putIfAbsent(r.workload(), r.checksum());
            assertThat(r.checksum()).as(r.mode() + " " + r.workload()).isEqualTo(first == null ? r.checksum() : first);
        }
        assertThat(checksums).hasSize(2);
    }

    @Test
    void theUnmeteredJvmTimedItselfWithinTheMetersWall() throws Exception {
        List<RunResult> unmetered = BuildRun.runs(ID).stream()
                .filter(r -> r.mode().startsWith("unmetered:"))
                .toList();
        assertThat(unmetered).isNotEmpty().allSatisfy(r -> {
            Unmetered own = r.extra(Unmetered.class);
            assertThat(r.wallSeconds()).as(r.mode()).isPositive();
            // the meter's wall holds the child's start, warm-up and exit around what it timed
            assertThat(own.meteredWallSeconds()).as(r.mode()).isGreaterThan(r.wallSeconds());
            assertThat(r.latencyMs()).as("no per-task timing in %s", r.mode()).isNull();
            if (r.mode().equals("unmetered:2")) {
                assertThat(own.unmeteredSequentialSeconds()).isPositive();
                assertThat(own.meteredWallSeconds()).isGreaterThan(r.wallSeconds() + own.unmeteredSequentialSeconds());
            } else {
                assertThat(own.unmeteredSequentialSeconds()).isNull();
            }
        });
    }

    @Test
    void theSleepingRunCountsTheWorksCpuAndTheMetersApart() throws Exception {
        List<RunResult> sleeping = BuildRun.runs(ID).stream()
                .filter(r -> r.nature() == Nature.IO && r.mode().equals("sequential"))
                .toList();
        assertThat(sleeping).isNotEmpty().allSatisfy(r -> {
            assertThat(r.cpuSeconds()).isNotNull().isGreaterThanOrEqualTo(0);
            assertThat(r.labCpuSeconds())
                    .as("the meter's own CPU, recorded apart")
                    .isNotNull()
                    .isPositive();
            assertThat(r.wallSeconds()).isGreaterThanOrEqualTo(1.0);
        });
    }
}
