package threadlab.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import threadlab.result.RunResult;

/**
 * An experiment measured outside this JVM (another runtime, another program): it plans no
 * trials for {@link ExperimentRunner}, but runs itself and hands back finished runs in the
 * results contract, which the runner then adds to the run folder's {@code results.json}.
 */
public interface ExternalExperiment extends Experiment {

    /** Nothing for the runner to run: {@link #runOutside} does the measuring. */
    @Override
    default List<Trial> plan(Profile profile, int cores) {
        return List.of();
    }

    /**
     * Runs the experiment, printing its progress to {@code console}, and returns its runs. When
     * what it needs is not installed, it says so in one line on {@code console}, leaves a record
     * of the skip in {@code runDir}, and returns no runs: a skip is never an error.
     *
     * @throws IOException if the outside program failed, or its results could not be read
     * @throws InterruptedException if interrupted while waiting for it (the program is then stopped)
     */
    List<RunResult> runOutside(Profile profile, Path runDir, PrintWriter console)
            throws IOException, InterruptedException;
}
