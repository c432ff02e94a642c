package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JMH variant this machine could not measure (Bench_07 on a transport the OS lacks) raises its
 * notMeasuredHere counter; the report shows "not measured here" instead of its empty call's score,
 * leaves it out of charts and comparisons, and names it. The file is JMH's shape, written by hand:
 * no transport is missing on the machine the tests run on.
 */
class JmhNotMeasuredTest {

    @TempDir
    Path dir;

    @Test
    void aVariantNotMeasuredHereIsNamedAndItsScoreIsNotShown() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("jmh.json"), """
                [ {"benchmark": "threadlab.bench.Bench_07_IpcRoundTrip.roundTrip", "mode": "avgt", "params": {"to": "pipe"},
                   "primaryMetric": {"score": 14.2, "scoreError": 1.1, "scoreUnit": "us/op"},
                   "secondaryMetrics": {"notMeasuredHere": {"score": 0.0, "scoreUnit": "#"}}},
                  {"benchmark": "threadlab.bench.Bench_07_IpcRoundTrip.roundTrip", "mode": "avgt", "params": {"to": "unix-socket"},
                   "primaryMetric": {"score": 0.003, "scoreError": 0.001, "scoreUnit": "us/op"},
                   "secondaryMetrics": {"notMeasuredHere": {"score": 123456.0, "scoreUnit": "#"}}} ]
                """);

        Section jmh = JmhSection.of(RunFolder.read(run));

        assertThat(jmh.tables().get(0).rows())
                .anySatisfy(row -> assertThat(row).contains("to=unix-socket", "not measured here"));
        assertThat(jmh.tables().get(0).rows())
                .noneSatisfy(row -> assertThat(row).contains("0.003"));
        assertThat(jmh.conclusions())
                .anySatisfy(c -> assertThat(c)
                        .startsWith("Not measured here")
                        .contains("Bench_07_IpcRoundTrip.roundTrip [to=unix-socket]"));
        assertThat(jmh.charts()).hasSize(1);
    }
}
