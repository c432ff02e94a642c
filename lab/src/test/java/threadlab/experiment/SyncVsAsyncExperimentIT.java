package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import threadlab.result.ContractFields;
import threadlab.result.ResultsFile;

/**
 * {@code sync-vs-async}, as this build's quick run recorded it: every cell complete and
 * schema-conformant, read from the results file as the notebooks read it.
 */
class SyncVsAsyncExperimentIT {

    @Test
    void theQuickProfileRunsAsyncVirtualAndAPoolOnSleepAndSocket() throws Exception {
        JsonNode root = ResultsFile.json()
                .readTree(BuildRun.folder().resolve(ResultsFile.NAME).toFile());
        assertThat(root.get("schema").asText()).isEqualTo("threadlab.results/1");
        List<String> modes = new ArrayList<>();
        Map<String, String> checksums = new TreeMap<>();
        int runs = 0;
        for (JsonNode run : root.get("runs")) {
            if (!run.get("experiment").asText().equals("sync-vs-async")) {
                continue;
            }
            runs++;
            ContractFields.assertEveryRunField(run);
            String cell = run.get("mode").asText() + " " + run.get("workload").asText() + " x"
                    + run.get("tasks").asInt();
            assertThat(run.get("error").isNull())
                    .as(cell + ": " + run.get("error"))
                    .isTrue();
            assertThat(run.get("completed").asInt())
                    .as(cell)
                    .isEqualTo(run.get("tasks").asInt());
            assertThat(run.get("prediction").get("bound").asText()).as(cell).isIn("waiting", "cpu", "start-cost");
            assertThat(run.get("peakInFlight").asInt())
                    .as(cell)
                    .isBetween(1, run.get("concurrency").asInt());
            modes.add(run.get("mode").asText());
            String previous = checksums.putIfAbsent(
                    run.get("workload").asText() + " x" + run.get("tasks").asInt(),
                    run.get("checksum").asText());
            assertThat(run.get("checksum").asText())
                    .as(cell)
                    .isEqualTo(previous == null ? run.get("checksum").asText() : previous);
        }
        assertThat(runs).isEqualTo(BuildRun.planned("sync-vs-async"));
        assertThat(modes).contains("async", "virtual").anyMatch(m -> m.startsWith("platform-pool:"));
        assertThat(checksums.keySet()).anyMatch(k -> k.startsWith("sleep:")).anyMatch(k -> k.startsWith("socket:"));
    }
}
