package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: exit 2, one clear line on stderr, no stack trace, and no results file anywhere. */
class BadInputTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "run nope                                                       | unknown experiment 'nope'; valid: seed",
                "run --workload nap:ms=1 --modes virtual --tasks 3              | unknown workload 'nap'",
                "run --workload sleep:ms=1 --modes fibers --tasks 3             | unknown mode 'fibers'",
                "run --workload sleep:ms --modes virtual --tasks 3              | bad parameter 'ms'",
                "run --workload sleep:ms=1 --modes virtual --tasks 0            | --tasks 0 is out of range [1, 10000000]",
                "run --workload sleep:ms=1 --modes virtual --tasks -5           | --tasks -5 is out of range",
                "run --workload sleep:ms=1 --modes virtual --tasks 100000000    | --tasks 100000000 is out of range",
                "run --workload sleep:ms=1 --modes virtual --tasks 10000000000  | is not an int",
                "run --workload sleep:ms=1 --modes virtual --tasks lots         | is not an int",
                "run --workload sleep:ms=1 --modes platform-pool:0 --tasks 3    | expected a whole number from 1 to 1000000",
                "run --workload sleep:ms=1 --modes virtual --tasks 3 --repeat 0 | --repeat 0 is out of range",
                "run --workload sleep:ms=1 --modes virtual                      | --workload needs --tasks N",
                "run --workload sleep:ms=1 --tasks 3                            | --workload needs --modes",
                "run                                                            | nothing to run",
                "run seed --tasks 3                                             | go with --workload",
                "run seed --run-id ../escape                                    | bad --run-id",
                "frobnicate                                                     | Unmatched argument",
                "run seed --speed 3                                             | Unknown option: '--speed'"
            })
    void badInputGivesExitTwoAndOneLine(String args, String expected) throws IOException {
        String[] argv = Stream.concat(Stream.of(args.split(" +")), Stream.of("--out", out.toString()))
                .filter(a -> !a.isEmpty())
                .toArray(String[]::new);
        if (args.startsWith("frobnicate")) {
            argv = new String[] {"frobnicate"};
        }
        CliRun run = CliRun.of(argv);
        assertThat(run.exitCode()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(run.err()).contains(expected);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(resultsFilesUnder(out)).isEmpty();
    }

    @Test
    void anUnwritableOutGivesExitTwo() throws IOException {
        Path notAFolder = Files.writeString(out.resolve("plain-file"), "x");
        CliRun run = CliRun.of(
                "run",
                "--workload",
                "sleep:ms=1",
                "--modes",
                "virtual",
                "--tasks",
                "2",
                "--out",
                notAFolder.toString());
        assertThat(run.exitCode()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(run.err()).startsWith("error: cannot write results under --out");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(resultsFilesUnder(out)).isEmpty();
    }

    @Test
    void anExistingRunIsNeverOverwritten() throws IOException {
        Path runDir = Files.createDirectories(out.resolve("taken"));
        Files.writeString(runDir.resolve("results.json"), "{}");
        CliRun run = CliRun.of(
                "run",
                "--workload",
                "sleep:ms=1",
                "--modes",
                "virtual",
                "--tasks",
                "2",
                "--out",
                out.toString(),
                "--run-id",
                "taken");
        assertThat(run.exitCode()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(run.err()).contains("already has results.json");
        assertThat(Files.readString(runDir.resolve("results.json"))).isEqualTo("{}");
    }

    static java.util.List<Path> resultsFilesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("results"))
                    .toList();
        }
    }
}
