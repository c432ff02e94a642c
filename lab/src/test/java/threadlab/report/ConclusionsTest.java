package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static threadlab.report.SyntheticRuns.counter;
import static threadlab.report.SyntheticRuns.cpu;
import static threadlab.report.SyntheticRuns.experiment;
import static threadlab.report.SyntheticRuns.io;
import static threadlab.report.SyntheticRuns.mixed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import threadlab.result.RunResult;

/**
 * The conclusions are computed, not written: the same experiment fed two sets of numbers says
 * different things, and each says what its numbers show. Every section also gets a chart that
 * decodes as an image, and a table with a row per mode.
 */
class ConclusionsTest {

    @Test
    void ioScalingSaysHowMuchOfTheLittlesLawLimitEachModeReached() {
        Section fast = section(
                "io-scaling",
                List.of(
                        io("io-scaling", "sleep:ms=100", 0.1, "virtual", 10_000, 10_000, 0.1031),
                        io("io-scaling", "sleep:ms=100", 0.1, "platform-pool:100", 10_000, 100, 10.1)));
        Section slow = section(
                "io-scaling",
                List.of(
                        io("io-scaling", "sleep:ms=100", 0.1, "virtual", 10_000, 10_000, 0.2),
                        io("io-scaling", "sleep:ms=100", 0.1, "platform-pool:100", 10_000, 100, 10.1)));

        assertThat(fast.headline())
                .isEqualTo("At 10,000 sleeps in flight (sleep:ms=100), of the Little's-law limit of 100,000 tasks/s,"
                        + " virtual threads reached 97%; the pool of 100 reached 1%.");
        assertThat(slow.headline()).contains("virtual threads reached 50%");
        assertThat(fast.conclusions())
                .contains(
                        "The pool of 100 ran at 99% of its own waiting bound (100 in flight): its size, not its speed, held it back.");
    }

    @Test
    void ioScalingNamesTheLeaderWhoeverItIs() {
        Section poolWins = section(
                "io-scaling",
                List.of(
                        io("io-scaling", "sleep:ms=100", 0.1, "virtual", 1_000, 1_000, 2.0),
                        io("io-scaling", "sleep:ms=100", 0.1, "platform-pool:1000", 1_000, 1_000, 0.125)));

        assertThat(poolWins.headline()).contains("the pool of 1000 reached 80%").contains("virtual threads reached 5%");
    }

    @Test
    void theBestSpeedupNamesEveryModeItsSpreadCannotTellApart() {
        Section tie = section(
                "cpu-scaling",
                List.of(
                        cpu("cpu-scaling", "cpu:work=1000", "sequential", 16, 1, 0.0625, 1.0),
                        cpu("cpu-scaling", "cpu:work=1000", "platform-pool:2", 16, 2, 0.0625, 0.52),
                        cpu("cpu-scaling", "cpu:work=1000", "platform-pool:2", 16, 2, 0.0625, 0.55),
                        cpu("cpu-scaling", "cpu:work=1000", "virtual", 16, 16, 0.0625, 0.53),
                        cpu("cpu-scaling", "cpu:work=1000", "virtual", 16, 16, 0.0625, 0.56),
                        cpu("cpu-scaling", "cpu:work=1000", "platform-pool:1", 16, 1, 0.0625, 1.0)));
        assertThat(tie.headline())
                .startsWith("The best speedup on cpu:work=1000 was 1.87x (platform-pool:2; from virtual, no difference"
                        + " measurable here) on 2 cores");
    }

    @Test
    void cpuScalingComparesTheBestSpeedupWithTheIdealAndReadsTheCurvePastTheCores() {
        Section flat = section("cpu-scaling", cpuSweep(0.52, 0.53));
        Section falling = section("cpu-scaling", cpuSweep(0.52, 0.80));

        assertThat(flat.headline())
                .isEqualTo(
                        "The best speedup on cpu:work=1000 was 1.92x (platform-pool:2) on 2 cores: 96% of the ideal 2x.");
        assertThat(flat.conclusions())
                .anyMatch(s -> s.contains(
                        "platform-pool:N went from 1.92x at 2 workers to 1.89x at 4: flat past the core count"));
        assertThat(falling.conclusions())
                .anyMatch(s -> s.contains("1.92x at 2 workers to 1.25x at 4: falling past the core count"));
        assertThat(section("cpu-scaling", cpuSweep(0.45, 0.46)).headline())
                .endsWith(
                        "2.22x (platform-pool:2) on 2 cores: 111% of the ideal 2x, above what the cores allow, so the sequential baseline ran slow.");
    }

    @Test
    void mixedCrossoverFindsWhereVirtualThreadsStopLeading() {
        Section leads = section("mixed-crossover", mixedSweep(0.9));
        Section loses = section("mixed-crossover", mixedSweep(2.5));

        assertThat(leads.conclusions()).contains("Virtual threads led at every CPU share measured.");
        assertThat(loses.conclusions())
                .anyMatch(s -> s.startsWith("Virtual threads stopped leading at a CPU share of 4"));
        assertThat(loses.conclusions().get(1))
                .contains("the pool of 16 led")
                .contains("virtual threads reached 40% of it");
    }

    @Test
    void contentionReportsLostUpdatesOnlyWhenThereAreSome() {
        Section none = section("contention", counterSweep(0));
        Section lossy = section("contention", counterSweep(312_000));

        assertThat(none.headline()).isEqualTo("No mode lost an update in this run, with or without a lock.");
        assertThat(lossy.headline()).isEqualTo("With lock=none updates were lost: the pool of 2 lost 39% of them.");
        assertThat(none.charts())
                .as("no lost-updates chart when nothing was lost")
                .hasSize(1);
        assertThat(lossy.charts()).hasSize(2);
    }

