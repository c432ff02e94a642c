package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import threadlab.measure.Host;
import threadlab.result.Results;
import threadlab.result.ResultsFile;

/** {@code sync-vs-async --quick} runs every cell to a complete, schema-conformant result. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SyncVsAsyncExperimentTest {

    @TempDir
    Path runDir;

    @Test
    void theQuickProfileRunsAsyncVirtualAndAPoolOnSleepAndSocket() throws Exception {
        Experiment experiment = Experiments.select(List.of("sync-vs-async")).get(0);
        var runner = new ExperimentRunner(runDir, new Results(Results.SCHEMA, "t", experiment.id(),
                LocalDateTime.now().toString(), Host.environment(), List.of()), new ExperimentRunner.Listener() {},
                new PrintWriter(new StringWriter(), true));
        runner.run(experiment.id(), experiment.plan(Profile.QUICK, 2), experiment.narrated(), null);

        JsonNode root = ResultsFile.json().readTree(runDir.resolve(ResultsFile.NAME).toFile());
        assertThat(root.get("schema").asText()).isEqualTo("threadlab.results/1");
        assertThat(root.get("experiment").asText()).isEqualTo("sync-vs-async");
        List<String> modes = new ArrayList<>();
        Map<String, String> checksums = new TreeMap<>();
        for (JsonNode run : root.get("runs")) {
            for (String field : List.of("workload", "nature", "mode", "tasks", "concurrency", "repeat", "wallSeconds",
                    "throughputPerSecond", "latencyMs", "cpuSeconds", "peakInFlight", "peakThreads", "peakRssBytes",
                    "pinnedEvents", "checksum", "completed", "failed", "prediction", "efficiency", "error")) {
                assertThat(run.has(field)).as(field).isTrue();
            }
            String cell = run.get("mode").asText() + " " + run.get("workload").asText() + " x" + run.get("tasks").asInt();
            assertThat(run.get("error").isNull()).as(cell + ": " + run.get("error")).isTrue();
            assertThat(run.get("completed").asInt()).as(cell).isEqualTo(run.get("tasks").asInt());
            assertThat(run.get("prediction").get("model").asText()).isEqualTo("littles-law");
            assertThat(run.get("peakInFlight").asInt()).as(cell).isBetween(1, run.get("concurrency").asInt());
            modes.add(run.get("mode").asText());
            String previous = checksums.putIfAbsent(run.get("workload").asText() + " x" + run.get("tasks").asInt(),
                    run.get("checksum").asText());
            assertThat(run.get("checksum").asText()).as(cell).isEqualTo(previous == null ? run.get("checksum").asText() : previous);
        }
        assertThat(modes).contains("async", "virtual").anyMatch(m -> m.startsWith("platform-pool:"));
        assertThat(checksums.keySet()).anyMatch(k -> k.startsWith("sleep:")).anyMatch(k -> k.startsWith("socket:"));
    }
}
