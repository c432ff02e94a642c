package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.result.ResultsFile;

/**
 * The noise rule on real runs: two run folders made by the same small command, four 10 ms sleeps
 * on pools of 1, 4 and 5 threads, 6 runs each. A pool of 1 takes four sleeps' time, far outside
 * the others' spread, so the report claims it slowest. Pools of 4 and 5 run the same schedule,
 * so their ranges overlap and the report says no difference is measurable between them; and
 * {@code --compare} of the two folders finds most cells within noise. (Two ranges of 6 values
 * from the same distribution lie apart by chance once in 462 pairs.) About 10 s on 2 cores.
 */
class ClaimsFromRealRunsTest {

    @TempDir
    static Path out;

    static Path a;
    static Path b;

    @BeforeAll
    static void twoRunsOfOneCommand() {
        a = run("a");
        b = run("b", "--no-noise-floor");
    }

    @Test
    void aDifferenceBeyondTheSpreadsIsClaimedAndOneWithinThemIsNot() throws IOException {
        CliRun report = CliRun.of("report", a.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();

        String md = Files.readString(a.resolve("report/summary.md"));
        assertThat(md)
                .containsPattern("On sleep:ms=10 x 4, the pool of [45] and the pool of [45] were fastest,"
                        + " between them no difference measurable here \\(6 runs, [^)]+\\),"
                        + " and the pool of 1 slowest \\(0\\.0[4-9]\\d s, [3-9]\\.\\d\\dx\\)")
                .contains(
                        "Noise floor before the runs: the same CPU cell (hash 10,000,000 rounds on one thread) varied by ");
    }

    @Test
    void theNoiseFloorIsRecordedUnlessAskedNotTo() throws IOException {
        JsonNode envA =
                ResultsFile.json().readTree(a.resolve("results.json").toFile()).get("environment");
        JsonNode envB =
                ResultsFile.json().readTree(b.resolve("results.json").toFile()).get("environment");

        assertThat(envA.get("noiseFloor").get("cpu").get("seconds")).hasSize(5);
        assertThat(envA.get("noiseFloor").get("sleep").get("seconds"))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s.asDouble()).isGreaterThanOrEqualTo(0.020));
        assertThat(envB.has("noiseFloor")).isFalse();
    }

    @Test
    void compareFlagsTheCellsWithinTheTwoRunsSpreads() throws IOException {
        CliRun compare = CliRun.of("report", "--compare", a.toString(), b.toString());
        assertThat(compare.exitCode()).as(compare.err()).isZero();

        String md = Files.readString(b.resolve("report/compare-a/summary.md"));
        List<String> rows =
                md.lines().filter(l -> l.startsWith("| sleep:ms=10 |")).toList();
        assertThat(rows).hasSize(3);
        long within = rows.stream()
                .filter(r -> r.endsWith("| within noise (6+6 runs) |"))
                .count();
        assertThat(within).as(String.join("\n", rows)).isGreaterThanOrEqualTo(2);
        assertThat(md)
                .contains((3 - within) + " of 3 cells differ by more than the two runs' spreads; " + within
                        + " are within noise (no difference measurable here).");
        // real differences first
        int lastDiffers = -1;
        int firstWithin = rows.size();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains("| differs (")) {
                lastDiffers = i;
            } else if (firstWithin == rows.size()) {
                firstWithin = i;
            }
        }
        assertThat(lastDiffers).isLessThan(firstWithin);
    }

    private static Path run(String id, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "run",
                "--workload",
                "sleep:ms=10",
                "--modes",
                "platform-pool:1,platform-pool:4,platform-pool:5",
                "--tasks",
                "4",
                "--repeat",
                "6",
                "--out",
                out.toString(),
                "--run-id",
                id));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out.resolve(id);
    }
}
