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
    private record Transfer(String channel, Integer messageBytes, Double bytesPerSecond, Double sameCoreShare) {}

    /** An echo run: {@code tasks} round trips of {@code p50Micros} each, where the ends' placement is not known. */
    private static RunResult echo(String channel, int bytes, double p50Micros) {
        return echo(channel, bytes, p50Micros, null);
    }

    /** An echo run whose two ends were on one core in {@code sameCoreShare} of the samples. */
    private static RunResult echo(String channel, int bytes, double p50Micros, Double sameCoreShare) {
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
        return r.with(new Transfer(channel, bytes, r.throughputPerSecond() * bytes, sameCoreShare));
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
                .isEqualTo("Median round trip of one 8-byte message: shared-memory 2.00 µs (1 run, 5.00x faster than"
                        + " pipes); then pipe 10.0 µs (1 run); then in-process-thread 20.0 µs (1 run, 2.00x slower"
                        + " than pipes); then tcp 25.0 µs (1 run, 2.50x slower than pipes).");
        assertThat(s.conclusions().get(1))
                .startsWith("With 64 KiB messages, the fastest channel between two JVMs was shared-memory")
                .contains("2.00x pipes'");
    }

    @Test
    void channelsWhoseRoundTripsOverlapAreNotRanked() throws Exception {
        Section s = section(
                "ipc-channels",
                List.of(
                        echo("pipe", 8, 3),
                        echo("pipe", 8, 65),
                        echo("tcp", 8, 6),
                        echo("tcp", 8, 70),
                        echo("pipe", 65536, 50),
                        echo("shared-memory", 65536, 25)));
        assertThat(s.headline())
                .isEqualTo("Median round trip of one 8-byte message: pipe 34.0 µs (2 runs) and tcp 38.0 µs"
                        + " (2 runs), no difference measurable here between them.");
    }

    @Test
    void runsAreGroupedByWhereTheTwoEndsRanAndTheDifferenceIsNamedWhereTheSpreadsAllow() throws Exception {
        Section s = section(
                "ipc-channels",
                List.of(
                        echo("pipe", 8, 3, 1.0),
                        echo("pipe", 8, 3, 0.9),
                        echo("pipe", 8, 66, 0.0),
                        echo("pipe", 8, 68, 0.1),
                        echo("shared-memory", 8, 4, 1.0),
                        echo("shared-memory", 8, 1, 0.0),
                        echo("tcp", 8, 6, 1.0),
                        echo("tcp", 8, 5, 0.5),
                        echo("pipe", 65536, 50, 1.0),
                        echo("shared-memory", 65536, 25, 1.0)));
        assertThat(s.headline())
                .startsWith("Where the two ends ran changed the round trip. Slower on two cores: pipe 3.00 µs on one"
                        + " core, 67.0 µs on two (2 and 2 runs). A reader that blocks on another core")
                .contains("Faster on two cores: shared-memory 4.00 µs on one core, 1.00 µs on two (1 and 1 run)."
                        + " A reader that spins needs a core of its own");
        assertThat(s.conclusions())
                .contains(
                        "Median round trip of one 8-byte message, both ends on one core: pipe 3.00 µs (2 runs),"
                                + " shared-memory 4.00 µs (1 run) and tcp 6.00 µs (1 run), no difference measurable"
                                + " here between them.",
                        "Median round trip of one 8-byte message, the ends on two cores: shared-memory 1.00 µs"
                                + " (1 run, 67x faster than pipes); then pipe 67.0 µs (2 runs).",
                        "Median round trip of one 8-byte message, the ends moving between cores: tcp 5.00 µs (1 run).",
                        "With 64 KiB messages, both ends on one core, the fastest channel between two JVMs was"
                                + " shared-memory, 2,621 MB/s each way (1 run), 2.00x pipes' 1,311 MB/s.");
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
