package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import threadlab.result.RunResult;
import threadlab.workload.Nature;

/**
 * The measurement-overhead section computes its verdicts from the runs: the lab's 2-worker speedup
 * against the unmetered pool's, and a sleeping run's CPU against the 1% target and an unmetered JVM.
 */
class MeasurementOverheadSectionTest {

    private static final String ID = "measurement-overhead";
    private static final String CPU = "cpu:work=1000";

    /** The fields the lesson's unmetered mode adds, as results.json holds them. */
    private record Unmetered(
            Double meteredWallSeconds,
            Double unmeteredSequentialSeconds,
            Double unmeteredCpuSeconds,
            Double unmeteredJitSeconds,
            Double loadAverage) {}

    private static List<RunResult> computing(double poolWall) {
        return computing(poolWall, 0.5);
    }

    private static List<RunResult> computing(double poolWall, double load) {
        return List.of(
                SyntheticRuns.cpu(ID, CPU, "sequential", 16, 1, 0.125, 2.0),
                SyntheticRuns.cpu(ID, CPU, "platform-pool:2", 16, 2, 0.125, poolWall),
                SyntheticRuns.cpu(ID, CPU, "forkjoin:2", 16, 2, 0.125, 1.02),
                SyntheticRuns.cpu(ID, CPU, "unmetered:2", 16, 2, 0.125, 1.0)
                        .with(new Unmetered(1.5, 2.0, 2.0, 0.0, load)));
    }

    private static Section section(List<RunResult> runs) {
        return ReportBuilder.experimentSection(SyntheticRuns.experiment(ID, runs));
    }

    @Test
    void theLabsSpeedupIsHeldAgainstThePlainPoolsFromTheSameRun() {
        Section s = section(computing(1.0));
        assertThat(s.conclusions())
                .anySatisfy(c -> assertThat(c)
                        .contains("ran faster than its own loop by 2.00x")
                        .contains("by 2.00x (100% of the plain pool's)")
                        .contains("by 1.96x (98% of the plain pool's)")
                        .endsWith("measuring does not slow a CPU-bound run."))
                .anySatisfy(c -> assertThat(c).contains("compare like with like"))
                .anySatisfy(
                        c -> assertThat(c).contains("(CPU time over wall time)").contains("the unmetered pool 2"))
                .anySatisfy(c -> assertThat(c).contains("on 2 cores: the cores were the runs' own."));
        assertThat(s.charts()).hasSize(1);
    }

    @Test
    void aSpeedupShortOfTheTargetIsSaidWithTheGap() {
        assertThat(section(computing(1.1)).conclusions())
                .anySatisfy(
                        c -> assertThat(c).contains("(91% of the plain pool's)").endsWith("missed, by up to 7%."));
    }

    /** The runs of {@link #computing(double)}, each with {@code othersCores} of the 2 cores used by other processes. */
    private static List<RunResult> computingBeside(double othersCores) {
        return computing(1.0).stream()
                .map(r -> r.toBuilder()
                        .otherCpuSeconds(othersCores * r.wallSeconds())
                        .build())
                .toList();
    }

    @Test
    void cpuOtherProcessesTookIsMeasuredAndWithholdsTheVerdictOnlyWhenItIsLarge() {
        assertThat(section(computingBeside(1.5)).conclusions())
                .anySatisfy(
                        c -> assertThat(c).endsWith("no verdict, since other processes took the cores (see below)."))
                .anySatisfy(
                        c -> assertThat(c).startsWith("Other processes used ").contains("to 1.50 of the 2 cores"));
        assertThat(section(computingBeside(0.1)).conclusions())
                .anySatisfy(c -> assertThat(c).endsWith("measuring does not slow a CPU-bound run."))
                .anySatisfy(c -> assertThat(c).endsWith("the cores were the runs' own."));
    }

    @Test
    void aBusyMachineGetsNoVerdict() {
        assertThat(section(computing(1.0, 9.0)).conclusions())
                .anySatisfy(
                        c -> assertThat(c).endsWith("no verdict, since other processes took the cores (see below)."))
                .anySatisfy(c -> assertThat(c).contains("other programs shared the cores"));
    }

    @Test
    void aSleepingRunShowsTheWorksAndTheMetersCpuApartBesideAnUnmeteredJvm() {
        RunResult lab = SyntheticRuns.io(ID, "sleep:ms=1000", 1.0, "sequential", 1, 1, 1.0).toBuilder()
                .cpuSeconds(0.004)
                .overheads(0.002, 0.001)
                .build();
        RunResult bare = SyntheticRuns.io(ID, "sleep:ms=1000", 1.0, "unmetered:1", 1, 1, 1.0)
                .with(new Unmetered(1.4, null, 0.003, 0.0, 0.5));
        List<String> conclusions = section(List.of(lab, bare)).conclusions();
        assertThat(conclusions)
                .anySatisfy(c -> assertThat(c)
                        .contains("counted 0.4% of one core as the work's CPU")
                        .contains("at most 1%: met")
                        .contains("its meter's own threads 0.2% apart"))
                .anySatisfy(c -> assertThat(c).contains("used 0.3% of one core").endsWith("about that of any JVM."));
        assertThat(conclusions).noneMatch(c -> c.contains("ticks of"));
        RunResult ticked =
                lab.toBuilder().cpuSeconds(0.007).overheads(0.003, 0.001).build();
        assertThat(section(List.of(ticked, bare)).conclusions())
                .anySatisfy(c -> assertThat(c).contains("ticks of 0.010 s, 1% of this wall time"));
        RunResult busy = lab.toBuilder().cpuSeconds(0.05).build();
        assertThat(section(List.of(busy, bare)).conclusions())
                .anySatisfy(c -> assertThat(c).contains("5% of one core").contains(": missed"))
                .anySatisfy(c -> assertThat(c).contains("costs more while it waits"));
        assertThat(lab.nature()).isEqualTo(Nature.IO);
    }
}
