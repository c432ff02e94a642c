package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.result.RunResult;

/** The page as a whole: failures are named where they happened and counted in the summary. */
class ReportBuilderTest {

    @TempDir
    Path temp;

    @Test
    void aFailedRunIsNamedInItsSectionAndCountedInTheSummary() throws IOException {
        RunResult refused = SyntheticRuns.io("io-scaling", "sleep:ms=50", 0.05, "platform-per-task", 1_000, 1_000, 0.4)
                .withError("OS refused thread #812");
        Path run = SyntheticRuns.writeRun(
                temp,
                "failed",
                List.of(SyntheticRuns.io("io-scaling", "sleep:ms=50", 0.05, "virtual", 1_000, 1_000, 0.07), refused));

        Report report = ReportBuilder.build(RunFolder.read(run));

        Section io = report.sections().get(0);
        assertThat(io.notes())
                .containsExactly(
                        "platform-per-task on sleep:ms=50 x 1,000: 1 of 1 run(s) failed: OS refused thread #812");
        assertThat(io.tables().get(0).rows().get(1)).last().isEqualTo("1 failed: OS refused thread #812");
        assertThat(report.summary()).contains("1 of 2 runs failed or gave a wrong checksum");
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aCompleteRunSaysEverythingCompleted() throws IOException {
        Report report = ReportBuilder.build(RunFolder.read(Fixtures.completeRun(temp, "complete")));

        assertThat(report.summary())
                .startsWith("17 run(s) of 7 experiment(s) on Test CPU, 2 cores, JDK 25.0.3+9-LTS.")
                .endsWith("Every run completed, and every checksum that must match did.");
        assertThat(report.sections())
                .extracting(Section::id)
                .containsExactly(
                        "seed",
                        "io-scaling",
                        "cpu-scaling",
                        "mixed-crossover",
                        "contention",
                        "virtual-overhead",
                        "made-up-experiment",
                        "jmh",
                        "jcstress");
        assertThat(report.sections()).allSatisfy(s -> {
            assertThat(s.charts()).as("charts of %s", s.id()).isNotEmpty();
            assertThat(s.tables()).as("tables of %s", s.id()).isNotEmpty();
        });
    }
}
