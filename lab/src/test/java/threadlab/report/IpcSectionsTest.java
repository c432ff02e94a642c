package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import threadlab.result.RunResult;
import threadlab.workload.Nature;

/** The two sections of the between-processes experiments read their conclusions off the numbers. */
class IpcSectionsTest {

    private static Section section(String id, List<RunResult> runs) throws Exception {
        Section s = ReportBuilder.experimentSection(new ExperimentRuns(id, ModeCell.group(runs), SyntheticRuns.CORES));
        assertThat(s.notes()).noneMatch(n -> n.contains("could not be drawn"));
        assertThat(s.charts()).hasSize(2);
        for (ChartImage c : s.charts()) {
            assertThat(ImageIO.read(new ByteArrayInputStream(c.png()))).isNotNull();
        }
        return s;
    }

    /** The transfer fields of an echo run, as ipc-channels writes them. */
    private record Transfer(String channel, Integer messageBytes, Double bytesPerSecond) {}

    /** An echo run: {@code tasks} round trips of {@code p50Micros} each. */
    private static RunResult echo(String channel, int bytes, double p50Micros) {
        int tasks = 1_000;
        RunResult r = SyntheticRuns.run(
                "ipc-channels",
                "message:bytes=" + bytes,
                Nature.IO,
                "echo:" + channel,
                tasks,
                1,
                0,
                tasks * p50Micros / 1e6,
                p50Micros / 1e3,
                null,
                null);
        return r.with(new Transfer(channel, bytes, r.throughputPerSecond() * bytes));
    }

    @Test
    void channelsAreRankedAgainstPipesAndTheFastestForBulkIsNamed() throws Exception {
        List<RunResult> runs = new ArrayList<>(List.of(
                echo("in-process-thread", 8, 20),
                echo("pipe", 8, 10),
                echo("tcp", 8, 25),
                echo("shared-memory", 8, 2),
                echo("in-process-thread", 65536, 20),
                echo("pipe", 65536, 50),
                echo("shared-memory", 65536, 25)));
        Section s = section("ipc-channels", runs);
        assertThat(s.headline())
                .startsWith("Median round trip of one 8-byte message: shared-memory 2.00 µs (5.00x faster than pipes)")
                .contains("tcp 25.0 µs (2.50x slower than pipes)");
        assertThat(s.conclusions().get(1))
                .startsWith("With 64 KiB messages the fastest channel between two JVMs was shared-memory")
                .contains("2.00x pipes'");
    }

    @Test
    void aChannelThatNeverRanIsSaidToBeAbsent() throws Exception {
        RunResult absent = SyntheticRuns.run(
                "ipc-channels",
                "message:bytes=8",
                Nature.IO,
                "echo:unix-socket",
                1_000,
                1,
                0,
                0.001,
                0.001,
                null,
                null);
        absent = RunResult.builder(
                        absent.experiment(), absent.workload(), absent.nature(), absent.mode(), absent.tasks(), 1, 0)
                .wallSeconds(0.001)
                .peakThreads(10)
                .checksum("00")
                .failed(1_000)
                .error("unix-socket is not available on this OS")
                .build();
        Section s = section(
                "ipc-channels",
                List.of(
                        echo("pipe", 8, 10),
                        echo("shared-memory", 8, 1),
                        absent,
                        echo("pipe", 65536, 50),
                        echo("shared-memory", 65536, 25)));
        assertThat(s.conclusions())
                .anyMatch(c -> c.startsWith("Not measured on this machine") && c.contains("unix-socket"));
    }

    private static RunResult counter(String workload, String mode, double wall, long lost) {
        return SyntheticRuns.run(
                "shared-memory-counter", workload, Nature.CONTENDED, mode, 2, 2, 0, wall, wall * 1e3, null, lost);
    }

    @Test
    void theLostFractionAcrossProcessesIsTheHeadlineAndExactCountersAreNamed() throws Exception {
        Section s = section(
                "shared-memory-counter",
                List.of(
                        counter(
                                "mapped-counter:update=plain,increments=1000000",
                                "child-jvms-on-mapped-file:2",
                                0.01,
                                500_000),
                        counter(
                                "mapped-counter:update=atomic,increments=1000000",
                                "child-jvms-on-mapped-file:2",
                                0.02,
                                0),
                        counter(
                                "mapped-counter:update=local,increments=1000000",
                                "child-jvms-on-mapped-file:2",
                                0.001,
                                0),
                        counter("counter:lock=none,increments=1000000", "platform-pool:2", 0.01, 20_000)));
        assertThat(s.headline())
                .isEqualTo("2 child JVMs on a mapped file: a plain read-modify-write of one counter lost 25% of"
                        + " 2,000,000 increments (1 run).");
        assertThat(s.conclusions())
                .contains("2 threads on a heap field: a plain read-modify-write of one counter lost 1% of"
                        + " 2,000,000 increments (1 run).");
        assertThat(s.conclusions())
                .anyMatch(c -> c.startsWith("No increment was lost with getAndAdd (2 child JVMs on a mapped file)"));
        assertThat(s.conclusions())
                .anyMatch(
                        c -> c.startsWith(
                                "Across processes getAndAdd cost 10.0 ns per increment, counting apart and merging once 0.5 ns"));
    }
}
