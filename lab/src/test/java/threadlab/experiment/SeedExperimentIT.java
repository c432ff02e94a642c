package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import threadlab.result.RunResult;

/** The classic demo, as this build's quick run recorded it: checked by what was in flight, not by seconds. */
class SeedExperimentIT {

    @Test
    void threeWorkersHaveAllThreeTasksInFlightAndSequentialHasOne() throws Exception {
        List<RunResult> runs = BuildRun.runs("seed");
        assertThat(runs).hasSize(BuildRun.planned("seed"));
        List<RunResult> sleeps =
                runs.stream().filter(r -> r.workload().startsWith("sleep")).toList();
        assertThat(sleeps)
                .extracting(RunResult::mode)
                .contains(
                        "sequential",
                        "platform-pool:3",
                        "platform-per-task",
                        "virtual",
                        "virtual-bounded:3",
                        "forkjoin:3",
                        "async:3");
        for (RunResult r : sleeps) {
            assertThat(r.completed()).isEqualTo(3);
            assertThat(r.error()).isNull();
            assertThat(r.peakInFlight()).as(r.mode()).isEqualTo(r.mode().equals("sequential") ? 1 : 3);
        }
        assertThat(runs).extracting(RunResult::checksum).hasSize(2 * sleeps.size());
        assertThat(runs.stream().map(r -> r.workload() + r.checksum()).distinct())
                .hasSize(2);
    }
}
