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
        RunResult run = RunResult.builder("seed", "sleep:ms=1", threadlab.workload.Nature.IO, "virtual", 3, 3, 0)
                .wallSeconds(0.01)
                .throughputPerSecond(300)
                .latencyMs(new LatencyMs(1, 1, 1, 1))
                .cpuSeconds(0.01)
                .peakInFlight(3)
                .peakThreads(10)
                .peakRssBytes(1L)
                .gcSeconds(0.0)
                .pinnedEvents(0L)
                .checksum("00")
                .completed(3)
                .prediction(new Prediction("littles-law", 0.001, 3000, "1 round"))
                .efficiency(0.1)
                .build();
        ResultsFile.write(dir, empty.with(run));

        assertThat(ResultsFile.read(dir).runs()).containsExactly(run);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("results.json");
        }
    }

    /** A lesson's own fields, as a lesson declares them: ipc-channels' transfer fields. */
    record Transfer(String channel, Integer messageBytes, Double bytesPerSecond) {}

    @Test
    void aMessageRunKeepsItsChannelFieldsAndOtherRunsDoNotWriteThem() throws Exception {
        RunResult plain = RunResult.builder(
                        "ipc-channels", "message:bytes=8", threadlab.workload.Nature.IO, "echo:pipe", 10, 1, 0)
                .wallSeconds(0.01)
                .throughputPerSecond(1000)
                .latencyMs(new LatencyMs(0.01, 0.01, 0.02, 0.03))
                .cpuSeconds(0.01)
                .peakInFlight(1)
                .peakThreads(10)
                .peakRssBytes(1L)
                .gcSeconds(0.0)
                .pinnedEvents(0L)
                .checksum("00")
                .completed(10)
                .build();
        RunResult message = plain.with(new Transfer("pipe", 8, plain.throughputPerSecond() * 8));
        ResultsFile.write(
                dir,
                new Results(Results.SCHEMA, "r", "ipc-channels", "now", Host.environment(), List.of(plain, message)));

        assertThat(message.extra(Transfer.class)).isEqualTo(new Transfer("pipe", 8, 8_000.0));
        assertThat(plain.extra(Transfer.class)).isEqualTo(new Transfer(null, null, null));
        assertThat(ResultsFile.read(dir).runs()).containsExactly(plain, message);
        String json = Files.readString(dir.resolve("results.json"));
        assertThat(json.split("\"channel\"", -1)).hasSize(2);
        assertThat(json).contains("\"messageBytes\"").contains("\"bytesPerSecond\"");
    }
}
