package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.experiment.ExperimentRunner;
import threadlab.experiment.Trial;
import threadlab.measure.Host;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.mode.Modes;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.Workload;

/**
 * A mode the machine cannot run (as ipc-channels meets a channel the OS lacks) is "not measured
 * here": its run says why, nothing failed, the exit code stays 0, the printed table and the report
 * show it as absent, beside the runs that were measured. The stand-in mode says what
 * {@code EchoOver} says on an OS without Unix domain sockets.
 */
class NotMeasuredHereTest {

    @TempDir
    Path dir;

    /** What EchoOver does where {@code Channel.available()} is false. */
    static final class LackingChannel implements Mode {
        @Override
        public String id() {
            return "echo:unix-socket";
        }

        @Override
        public int concurrency(int tasks) {
            return 1;
        }

        @Override
        public void run(Workload workload, int tasks, TaskProbe probe) {
            probe.notMeasured("unix-socket is not available on this OS");
        }
    }

    @Test
    void aModeTheMachineLacksIsAbsentNotFailed() throws Exception {
        Path runDir = Files.createDirectories(dir.resolve("absent"));
        Results start = new Results(
                Results.SCHEMA, "absent", "ipc-channels", LocalDateTime.now().toString(), Host.jvm(), List.of());
        ExperimentRunner runner = new ExperimentRunner(
                runDir, start, new ExperimentRunner.Listener() {}, new PrintWriter(new StringWriter(), true));
        runner.run(
                "ipc-channels",
                List.of(
                        Trial.of("message:bytes=8", Modes.parse("sequential"), 100, 1),
                        Trial.of("message:bytes=8", new LackingChannel(), 100, 2)),
                false,
                null);

        List<RunResult> runs = ResultsFile.read(runDir).runs();
        assertThat(runs).hasSize(3);
        RunResult absent = runs.get(2);
        assertThat(absent.notMeasured()).isEqualTo("unix-socket is not available on this OS");
        assertThat(absent.failed()).isZero();
        assertThat(absent.error())
                .as("not a failure, and no checksum mismatch either")
                .isNull();
        assertThat(RunCommand.failedRuns(runs)).isZero();

        StringWriter table = new StringWriter();
        ResultTable.print(new PrintWriter(table, true), runs);
        assertThat(table.toString())
                .containsPattern("echo:unix-socket\\s+2  not measured here: unix-socket is not available on this OS");

        CliRun report = CliRun.of("report", runDir.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String summary = Files.readString(runDir.resolve("report/summary.md"));
        assertThat(summary)
                .contains("| echo:unix-socket | 2 | not measured here |")
                .contains(
                        "Not measured here (this machine lacks what they need; not failures): echo:unix-socket on message:bytes=8"
                                + " (unix-socket is not available on this OS).")
                .contains("2 run(s) were not measured here")
                .doesNotContain("failed or gave a wrong checksum");
    }
}
