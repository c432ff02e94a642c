package threadlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import threadlab.model.Laws;
import threadlab.result.EnvironmentInfo;
import threadlab.result.LatencyMs;
import threadlab.result.Prediction;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.Nature;

/**
 * Made-up runs for report tests: every number is chosen by the test, and the prediction comes
 * from the lab's own {@link Laws}, so the report reads them exactly as it reads a real run.
 */
final class SyntheticRuns {

    static final int CORES = 2;
    static final EnvironmentInfo ENV = new EnvironmentInfo(
            "25.0.3+9-LTS",
            "Test Vendor",
            "OpenJDK 64-Bit Server VM",
            CORES,
            "Linux 6.1",
            "amd64",
            "Test CPU",
            8_000_000_000L,
            2_000_000_000L,
            List.of("-Xmx2g"),
            CORES);

    private SyntheticRuns() {}

    /** A run of waiting tasks ({@code sleep:ms=...}): Little's law from the wait. */
    static RunResult io(
            String experiment,
            String workload,
            double waitSeconds,
            String mode,
            int tasks,
            int concurrency,
            double wall) {
        Prediction p = Laws.predict(Nature.IO, tasks, concurrency, CORES, waitSeconds, Double.NaN, 0);
        return run(experiment, workload, Nature.IO, mode, tasks, concurrency, 0, wall, waitSeconds * 1e3, p, null);
    }

    /** A run of computing tasks: Amdahl from one task's single-thread time. */
    static RunResult cpu(
            String experiment,
            String workload,
            String mode,
            int tasks,
            int concurrency,
            double taskSeconds,
            double wall) {
        Prediction p = Laws.predict(Nature.CPU, tasks, concurrency, CORES, 0, taskSeconds, 0);
        return run(experiment, workload, Nature.CPU, mode, tasks, concurrency, 0, wall, taskSeconds * 1e3, p, null);
    }

    /** A compute-then-wait run; {@code cpuSeconds} is the process CPU of the whole run. */
    static RunResult mixed(
            String workload,
            String mode,
            int tasks,
            int concurrency,
            double taskSeconds,
            double waitSeconds,
            double wall,
            double cpuSeconds) {
        Prediction p = Laws.predict(Nature.MIXED, tasks, concurrency, CORES, waitSeconds, taskSeconds, 0);
        RunResult r = run(
                "mixed-crossover",
                workload,
                Nature.MIXED,
                mode,
                tasks,
                concurrency,
                0,
                wall,
                taskSeconds * 1e3,
                p,
                null);
        return withCpu(r, cpuSeconds);
    }

    /** A shared-counter run; {@code lost} increments never arrived. */
    static RunResult counter(
            String mode, String lock, long increments, int tasks, int concurrency, double wall, long lost) {
        double serial = lock.equals("none") || lock.equals("adder") ? 0 : 1;
        Prediction p = Laws.predict(Nature.CONTENDED, tasks, concurrency, CORES, 0, 0.001, serial);
        return run(
                "contention",
                "counter:lock=" + lock + ",increments=" + increments,
                Nature.CONTENDED,
                mode,
                tasks,
                concurrency,
                0,
                wall,
                1,
                p,
                lost);
    }

    static RunResult run(
            String experiment,
            String workload,
            Nature nature,
            String mode,
            int tasks,
            int concurrency,
            int repeat,
            double wall,
            double latencyMs,
            Prediction p,
            Long lost) {
        return RunResult.builder(experiment, workload, nature, mode, tasks, concurrency, repeat)
                .wallSeconds(wall)
                .throughputPerSecond(tasks / wall)
                .latencyMs(new LatencyMs(latencyMs, latencyMs * 1.05, latencyMs * 1.2, latencyMs * 1.3))
                .cpuSeconds(0.05 * tasks / 100.0 + 0.01)
                .peakInFlight(Math.min(tasks, concurrency))
                .peakThreads(Math.min(tasks, concurrency) + 10)
                .peakRssBytes(90_000_000L)
                .gcSeconds(0.001)
                .pinnedEvents(0L)
                .checksum("00ff")
                .completed(tasks)
                .prediction(p)
                .efficiency(Laws.efficiency(p, wall))
                .lostUpdates(lost)
                .build();
    }

    static RunResult withCpu(RunResult r, double cpuSeconds) {
        return r.toBuilder().cpuSeconds(cpuSeconds).build();
    }

    static Results results(String runId, List<RunResult> runs) {
        return new Results(Results.SCHEMA, runId, "synthetic", "2026-01-01T12:00:00", ENV, runs);
    }

    /** Writes {@code parent/runId/results.json} and returns the run folder. */
    static Path writeRun(Path parent, String runId, List<RunResult> runs) throws IOException {
        Path dir = parent.resolve(runId);
        ResultsFile.write(dir, results(runId, runs));
        return dir;
    }

    /** One experiment's cells, as the report groups them. */
    static ExperimentRuns experiment(String id, List<RunResult> runs) {
        return new ExperimentRuns(id, ModeCell.group(runs), CORES);
    }
}
