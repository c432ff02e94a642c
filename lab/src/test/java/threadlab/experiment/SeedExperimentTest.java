package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.measure.Host;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/** The classic demo, checked by what was in flight, not by seconds. */
class SeedExperimentTest {

    @TempDir
    Path runDir;

    @Test
    void threeWorkersHaveAllThreeTasksInFlightAndSequentialHasOne() throws Exception {
        Experiment seed = Experiments.select(List.of("seed")).get(0);
        StringWriter narration = new StringWriter();
        var runner = new ExperimentRunner(runDir, new Results(Results.SCHEMA, "t", "seed", LocalDateTime.now().toString(),
                Host.environment(), List.of()), new ExperimentRunner.Listener() {}, new PrintWriter(narration, true));
        runner.run("seed", seed.plan(Profile.QUICK, 2), true, null);

        List<RunResult> runs = ResultsFile.read(runDir).runs();
        List<RunResult> sleeps = runs.stream().filter(r -> r.workload().startsWith("sleep")).toList();
        assertThat(sleeps).extracting(RunResult::mode).contains(
                "sequential", "platform-pool:3", "platform-per-task", "virtual", "virtual-bounded:3", "forkjoin:3", "async:3");
        for (RunResult r : sleeps) {
            assertThat(r.completed()).isEqualTo(3);
            assertThat(r.error()).isNull();
            assertThat(r.peakInFlight()).as(r.mode()).isEqualTo(r.mode().equals("sequential") ? 1 : 3);
        }
        assertThat(runs).extracting(RunResult::checksum).hasSize(2 * sleeps.size());
        assertThat(runs.stream().map(r -> r.workload() + r.checksum()).distinct()).hasSize(2);
        // the demo's output: the sums 3, 5 and 7 as each task ends, then done! and the time
        assertThat(narration.toString()).contains("\n3 ", "\n5 ", "\n7 ", "done!", "Execution time:");
        // in async:3 the completion callback prints each sum, on the thread that completed the task
        String async = narration.toString().split("-- async:3: 3 x sleep")[1].split("done!")[0];
        assertThat(async.lines().filter(l -> l.contains("<- completion callback on async-timer"))).hasSize(3);
    }
}
