package threadlab.lesson.pythonbaseline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import threadlab.experiment.ExternalExperiment;
import threadlab.experiment.Profile;
import threadlab.python.PythonBaseline;
import threadlab.result.RunResult;

/**
 * {@code python-baseline}: the lab's {@code sleep}, {@code cpu} and no-op workloads on CPython's
 * {@code ThreadPoolExecutor} and {@code ProcessPoolExecutor}, so the JVM's numbers have the
 * original lesson beside them: the classic demo (3 sleeps on 3 workers), CPU work where the GIL
 * keeps Python's threads at about 1x while its processes scale with the cores, and a pool's
 * round trip unbatched and with {@code chunksize=100}. Needs a Python 3 on PATH; without one it
 * is skipped, never failed.
 */
public final class PythonBaselineExperiment implements ExternalExperiment {

    @Override
    public String id() {
        return "python-baseline";
    }

    @Override
    public String summary() {
        return "the same sleep, cpu and no-op workloads on Python's thread and process pools (needs python3 on PATH)";
    }

    @Override
    public boolean narrated() {
        return true;
    }

    @Override
    public List<RunResult> runOutside(Profile profile, Path runDir, PrintWriter console)
            throws IOException, InterruptedException {
        return PythonBaseline.run(runDir, profile == Profile.QUICK, console);
    }
}