    @Test
    void virtualOverheadGivesTheRatioAndItsVerdict() {
        Section cheap = section("virtual-overhead", overhead(1.02));
        Section costly = section("virtual-overhead", overhead(1.5));

        assertThat(cheap.headline())
                .contains("took 1.02x the bare JDK loop's wall time")
                .endsWith("measuring does not get in the way.");
        assertThat(costly.headline()).contains("took 1.50x").endsWith("measuring added 50% to the wall time.");
    }

    @Test
    void seedHoldsEveryModeAgainstSequential() {
        Section seed = section(
                "seed",
                List.of(
                        io("seed", "sleep:ms=300", 0.3, "sequential", 3, 1, 0.92),
                        io("seed", "sleep:ms=300", 0.3, "virtual", 3, 3, 0.31),
                        io("seed", "sleep:ms=300", 0.3, "platform-pool:3", 3, 3, 0.30),
                        cpu("seed", "cpu:work=100", "sequential", 3, 1, 0.1, 0.3),
                        cpu("seed", "cpu:work=100", "virtual", 3, 3, 0.1, 0.29),
                        cpu("seed", "cpu:work=100", "platform-pool:3", 3, 3, 0.1, 0.28)));

        assertThat(seed.conclusions())
                .containsExactly(
                        "Sleeping 3 tasks (sleep:ms=300): sequential took 0.920 s, the other modes 0.300..0.310 s, 2.97x..3.07x faster: the waits overlapped in every mode.",
                        "Computing 3 tasks (cpu:work=100): sequential took 0.300 s, the other modes 0.280..0.290 s, 1.03x..1.07x faster: no mode ran the tasks in parallel here.");
    }

    @Test
    void anUnknownExperimentGetsAGenericSectionNotAnError() {
        Section other = section(
                "made-up-experiment",
                List.of(
                        cpu("made-up-experiment", "noop", "virtual", 1_000, 1_000, 0.0001, 0.05),
                        cpu("made-up-experiment", "noop", "platform-per-task", 1_000, 1_000, 0.0001, 0.2)));

        assertThat(other.intro()).contains("no special drawing");
        assertThat(other.headline())
                .isEqualTo(
                        "On noop x 1,000, virtual threads was fastest (0.050 s) and a thread per task slowest (0.200 s, 4.00x).");
    }

    /** Builds the section and checks what every experiment section must have: a chart that decodes, a table, a conclusion. */
    private static Section section(String id, List<RunResult> runs) {
        Section s = ReportBuilder.experimentSection(experiment(id, runs));
        assertThat(s.notes()).as("notes of %s", id).noneMatch(n -> n.contains("could not be drawn"));
        assertThat(s.charts()).as("charts of %s", id).isNotEmpty().allSatisfy(c -> {
            try {
                assertThat(ImageIO.read(new ByteArrayInputStream(c.png())))
                        .as(c.fileName())
                        .isNotNull();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(s.tables()).hasSize(1);
        assertThat(s.tables().get(0).rows()).hasSize(ModeCell.group(runs).size());
        assertThat(s.conclusions()).isNotEmpty();
        return s;
    }

    private static List<RunResult> cpuSweep(double atTwo, double atFour) {
        return List.of(
                cpu("cpu-scaling", "cpu:work=1000", "sequential", 16, 1, 0.0625, 1.0),
                cpu("cpu-scaling", "cpu:work=1000", "platform-pool:1", 16, 1, 0.0625, 1.0),
                cpu("cpu-scaling", "cpu:work=1000", "platform-pool:2", 16, 2, 0.0625, atTwo),
                cpu("cpu-scaling", "cpu:work=1000", "platform-pool:4", 16, 4, 0.0625, atFour),
                cpu("cpu-scaling", "cpu:work=1000", "virtual", 16, 16, 0.0625, 0.6));
    }

    /** Two CPU shares; at the high one, virtual threads take {@code virtualHighWall} s against the big pool's 1.0 s. */
    private static List<RunResult> mixedSweep(double virtualHighWall) {
        List<RunResult> runs = new ArrayList<>();
        runs.add(mixed("mixed:cpuWork=0,ioMs=5", "virtual", 100, 100, 0.005, 0.005, 0.008, 0.01));
        runs.add(mixed("mixed:cpuWork=0,ioMs=5", "platform-pool:16", 100, 16, 0.005, 0.005, 0.04, 0.01));
        runs.add(mixed("mixed:cpuWork=9000,ioMs=5", "virtual", 100, 100, 0.025, 0.005, virtualHighWall, 2.0));
        runs.add(mixed("mixed:cpuWork=9000,ioMs=5", "platform-pool:16", 100, 16, 0.025, 0.005, 1.0, 2.0));
        return runs;
    }

    private static List<RunResult> counterSweep(long lostOnPool) {
        return List.of(
                counter("sequential", "none", 100_000, 8, 1, 0.001, 0),
                counter("platform-pool:2", "none", 100_000, 8, 2, 0.002, lostOnPool),
                counter("sequential", "synchronized", 100_000, 8, 1, 0.01, 0),
                counter("platform-pool:2", "synchronized", 100_000, 8, 2, 0.02, 0),
                counter("sequential", "adder", 100_000, 8, 1, 0.008, 0),
                counter("platform-pool:2", "adder", 100_000, 8, 2, 0.005, 0));
    }

    private static List<RunResult> overhead(double ratio) {
        List<RunResult> runs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            runs.add(io("virtual-overhead", "sleep:ms=100", 0.1, "jdk-virtual-loop", 10_000, 10_000, 0.12));
            runs.add(io("virtual-overhead", "sleep:ms=100", 0.1, "virtual", 10_000, 10_000, 0.12 * ratio));
        }
        return runs;
    }
}
