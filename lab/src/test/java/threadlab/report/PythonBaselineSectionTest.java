package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static threadlab.report.SyntheticRuns.cpu;
import static threadlab.report.SyntheticRuns.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.result.RunResult;

/**
 * The python-baseline section computes its comparison from the run's own rows, Python's and the
 * JVM's cpu-scaling alike; a skipped baseline is said, not hidden; executed notebooks are linked.
 */
class PythonBaselineSectionTest {

    @TempDir
    Path dir;

    @Test
    void theHeadlineSetsPythonsThreadsAndProcessesBesideTheJvmsThreadsFromTheSameRun() throws Exception {
        List<RunResult> runs = new ArrayList<>(javaCpu(0.513));
        runs.addAll(python(2.0, 1.053));
        Report report = ReportBuilder.build(RunFolder.read(SyntheticRuns.writeRun(dir, "both", runs)));

        Section python = section(report, "python-baseline");
        assertThat(python.headline())
                .isEqualTo("On CPU work (cpu:work=180000) with 2 workers on 2 cores, Python threads reached 1.00x;"
                        + " Python processes 1.90x; the JVM's platform-pool:2 1.95x (cpu-scaling).");
        assertThat(python.conclusions())
                .contains(
                        "The classic demo, 3 x sleep:ms=300: sequential 0.905 s, python-thread-pool:3 0.302 s and python-process-pool:3 0.304 s.");
        assertThat(python.charts()).hasSize(2);
    }

    @Test
    void otherNumbersGiveOtherWordsAndAMissingJvmSideIsSaid() throws Exception {
        Report report =
                ReportBuilder.build(RunFolder.read(SyntheticRuns.writeRun(dir, "python-only", python(1.0, 2.0))));

        assertThat(section(report, "python-baseline").headline())
                .isEqualTo(
                        "On CPU work (cpu:work=180000) with 2 workers on 2 cores,"
                                + " Python threads reached 2.00x; Python processes 1.00x; no cpu-scaling run here to set the JVM beside them.");
    }

    @Test
    void aSkippedBaselineIsASectionThatSaysWhy() throws Exception {
        Path run = SyntheticRuns.writeRun(dir, "skipped", javaCpu(0.6));
        Files.writeString(
                run.resolve("python-baseline.json"),
                "{\"schema\":\"threadlab.results/1\",\"experiment\":\"python-baseline\",\"skipped\":\"no python3 on PATH\",\"runs\":[]}");

        Section python = section(ReportBuilder.build(RunFolder.read(run)), "python-baseline");
        assertThat(python.notes()).containsExactly("Skipped in this run: no python3 on PATH.");
    }

    @Test
    void executedNotebooksAreLinkedFromThePage() throws Exception {
        Path run = SyntheticRuns.writeRun(dir, "with-notebooks", javaCpu(0.6));
        Files.createDirectories(run.resolve("notebooks"));
        Files.writeString(run.resolve("notebooks/01_threads_vs_processes.html"), "<html></html>");
        Files.writeString(run.resolve("notebooks/notes.txt"), "not a sheet");

        String page = HtmlWriter.render(ReportBuilder.build(RunFolder.read(run)));
        assertThat(page)
                .contains(
                        "<a href=\"../notebooks/01_threads_vs_processes.html\">../notebooks/01_threads_vs_processes.html</a>")
                .doesNotContain("notes.txt");
    }

    @Test
    void aRunWithoutNotebooksHasNoNotebookSection() throws Exception {
        Report report = ReportBuilder.build(RunFolder.read(SyntheticRuns.writeRun(dir, "plain", javaCpu(0.6))));
        assertThat(report.sections()).noneMatch(s -> s.id().equals("notebooks"));
    }

    private static Section section(Report report, String id) {
        return report.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** cpu-scaling's JVM rows: sequential 1.0 s, platform-pool:2 as given. */
    private static List<RunResult> javaCpu(double poolOfTwo) {
        return List.of(
                cpu("cpu-scaling", "cpu:work=4500000", "sequential", 16, 1, 0.0625, 1.0),
                cpu("cpu-scaling", "cpu:work=4500000", "platform-pool:1", 16, 1, 0.0625, 1.0),
                cpu("cpu-scaling", "cpu:work=4500000", "platform-pool:2", 16, 2, 0.0625, poolOfTwo));
    }

    /** python-baseline's rows: the demo, then CPU work with sequential at 2.0 s. */
    private static List<RunResult> python(double threadsOfTwo, double processesOfTwo) {
        return List.of(
                io("python-baseline", "sleep:ms=300", 0.3, "sequential", 3, 1, 0.905),
                io("python-baseline", "sleep:ms=300", 0.3, "python-thread-pool:3", 3, 3, 0.302),
                io("python-baseline", "sleep:ms=300", 0.3, "python-process-pool:3", 3, 3, 0.304),
                cpu("python-baseline", "cpu:work=180000", "sequential", 8, 1, 0.25, 2.0),
                cpu("python-baseline", "cpu:work=180000", "python-thread-pool:1", 8, 1, 0.25, 2.0),
                cpu("python-baseline", "cpu:work=180000", "python-process-pool:1", 8, 1, 0.25, 2.0),
                cpu("python-baseline", "cpu:work=180000", "python-thread-pool:2", 8, 2, 0.25, threadsOfTwo),
                cpu("python-baseline", "cpu:work=180000", "python-process-pool:2", 8, 2, 0.25, processesOfTwo));
    }
}
