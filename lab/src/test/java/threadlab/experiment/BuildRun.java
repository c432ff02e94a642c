package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * The run folder of this build's own quick experiments ({@code run all --quick}, which the lab's pom
 * runs after packaging and before the integration tests): the integration tests check what each
 * experiment recorded there instead of running it a second time. Failsafe passes the folder as
 * {@code threadlab.buildRun}; with {@code -Dthreadlab.skipExperiments=true} there is none, and the
 * checks are skipped, saying so.
 */
final class BuildRun {

    private BuildRun() {}

    /** The folder, which must hold a results file when the build ran its experiments. */
    static Path folder() {
        Assumptions.assumeFalse(
                Boolean.getBoolean("threadlab.skipExperiments"),
                "the build skipped its quick experiments (-Dthreadlab.skipExperiments=true)");
        String folder = System.getProperty("threadlab.buildRun");
        assertThat(folder)
                .as("threadlab.buildRun, set by the lab's pom for the integration tests")
                .isNotBlank();
        Path dir = Path.of(folder);
        assertThat(Files.isRegularFile(dir.resolve(ResultsFile.NAME)))
                .as("the build's quick run wrote %s", dir.resolve(ResultsFile.NAME))
                .isTrue();
        return dir;
    }

    /** Every run the experiment with this id recorded in the build's run, at least one. */
    static List<RunResult> runs(String experiment) throws Exception {
        List<RunResult> runs = ResultsFile.read(folder()).runs().stream()
                .filter(r -> r.experiment().equals(experiment))
                .toList();
        assertThat(runs).as("runs of %s in the build's quick run", experiment).isNotEmpty();
        return runs;
    }

    /** The number of runs the quick profile plans for the experiment on this machine. */
    static int planned(String experiment) {
        return Experiments.select(List.of(experiment))
                .get(0)
                .plan(Profile.QUICK, Runtime.getRuntime().availableProcessors())
                .stream()
                .mapToInt(Trial::repeats)
                .sum();
    }
}
