package threadlab.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import threadlab.workload.Nature;

/** The pitfall fields travel through JSON, are left out when absent, and older files without them still read. */
class RunResultFieldsTest {

    @Test
    void carriersStalledHeapAndDumpSurviveARoundTrip() throws Exception {
        RunResult run = new RunResult("carrier-deadlock", "carrier-deadlock:pin=class-init", Nature.IO, "virtual", 3, 3, 0, 2.0, 1.5,
                null, 0.5, 3, 18, null, 0.0, 2L, "00ff", 3, 0, null, null, null, null, null, null, null, null, null, 2, 4096L, true, "#1 \"x\"\n  at y",
                null, 128);
        String json = ResultsFile.json().writeValueAsString(run);
        assertThat(ResultsFile.json().readValue(json, RunResult.class)).isEqualTo(run);
    }

    @Test
    void aRunWithoutThemWritesNoneOfThemAndReadsBackWithNulls() throws Exception {
        RunResult plain = new RunResult("seed", "sleep:ms=1", Nature.IO, "virtual", 3, 3, 0, 0.01, 300, null, 0.01, 3, 12, null, 0.0,
                0L, "00ff", 3, 0, null, null, null, null, null, null);
        JsonNode tree = ResultsFile.json().readTree(ResultsFile.json().writeValueAsString(plain));
        assertThat(tree.has("carriers") || tree.has("stalled") || tree.has("heapBytesPerTask") || tree.has("threadDump")
                || tree.has("notMeasured") || tree.has("connectBound")).isFalse();
        RunResult read = ResultsFile.json().readValue(tree.toString(), RunResult.class);
        assertThat(read).isEqualTo(plain);
        assertThat(read.withCarriers(1).carriers()).isEqualTo(1);
    }

    @Test
    void aRunNotMeasuredHereSaysWhyAndIsNoFailure() throws Exception {
        RunResult absent = RunResult.notMeasured("ipc-channels", "message:bytes=8", Nature.IO, "echo:unix-socket", 10_000, 1, 0,
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
