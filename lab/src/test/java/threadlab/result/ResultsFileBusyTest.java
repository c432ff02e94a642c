package threadlab.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows will not replace a file that a reader holds open (a notebook reading results.json): the
 * rename fails with access denied until the reader lets go. Stood in for by a rename that fails as
 * Windows' does; Windows' sharing rules themselves are not exercised here. The replacement is
 * retried; a file held all through leaves the old complete file, a one-line reason, and no
 * temporary file behind. Old run folders (written before the machine facts existed) still read.
 */
class ResultsFileBusyTest {

    @TempDir
    Path dir;

    @Test
    void aReaderThatLetsGoSoonIsWaitedFor() throws Exception {
        Path target = Files.writeString(dir.resolve("results.json"), "{\"old\": true}");
        AtomicInteger tries = new AtomicInteger();
        ResultsFile.Mover heldTwice = (temp, to) -> {
            if (tries.incrementAndGet() <= 2) {
                throw new AccessDeniedException(
                        temp.toString(),
                        to.toString(),
                        "The process cannot access the file because it is" + " being used by another process");
            }
            Files.move(temp, to, StandardCopyOption.REPLACE_EXISTING);
        };

        ResultsFile.writeAtomically(target, "{\"new\": true}".getBytes(StandardCharsets.UTF_8), heldTwice, 5_000);

        assertThat(tries.get()).isEqualTo(3);
        assertThat(Files.readString(target)).isEqualTo("{\"new\": true}");
        assertThat(onlyFiles()).containsExactly("results.json");
    }

    @Test
    void aReaderThatHoldsOnLeavesTheOldCompleteFileAndSaysSo() throws Exception {
        Path target = Files.writeString(dir.resolve("results.json"), "{\"old\": true}");
        ResultsFile.Mover alwaysHeld = (temp, to) -> {
            throw new AccessDeniedException(to.toString());
        };

        assertThatThrownBy(() -> ResultsFile.writeAtomically(
                        target, "{\"new\": true}".getBytes(StandardCharsets.UTF_8), alwaysHeld, 200))
                .isInstanceOf(ResultsFile.ResultsBusyException.class)
                .hasMessageContaining("held open by another program")
                .hasMessageNotContaining("\n");
        assertThat(Files.readString(target)).isEqualTo("{\"old\": true}");
        assertThat(onlyFiles()).containsExactly("results.json");
    }

    @Test
    void aFolderWrittenBeforeTheMachineFactsStillReads() throws Exception {
        Files.writeString(dir.resolve("results.json"), """
                {"schema": "threadlab.results/1", "runId": "old", "experiment": "seed", "startedAt": "2026-11-26T00:52:00",
                 "environment": {"jdk": "25.0.3", "vendor": "Eclipse Adoptium", "vm": "OpenJDK 64-Bit Server VM", "cores": 2,
                                 "os": "Linux 6.18", "arch": "amd64", "cpu": "AMD EPYC", "memoryBytes": 8000000000,
                                 "maxHeapBytes": 2000000000, "jvmArgs": [], "carrierParallelism": 2},
                 "runs": [{"experiment": "seed", "workload": "sleep:ms=3000", "nature": "IO", "mode": "virtual", "tasks": 3,
                           "concurrency": 3, "repeat": 0, "wallSeconds": 3.004, "throughputPerSecond": 0.999,
                           "checksum": "0f", "completed": 3, "failed": 0, "error": null}]}
                """);

        Results old = ResultsFile.read(dir);

        assertThat(old.environment().machine()).isNull();
        assertThat(old.runs()).singleElement().satisfies(r -> {
            assertThat(r.measured()).isTrue();
            assertThat(r.connectBound()).isNull();
        });
        JsonNode again = ResultsFile.json().readTree(ResultsFile.json().writeValueAsString(old));
        assertThat(again.get("environment").has("machine")).isFalse();
    }

    private List<String> onlyFiles() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
