package threadlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import threadlab.result.RunResult;

/**
 * Run folders for tests: synthetic lab results plus the JMH and jcstress fixtures in
 * {@code src/test/resources/report/} (made-up numbers in the formats those tools write).
 */
public final class Fixtures {

    private Fixtures() {}

    /** A run with one experiment of each kind the report draws, and one it does not know. */
    public static List<RunResult> everyExperiment() {
        return List.of(
                SyntheticRuns.io("seed", "sleep:ms=300", 0.3, "sequential", 3, 1, 0.92),
                SyntheticRuns.io("seed", "sleep:ms=300", 0.3, "virtual", 3, 3, 0.31),
                SyntheticRuns.io("io-scaling", "sleep:ms=50", 0.05, "virtual", 100, 100, 0.06),
                SyntheticRuns.io("io-scaling", "sleep:ms=50", 0.05, "platform-pool:50", 100, 50, 0.11),
                SyntheticRuns.io("io-scaling", "sleep:ms=50", 0.05, "virtual", 1_000, 1_000, 0.07),
                SyntheticRuns.io("io-scaling", "sleep:ms=50", 0.05, "platform-pool:50", 1_000, 50, 1.01),
                SyntheticRuns.cpu("cpu-scaling", "cpu:work=1000", "sequential", 8, 1, 0.05, 0.4),
                SyntheticRuns.cpu("cpu-scaling", "cpu:work=1000", "platform-pool:1", 8, 1, 0.05, 0.41),
                SyntheticRuns.cpu("cpu-scaling", "cpu:work=1000", "platform-pool:2", 8, 2, 0.05, 0.21),
                SyntheticRuns.mixed("mixed:cpuWork=0,ioMs=5", "virtual", 100, 100, 0.005, 0.005, 0.008, 0.01),
                SyntheticRuns.mixed("mixed:cpuWork=0,ioMs=5", "platform-pool:2", 100, 2, 0.005, 0.005, 0.26, 0.01),
                SyntheticRuns.counter("sequential", "none", 100_000, 4, 1, 0.001, 0),
                SyntheticRuns.counter("platform-pool:2", "none", 100_000, 4, 2, 0.002, 150_000),
                SyntheticRuns.io("virtual-overhead", "sleep:ms=100", 0.1, "jdk-virtual-loop", 10_000, 10_000, 0.12),
                SyntheticRuns.io("virtual-overhead", "sleep:ms=100", 0.1, "virtual", 10_000, 10_000, 0.125),
                SyntheticRuns.cpu("made-up-experiment", "noop", "virtual", 1_000, 1_000, 0.0001, 0.05),
                SyntheticRuns.cpu("made-up-experiment", "noop", "platform-per-task", 1_000, 1_000, 0.0001, 0.2));
    }

    /** Writes a complete run folder: every experiment, jmh.json and jcstress/summary.json. */
    public static Path completeRun(Path parent, String runId) throws IOException {
        Path dir = SyntheticRuns.writeRun(parent, runId, everyExperiment());
        copyResource("fixture", dir);
        return dir;
    }

    public static Path writeRun(Path parent, String runId, List<RunResult> runs) throws IOException {
        return SyntheticRuns.writeRun(parent, runId, runs);
    }

    /** The file or folder {@code src/test/resources/report/<name>}. */
    public static Path resource(String name) throws IOException {
        try {
            return Path.of(Fixtures.class.getResource("/report/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** Copies {@code src/test/resources/report/<name>/} into {@code target}. */
    public static void copyResource(String name, Path target) throws IOException {
        Path source = resource(name);
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(f -> {
                try {
                    Path to = target.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
