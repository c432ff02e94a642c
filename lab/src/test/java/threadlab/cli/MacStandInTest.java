package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import threadlab.files.MacLengthTempFolder;
import threadlab.machine.OsLimits;
import threadlab.result.ResultsFile;

/**
 * Linux standing in for a Mac where the OS cannot be changed, through override properties: a
 * temp folder as long as macOS's and no {@code /dev/shm} ({@link MacLengthTempFolder}, which sets
 * {@code java.io.tmpdir} and {@code threadlab.ipcRoot}), and the listen backlog cap of macOS (128)
 * through {@code threadlab.backlogCap}. Nothing the OS merely lacks fails: socket tasks above the
 * cap all complete, the run and its environment record the cap and the report names it; every IPC
 * channel is measured or reported as not measured here, never failed.
 */
@ExtendWith(MacLengthTempFolder.class)
class MacStandInTest {

    @TempDir
    Path out;

    @AfterEach
    void restore() {
        System.clearProperty(OsLimits.BACKLOG_PROPERTY);
    }

    @Test
    void aBacklogCapOf128IsRecordedAndNamedAndFailsNothing() throws Exception {
        System.setProperty(OsLimits.BACKLOG_PROPERTY, "128");

        CliRun run = CliRun.of(
                "run",
                "--workload",
                "socket:latencyMs=20,bytes=64",
                "--modes",
                "virtual,async",
                "--tasks",
                "600",
                "--repeat",
                "1",
                "--out",
                out.toString(),
                "--run-id",
                "mac");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode root =
                ResultsFile.json().readTree(out.resolve("mac/results.json").toFile());
        JsonNode backlog = root.get("environment").get("machine").get("backlogCap");
        assertThat(backlog.get("value").asLong()).isEqualTo(128);
        assertThat(backlog.get("source").asText()).isEqualTo("property threadlab.backlogCap");
        for (JsonNode r : root.get("runs")) {
            assertThat(r.get("failed").asLong()).isZero();
            assertThat(r.get("connectBound").asInt()).isEqualTo(128);
        }

        CliRun report = CliRun.of("report", out.resolve("mac").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String summary = Files.readString(out.resolve("mac/report/summary.md"));
        assertThat(summary)
                .contains("Connects waiting for the loopback server were held at 128 (property threadlab.backlogCap)")
                .contains("up to 600 here")
                .contains("listen backlog cap")
                .contains("128 (property threadlab.backlogCap)");
    }

    @Test
    void theIpcLessonsOnAMacLayoutMeasureEveryChannelOrSayItIsNotMeasured() throws Exception {
        System.setProperty(OsLimits.BACKLOG_PROPERTY, "128");

        CliRun run = CliRun.of(
                "run", "ipc-channels", "--quick", "--repeat", "1", "--out", out.toString(), "--run-id", "mac-ipc");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode root =
                ResultsFile.json().readTree(out.resolve("mac-ipc/results.json").toFile());
        assertThat(root.get("runs")).isNotEmpty();
        for (JsonNode r : root.get("runs")) {
            boolean absent = r.hasNonNull("notMeasured");
            assertThat(r.get("failed").asLong()).as(r.toString()).isZero();
            assertThat(absent || r.get("completed").asLong() == r.get("tasks").asLong())
                    .as(r.toString())
                    .isTrue();
        }
        assertThat(root.get("runs").findValuesAsText("channel"))
                .contains("unix-socket", "shared-memory", "pipe", "tcp");
    }
}
