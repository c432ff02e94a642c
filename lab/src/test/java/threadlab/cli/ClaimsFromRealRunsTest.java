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
import threadlab.report.Noise;
import threadlab.report.Spread;
import threadlab.result.ResultsFile;

/**
 * The noise rule on real runs: two run folders made by the same small command, eight 25 ms sleeps
 * on pools of 1, 8 and 9 threads, 6 runs each. A pool of 1 takes eight sleeps' time, far outside
 * the others' spread even on a busy machine, so the report claims it slowest. Pools of 8 and 9
 * run the same schedule, so their ranges overlap and the report says no difference is measurable
 * between them (two ranges of 6 values from the same distribution lie apart by chance once in
 * 462). {@code --compare} of the two folders marks each cell within noise exactly where A's and
 * B's intervals overlap (6 runs: min..max, A's widened by its noise floor; B was run without one),
 * and lists real differences first. It took 17 to 30 s on 2 cores at a load
 * average of 12 to 25, most of it the lab's own overhead per run.
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
                .containsPattern("On sleep:ms=25 x 8, the pool of [89] and the pool of [89] were fastest,"
                        + " between them no difference measurable here \\(6 runs, [^)]+\\),"
                        + " and the pool of 1 slowest \\(0\\.[2-9]\\d\\d s, [\\d.]+x\\)")
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
                md.lines().filter(l -> l.startsWith("| sleep:ms=25 |")).toList();
        assertThat(rows).hasSize(3);
        long within = 0;
        boolean seenWithin = false;
        for (String row : rows) {
            String mode = row.split(" \\| ")[2];
            boolean overlap = !(high(a, mode) < low(b, mode) || high(b, mode) < low(a, mode));
            assertThat(row).as(mode).endsWith(overlap ? "| within noise (6+6 runs) |" : "| differs (6+6 runs) |");
            assertThat(overlap || !seenWithin)
                    .as("real differences first: %s", rows)
                    .isTrue();
            seenWithin |= overlap;
            within += overlap ? 1 : 0;
        }
        assertThat(md)
                .contains((3 - within) + " of 3 cells differ by more than the two runs' spreads; " + within
                        + " are within noise (no difference measurable here).");
    }

    /** The low end of a cell's interval for its median, as the report draws it: 6 runs give min..max, widened by the folder's noise floor. */
    private static double low(Path folder, String mode) throws IOException {
        Spread s = Spread.of(throughputs(folder, mode)).widened(noise(folder));
        return s.low();
    }

    private static double high(Path folder, String mode) throws IOException {
        Spread s = Spread.of(throughputs(folder, mode)).widened(noise(folder));
        return s.high();
    }

    private static double noise(Path folder) throws IOException {
        return Noise.of(ResultsFile.read(folder).environment()).relative();
    }

    private static List<Double> throughputs(Path folder, String mode) throws IOException {
        JsonNode runs = ResultsFile.json()
                .readTree(folder.resolve("results.json").toFile())
                .get("runs");
        List<Double> values = new java.util.ArrayList<>();
        runs.forEach(r -> {
            if (r.get("mode").asText().equals(mode)) {
                values.add(r.get("throughputPerSecond").asDouble());
            }
        });
        assertThat(values).as(mode).hasSize(6);
        return values;
    }

    private static Path run(String id, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "run",
                "--workload",
                "sleep:ms=25",
                "--modes",
                "platform-pool:1,platform-pool:8,platform-pool:9",
                "--tasks",
                "8",
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
