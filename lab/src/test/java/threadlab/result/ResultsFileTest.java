package threadlab.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.measure.Host;

class ResultsFileTest {

    @TempDir
    Path dir;

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Results empty = new Results(Results.SCHEMA, "r", "seed", "now", Host.environment(), List.of());
        ResultsFile.write(dir, empty);
        RunResult run = new RunResult("seed", "sleep:ms=1", threadlab.workload.Nature.IO, "virtual", 3, 3, 0, 0.01, 300,
                new LatencyMs(1, 1, 1, 1), 0.01, 3, 10, 1L, 0.0, 0L, "00", 3, 0,
                new Prediction("littles-law", 0.001, 3000, "1 round"), 0.1, null, null, null, null);
        ResultsFile.write(dir, empty.with(run));

        assertThat(ResultsFile.read(dir).runs()).containsExactly(run);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("results.json");
        }
    }

    @Test
    void aMessageRunKeepsItsChannelFieldsAndOtherRunsDoNotWriteThem() throws Exception {
        RunResult plain = new RunResult("ipc-channels", "message:bytes=8", threadlab.workload.Nature.IO, "echo:pipe", 10, 1, 0,
                0.01, 1000, new LatencyMs(0.01, 0.01, 0.02, 0.03), 0.01, 1, 10, 1L, 0.0, 0L, "00", 10, 0, null, null, null,
                null, null, null);
        RunResult message = plain.withTransfer("pipe", 8);
        ResultsFile.write(dir, new Results(Results.SCHEMA, "r", "ipc-channels", "now", Host.environment(), List.of(plain, message)));

        assertThat(message.bytesPerSecond()).isEqualTo(8_000.0);
        assertThat(ResultsFile.read(dir).runs()).containsExactly(plain, message);
        String json = Files.readString(dir.resolve("results.json"));
        assertThat(json.split("\"channel\"", -1)).hasSize(2);
        assertThat(json).contains("\"messageBytes\"").contains("\"bytesPerSecond\"");
    }
}
