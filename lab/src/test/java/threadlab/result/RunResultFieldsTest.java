package threadlab.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import threadlab.workload.Nature;

/** The pitfall fields travel through JSON, are left out when absent, and older files without them still read. */
class RunResultFieldsTest {

    @Test
    void carriersStalledHeapAndDumpSurviveARoundTrip() throws Exception {
        RunResult run = RunResult.builder(
                        "carrier-deadlock", "carrier-deadlock:pin=class-init", Nature.IO, "virtual", 3, 3, 0)
                .wallSeconds(2.0)
                .throughputPerSecond(1.5)
                .cpuSeconds(0.5)
                .peakInFlight(3)
                .peakThreads(18)
                .gcSeconds(0.0)
                .pinnedEvents(2L)
                .checksum("00ff")
                .completed(3)
                .carriers(2)
                .heapBytesPerTask(4096L)
                .stalled(true)
                .threadDump("#1 \"x\"\n  at y")
                .connectBound(128)
                .build();
        String json = ResultsFile.json().writeValueAsString(run);
        assertThat(ResultsFile.json().readValue(json, RunResult.class)).isEqualTo(run);
    }

    @Test
    void aRunWithoutThemWritesNoneOfThemAndReadsBackWithNulls() throws Exception {
        RunResult plain = RunResult.builder("seed", "sleep:ms=1", Nature.IO, "virtual", 3, 3, 0)
                .wallSeconds(0.01)
                .throughputPerSecond(300)
                .cpuSeconds(0.01)
                .peakInFlight(3)
                .peakThreads(12)
                .gcSeconds(0.0)
                .pinnedEvents(0L)
                .checksum("00ff")
                .completed(3)
                .build();
        JsonNode tree = ResultsFile.json().readTree(ResultsFile.json().writeValueAsString(plain));
        assertThat(tree.has("carriers")
                        || tree.has("stalled")
                        || tree.has("heapBytesPerTask")
                        || tree.has("threadDump")
                        || tree.has("notMeasured")
                        || tree.has("connectBound"))
                .isFalse();
        RunResult read = ResultsFile.json().readValue(tree.toString(), RunResult.class);
        assertThat(read).isEqualTo(plain);
        assertThat(read.withCarriers(1).carriers()).isEqualTo(1);
    }

    @Test
    void aRunNotMeasuredHereSaysWhyAndIsNoFailure() throws Exception {
        RunResult absent = RunResult.notMeasured(
                "ipc-channels",
                "message:bytes=8",
                Nature.IO,
                "echo:unix-socket",
                10_000,
                1,
                0,
                "unix-socket is not available on this OS");
        JsonNode tree = ResultsFile.json().readTree(ResultsFile.json().writeValueAsString(absent));

        assertThat(tree.get("notMeasured").asText()).isEqualTo("unix-socket is not available on this OS");
        assertThat(tree.get("failed").asLong()).isZero();
        assertThat(tree.get("error").isNull()).isTrue();
        RunResult read = ResultsFile.json().readValue(tree.toString(), RunResult.class);
        assertThat(read).isEqualTo(absent);
        assertThat(read.measured()).isFalse();
        assertThat(read.withExperiment("x").notMeasured()).isEqualTo(absent.notMeasured());
    }
}
