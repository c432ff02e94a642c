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

/**
 * The classic demo's output, as a student sees it: each task's sum as it ends, then "done!" and the
 * time; in {@code async:3} the completion callback prints each sum. Two of its cells are enough for
 * the output; what every mode had in flight is checked on this build's quick run
 * ({@link SeedExperimentIT}).
 */
class SeedExperimentTest {

    @TempDir
    Path runDir;

    @Test
    void eachTaskPrintsItsSumAsItEndsAndTheCallbackPrintsItInAsync() throws Exception {
        Experiment seed = Experiments.select(List.of("seed")).get(0);
        List<Trial> demo = seed.plan(Profile.QUICK, 2).stream()
                .filter(t -> t.workload().toString().startsWith("sleep"))
                .filter(t -> List.of("sequential", "async:3").contains(t.mode().id()))
                .toList();
        assertThat(demo).hasSize(2);
        StringWriter narration = new StringWriter();
        var runner = new ExperimentRunner(
                runDir,
                new Results(Results.SCHEMA, "t", "seed", LocalDateTime.now().toString(), Host.environment(), List.of()),
                new ExperimentRunner.Listener() {},
                new PrintWriter(narration, true));
        runner.run("seed", demo, true, null);

        List<RunResult> runs = ResultsFile.read(runDir).runs();
        assertThat(runs).hasSize(2).allMatch(r -> r.completed() == 3 && r.error() == null);
        assertThat(runs.stream().map(RunResult::checksum).distinct()).hasSize(1);
        // the demo's output: the sums 3, 5 and 7 as each task ends, then done! and the time
        assertThat(narration.toString()).contains("\n3 ", "\n5 ", "\n7 ", "done!", "Execution time:");
        // in async:3 the completion callback prints each sum, on the thread that completed the task
        String async = narration.toString().split("-- async:3: 3 x sleep")[1].split("done!")[0];
        assertThat(async.lines().filter(l -> l.contains("<- completion callback on async-timer")))
                .hasSize(3);
    }
}
