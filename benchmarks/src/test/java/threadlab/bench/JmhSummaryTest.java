package threadlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import threadlab.report.JmhResults;
import threadlab.report.JmhScore;

/**
 * Reads real JMH output (excerpts of this suite's own jmh.json files, kept in test resources)
 * through the lab's JMH reader and checks the summary built from it.
 */
class JmhSummaryTest {

    /** Bench_02_BlockingThroughput.run, inFlight=50, virtual-bounded, as jmh-full-excerpt.json holds it. */
    private static final double SCORE_RUN = 4629.784646420086;

    private static final double ERROR_RUN = 255.84793330370985;
    private static final JmhScore.Settings FULL =
            new JmhScore.Settings(2, 2, Duration.ofSeconds(1), 3, Duration.ofSeconds(1));

    @Test
    void readsEveryResultWithItsSettingsForksScoreErrorAndUnit() throws Exception {
        List<JmhScore> scores = JmhResults.read(resource("jmh-full-excerpt.json"));

        assertThat(scores)
                .extracting(JmhScore::shortName)
                .containsExactly(
                        "Bench_02_BlockingThroughput.baseline",
                        "Bench_02_BlockingThroughput.run",
                        "Bench_01_StartCost.platformThread");
        JmhScore run = scores.get(1);
        assertThat(run.params())
                .containsExactly(
                        Map.entry("inFlight", "50"),
                        Map.entry("mode", "virtual-bounded"),
                        Map.entry("workload", "sleep:ms=10"));
        assertThat(run.mode()).isEqualTo("thrpt");
        assertThat(run.unit()).isEqualTo("ops/s");
        assertThat(run.settings()).isEqualTo(FULL);
        assertThat(run.forkValues())
                .hasSize(2)
                .allSatisfy(fork -> assertThat(fork).hasSize(3));
        assertThat(run.score()).isEqualTo(SCORE_RUN);
        assertThat(run.error()).isEqualTo(ERROR_RUN);
        assertThat(run.smoke()).isFalse();
        assertThat(scores.get(2).params()).isEmpty();
    }

    @Test
    void aSmokePassIsSaidToBeOneAndEveryRowCarriesIt() throws Exception {
        List<JmhScore> scores = JmhResults.read(resource("jmh-smoke-two-iterations.json"));

        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.samples()).isEqualTo(2);
            assertThat(s.error()).isNaN();
            assertThat(s.smoke()).isTrue();
        });
        String report = JmhSummary.report(scores);
        assertThat(report)
                .startsWith("Smoke pass (1 fork x 2 x 100 ms after 1 x 100 ms warm-up): smoke: not a result.")
                .contains("n/a")
                .doesNotContain("NaN", "Flagged");
        assertThat(report.lines().filter(l -> l.contains("Bench_04")))
                .singleElement()
                .satisfies(row -> assertThat(row).endsWith("smoke: not a result"));
    }

    @Test
    void flaggedScoresListEachForksValuesUnderTheTable() {
        JmhScore bimodal = new JmhScore(
                "threadlab.bench.Bench_05_HandOff.synchronousQueue",
                "avgt",
                Map.of("threads", "platform"),
                FULL,
                4_909,
                13_949,
                "ns/op",
                List.of(List.of(8_400.0, 9_100.0, 11_000.0), List.of(290.0, 510.0, 760.0)),
                "25.0.3",
                "vm",
                false);

        String report = JmhSummary.report(List.of(bimodal));

        assertThat(report)
                .doesNotContain("Smoke pass")
                .contains("Flagged: read each fork, not the mean.")
                .contains(
                        "  Bench_05_HandOff.synchronousQueue threads=platform: error above half the score, forks disagree; "
                                + "fork 1: 8400, 9100, 11000; fork 2: 290, 510, 760 ns/op");
    }

    @Test
    void tableAlignsColumnsAndSeparatesBenchmarkClasses() throws Exception {
        String table = JmhSummary.table(JmhResults.read(resource("jmh-full-excerpt.json")));
        List<String> lines = table.lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0))
                .startsWith("Benchmark")
                .contains("Params", "Forks x Iter", "Score", "Error", "Units", "Flags");
        assertThat(lines.get(3)).isEmpty();
        assertThat(lines.get(1))
                .contains("Bench_02_BlockingThroughput.baseline", "workload=sleep:ms=10", "2 x 3", "± ");
        assertThat(lines.get(2)).contains("inFlight=50 mode=virtual-bounded workload=sleep:ms=10");
        assertThat(lines.get(4)).contains("Bench_01_StartCost.platformThread", "avgt", "us/op");
        int units = lines.get(0).indexOf("Units");
        assertThat(List.of(lines.get(1), lines.get(2), lines.get(4)))
                .allSatisfy(line -> assertThat(line.charAt(units - 1)).isEqualTo(' '))
                .allSatisfy(line -> assertThat(line.charAt(units)).isNotEqualTo(' '));
    }

    @Test
    void scoresKeepThreeSignificantDigitsAndTheErrorFollowsTheScore() {
        String table = JmhSummary.table(List.of(
                row("B.large", "thrpt", 12_345.678, 456.7, "ops/s"),
                row("B.middle", "avgt", 5.4321, 0.1234, "ns/op"),
                row("B.small", "avgt", 0.0012345, 0.0001, "us/op")));

        assertThat(table)
                .containsPattern("B\\.large .* 12,346 +± 457 +ops/s")
                .containsPattern("B\\.middle .* 5\\.43 +± 0\\.12 +ns/op")
                .containsPattern("B\\.small .* 0\\.00123 +± 0\\.00010 +us/op");
    }

    private static JmhScore row(String name, String mode, double score, double error, String unit) {
        return new JmhScore(
                "threadlab.bench." + name,
                mode,
                Map.of(),
                FULL,
                score,
                error,
                unit,
                List.of(List.of(score, score, score), List.of(score, score, score)),
                "25.0.3",
                "vm",
                false);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(JmhSummaryTest.class.getResource("/" + name).toURI());
    }
}
