package threadlab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.bench.JmhSummary.Row;

/**
 * Reads real JMH output (excerpts of this suite's own jmh.json files, kept in test resources) and
 * checks the summary table built from it.
 */
class JmhSummaryTest {

    /** Bench_02_BlockingThroughput.run, inFlight=50, virtual-bounded, as jmh-full-excerpt.json holds it. */
    private static final double SCORE_RUN = 4629.784646420086;
    private static final double ERROR_RUN = 255.84793330370985;

    @TempDir
    Path temp;

    @Test
    void readsEveryResultWithItsParamsScoreErrorAndUnit() throws Exception {
        List<Row> rows = JmhSummary.read(resource("jmh-full-excerpt.json"));

        assertThat(rows).extracting(Row::benchmark).containsExactly(
                "Bench_02_BlockingThroughput.baseline",
                "Bench_02_BlockingThroughput.run",
                "Bench_01_StartCost.platformThread");
        Row run = rows.get(1);
        assertThat(run.params()).isEqualTo("inFlight=50 mode=virtual-bounded workload=sleep:ms=10");
        assertThat(run.mode()).isEqualTo("thrpt");
        assertThat(run.unit()).isEqualTo("ops/s");
        assertThat(run.samples()).isEqualTo(6);
        assertThat(run.score()).isEqualTo(SCORE_RUN);
        assertThat(run.error()).isEqualTo(ERROR_RUN);
        assertThat(rows.get(2).params()).isEqualTo("-");
        assertThat(rows.get(2).unit()).isEqualTo("us/op");
    }

    @Test
    void aMissingErrorIsNaNAndPrintsAsNotAvailable() throws Exception {
        List<Row> rows = JmhSummary.read(resource("jmh-smoke-two-iterations.json"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.samples()).isEqualTo(2);
            assertThat(row.error()).isNaN();
        });
        assertThat(JmhSummary.table(rows)).contains("n/a").doesNotContain("NaN");
    }

    @Test
    void tableAlignsColumnsAndSeparatesBenchmarkClasses() throws Exception {
        String table = JmhSummary.table(JmhSummary.read(resource("jmh-full-excerpt.json")));
        List<String> lines = table.lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("Benchmark").contains("Params", "Score", "Error", "Units");
        assertThat(lines.get(3)).isEmpty();
        assertThat(lines.get(1)).contains("Bench_02_BlockingThroughput.baseline", "workload=sleep:ms=10", "± ");
        assertThat(lines.get(4)).contains("Bench_01_StartCost.platformThread", "avgt", "us/op");
        int units = lines.get(0).indexOf("Units");
        assertThat(List.of(lines.get(1), lines.get(2), lines.get(4)))
                .allSatisfy(line -> assertThat(line.charAt(units - 1)).isEqualTo(' '))
                .allSatisfy(line -> assertThat(line.charAt(units)).isNotEqualTo(' '));
    }

    @Test
    void scoresKeepThreeSignificantDigitsAndTheErrorFollowsTheScore() {
        String table = JmhSummary.table(List.of(
                new Row("B.large", "-", "thrpt", 3, 12_345.678, 456.7, "ops/s"),
                new Row("B.middle", "-", "avgt", 3, 5.4321, 0.1234, "ns/op"),
                new Row("B.small", "-", "avgt", 3, 0.0012345, 0.0001, "us/op")));

        assertThat(table)
                .containsPattern("B\\.large .* 12,346 +± 457 +ops/s")
                .containsPattern("B\\.middle .* 5\\.43 +± 0\\.12 +ns/op")
                .containsPattern("B\\.small .* 0\\.00123 +± 0\\.00010 +us/op");
    }

    @Test
    void rejectsJsonThatIsNotJmhOutput() throws IOException {
        Path notJmh = Files.writeString(temp.resolve("results.json"), "{\"schema\": \"threadlab.results/1\"}");
        Path noScore = Files.writeString(temp.resolve("partial.json"), "[{\"benchmark\": \"a.B.c\"}]");
        Path broken = Files.writeString(temp.resolve("broken.json"), "[{\"benchmark\": ");

        assertThatThrownBy(() -> JmhSummary.read(notJmh)).isInstanceOf(IOException.class)
                .hasMessageContaining("not JMH JSON output");
        assertThatThrownBy(() -> JmhSummary.read(noScore)).isInstanceOf(IOException.class)
                .hasMessageContaining("primaryMetric.score");
        assertThatThrownBy(() -> JmhSummary.read(broken)).isInstanceOf(IOException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JmhSummary.read(temp.resolve("absent.json"))).isInstanceOf(IOException.class)
                .hasMessageContaining("no such file");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(JmhSummaryTest.class.getResource("/" + name).toURI());
    }
}
