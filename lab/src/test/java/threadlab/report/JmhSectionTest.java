package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JMH section and its one reader: settings and forks read from jmh.json; smoke never compared; bad scores flagged. */
class JmhSectionTest {

    private static final JmhScore.Settings FULL =
            new JmhScore.Settings(2, 2, Duration.ofSeconds(1), 3, Duration.ofSeconds(1));
    private static final JmhScore.Settings SMOKE =
            new JmhScore.Settings(1, 1, Duration.ofMillis(100), 3, Duration.ofMillis(100));

    @TempDir
    Path temp;

    @Test
    void aVerifyRunFolderSaysSmokeAndDrawsNoWinner() throws IOException {
        Path run = Files.createDirectories(temp.resolve("verify-20261201-230000"));
        Fixtures.copyResource("smoke", run);

        Section section = JmhSection.of(RunFolder.read(run));

        assertThat(section.headline())
                .startsWith("Smoke pass (1 fork x 3 x 100 ms after 1 x 100 ms warm-up), ")
                .contains("smoke: not a result");
        assertThat(String.join("\n", section.conclusions()))
                .doesNotContain("best", "better than", "no winner", "worse");
        assertThat(section.intro()).contains("its numbers are not results");
        assertThat(section.tables()).hasSize(1);
        assertThat(section.tables().get(0).rows())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).last().isEqualTo("smoke: not a result"));
        assertThat(section.charts())
                .allSatisfy(chart -> assertThat(chart.caption()).contains("Smoke pass: not a result."));
    }

    @Test
    void theReaderTakesForksIterationsTimesAndEachForksValues() throws IOException {
        List<JmhScore> scores = JmhResults.read(Fixtures.resource("smoke/jmh.json"));

        assertThat(scores).isNotEmpty().allSatisfy(s -> {
            assertThat(s.settings()).isEqualTo(SMOKE);
            assertThat(s.forkValues()).hasSize(1);
            assertThat(s.forkValues().get(0)).hasSize(3);
            assertThat(s.samples()).isEqualTo(3);
            assertThat(s.smoke()).isTrue();
            assertThat(s.jdk()).isNotBlank();
        });
    }

    @Test
    void forksThatDisagreeAreFlaggedWithEachForksValuesAndTheErrorAboveHalfTheScoreToo() {
        JmhScore bimodal = score(
                "Bench_05_HandOff.synchronousQueue",
                4_909,
                13_949,
                List.of(List.of(8_400.0, 9_100.0, 11_000.0), List.of(290.0, 510.0, 760.0)));
        JmhScore steady = score(
                "Bench_05_HandOff.lockSupport",
                16_142,
                2_627,
                List.of(List.of(15_000.0, 16_000.0, 17_000.0), List.of(15_500.0, 16_400.0, 16_900.0)));

        assertThat(bimodal.forksDisagree()).isTrue();
        assertThat(bimodal.flags()).containsExactly("error above half the score", "forks disagree");
        assertThat(steady.flags()).isEmpty();

        Section section = JmhSection.render(List.of(bimodal, steady));

        assertThat(section.conclusions())
                .contains(
                        "Bench_05_HandOff.synchronousQueue [threads=platform]: error above half the score and forks disagree "
                                + "(4,909 ns/op over 2 forks); each fork: fork 1: 8400, 9100, 11000; fork 2: 290, 510, 760.");
        assertThat(section.tables()).hasSize(2);
        assertThat(section.tables().get(1).rows())
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .contains(
                                "Bench_05_HandOff.synchronousQueue",
                                "fork 1: 8400, 9100, 11000; fork 2: 290, 510, 760"));
        assertThat(section.tables().get(0).rows().get(0)).contains("2 forks x 3 x 1 s after 2 x 1 s warm-up");
    }

    @Test
    void closeForksAndOverlappingRangesAreNotADisagreement() {
        JmhScore near = score("B.a", 5.4, 0.2, List.of(List.of(5.2, 5.3, 5.4), List.of(5.5, 5.6, 5.7)));
        JmhScore overlapping = score("B.b", 10, 1, List.of(List.of(8.0, 12.0), List.of(11.0, 20.0)));

        assertThat(near.forksDisagree())
                .as("ranges apart, but means within 1.5 times")
                .isFalse();
        assertThat(overlapping.forksDisagree())
                .as("means far apart, but ranges meet")
                .isFalse();
    }

    @Test
    void realResultsAreStillComparedAndASmokeResultBesideThemIsNot() {
        JmhScore fast =
                score("Bench_01_StartCost.virtualThread", 6.3, 0.5, List.of(List.of(6.2, 6.3), List.of(6.4, 6.3)));
        JmhScore slow = score(
                "Bench_01_StartCost.platformThread", 123, 11, List.of(List.of(120.0, 125.0), List.of(122.0, 125.0)));
        JmhScore smoke = new JmhScore(
                "threadlab.bench.Bench_01_StartCost.baseline",
                "avgt",
                Map.of("threads", "platform"),
                SMOKE,
                0.001,
                Double.NaN,
                "ns/op",
                List.of(List.of(0.001, 0.001, 0.001)),
                "25.0.3",
                "vm",
                false);

        List<String> conclusions = JmhSection.render(List.of(fast, slow, smoke)).conclusions();

        assertThat(conclusions)
                .anySatisfy(c -> assertThat(c).startsWith("Smoke pass (1 fork x 3 x 100 ms"))
                .contains("Bench_01_StartCost [threads=platform]: virtualThread was best (6.30 ns/op), 20x better than "
                        + "platformThread (123 ns/op).");
        assertThat(String.join("\n", conclusions)).doesNotContain("baseline was", "than baseline");
    }

    @Test
    void jmhTimesAreRead() {
        assertThat(JmhResults.duration("100 ms")).isEqualTo(Duration.ofMillis(100));
        assertThat(JmhResults.duration("5 s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(JmhResults.duration("2 min")).isEqualTo(Duration.ofMinutes(2));
        assertThat(JmhResults.duration("")).isNull();
        assertThat(JmhResults.duration("soon")).isNull();
    }

    @Test
    void aFileThatIsNotJmhOutputIsRefusedWithTheReason() throws IOException {
        Path notJmh = Files.writeString(temp.resolve("results.json"), "{\"schema\": \"threadlab.results/1\"}");
        Path noScore = Files.writeString(temp.resolve("partial.json"), "[{\"benchmark\": \"a.B.c\"}]");

        assertThatThrownBy(() -> JmhResults.read(notJmh)).hasMessageContaining("not JMH JSON output");
        assertThatThrownBy(() -> JmhResults.read(noScore)).hasMessageContaining("primaryMetric.score");
        assertThatThrownBy(() -> JmhResults.read(temp.resolve("absent.json"))).hasMessageContaining("no such file");
    }

    private static JmhScore score(String name, double score, double error, List<List<Double>> forks) {
        return new JmhScore(
                "threadlab.bench." + name,
                "avgt",
                Map.of("threads", "platform"),
                FULL,
                score,
                error,
                "ns/op",
                forks,
                "25.0.3",
                "OpenJDK 64-Bit Server VM",
                false);
    }
}
