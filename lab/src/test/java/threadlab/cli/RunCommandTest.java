package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.experiment.Experiments;
import threadlab.result.ContractFields;
import threadlab.result.ResultsFile;

class RunCommandTest {

    @TempDir
    Path out;

    @Test
    void aCustomRunWritesResultsThatFollowTheSchema() throws Exception {
        CliRun run = CliRun.of(
                "run",
                "--workload",
                "sleep:ms=5",
                "--modes",
                "virtual,platform-pool:2,sequential",
                "--tasks",
                "4",
                "--repeat",
                "2",
                "--out",
                out.toString(),
                "--run-id",
                "custom-test");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("platform-pool:2").contains("results:");

        JsonNode root = ResultsFile.json()
                .readTree(out.resolve("custom-test/results.json").toFile());
        assertThat(root.get("schema").asText()).isEqualTo("threadlab.results/1");
        assertThat(root.get("runId").asText()).isEqualTo("custom-test");
        assertThat(root.get("experiment").asText()).isEqualTo("custom");
        JsonNode env = root.get("environment");
        for (String field : List.of("jdk", "vendor", "cores", "os", "cpu", "jvmArgs", "carrierParallelism")) {
            assertThat(env.has(field)).as(field).isTrue();
        }
        JsonNode runs = root.get("runs");
        assertThat(runs).hasSize(6);
        JsonNode first = runs.get(0);
        ContractFields.assertEveryRunField(first);
        assertThat(first.get("nature").asText()).isEqualTo("IO");
        assertThat(first.get("latencyMs").get("p99").asDouble()).isGreaterThanOrEqualTo(5.0);
        assertThat(first.get("prediction").get("model").asText()).isEqualTo("littles-law");
        assertThat(first.get("error").isNull()).isTrue();
        assertThat(runs.findValuesAsText("checksum"))
                .containsOnly(first.get("checksum").asText());
        try (var files = Files.list(out.resolve("custom-test"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("results.json");
        }
    }

    @Test
    void anUnguardedCounterRunReportsLostUpdates() throws Exception {
        CliRun run = CliRun.of(
                "run",
                "--workload",
                "counter:lock=none,increments=1000",
                "--modes",
                "virtual",
                "--tasks",
                "4",
                "--repeat",
                "1",
                "--out",
                out.toString(),
                "--run-id",
                "counter");
        assertThat(run.exitCode()).isZero();
        JsonNode first = ResultsFile.json()
                .readTree(out.resolve("counter/results.json").toFile())
                .get("runs")
                .get(0);
        long observed = Long.parseUnsignedLong(first.get("checksum").asText(), 16);
        assertThat(first.get("lostUpdates").asLong()).isEqualTo(4_000 - observed);
        assertThat(first.get("nature").asText()).isEqualTo("CONTENDED");
    }

    @Test
    void listShowsEveryCatalog() {
        CliRun run = CliRun.of("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "sleep:ms=1000",
                        "socket:",
                        "cpu:",
                        "mixed:",
                        "counter:",
                        "sequential",
                        "platform-pool:N",
                        "platform-per-task",
                        "virtual ",
                        "virtual-bounded:N",
                        "forkjoin:N",
                        "async:N",
                        "seed",
                        "io-scaling",
                        "cpu-scaling",
                        "mixed-crossover",
                        "contention",
                        "virtual-overhead",
                        "sync-vs-async");
    }

    @Test
    void theDefaultRunIdOfEveryExperimentIsShortAndValid() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 22, 7, 16);
        String everyId =
                String.join(",", Experiments.all().stream().map(e -> e.id()).toList());

        assertThat(RunFolders.defaultRunId(at, List.of("all"), everyId)).isEqualTo("20261201-220716-all");
        assertThat(RunFolders.defaultRunId(at, List.of("seed"), "seed")).isEqualTo("20261201-220716-seed");
        assertThat(RunFolders.defaultRunId(at, List.of("seed", "ipc"), "seed,ipc"))
                .isEqualTo("20261201-220716-seed_ipc");
        List<String> many = Experiments.all().stream().map(e -> e.id()).toList();
        String joined = RunFolders.defaultRunId(at, many, everyId);
        assertThat(joined).isEqualTo("20261201-220716-seed-and-" + (many.size() - 1) + "-more");
        for (String id : List.of(joined, RunFolders.defaultRunId(at, List.of("all"), everyId))) {
            assertThat(id).hasSizeLessThanOrEqualTo(100).matches("[A-Za-z0-9][A-Za-z0-9._-]*");
        }
    }
}
