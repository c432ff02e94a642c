package threadlab.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sheet is executed with the run folder in THREADLAB_RUN; one that raises is reported and
 * the others still run; without Jupyter, or with a kernel that cannot run the sheets, nothing
 * runs and one line says so.
 */
class NotebooksTest {

    @TempDir
    Path dir;

    @Test
    void withoutJupyterNothingRunsAndOneLineSaysSo() throws Exception {
        StringWriter console = new StringWriter();

        Notebooks.Outcome outcome = Notebooks.run(
                sheets("01_a", "02_b"),
                run(),
                new PrintWriter(console, true),
                JupyterKernel.check(Optional.empty(), null));

        assertThat(outcome.skipped()).isTrue();
        assertThat(console.toString().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("notebooks: skipped, no 'jupyter' on PATH");
    }

    @Test
    void aKernelWithoutPandasIsOneLineAndNothingRuns() throws Exception {
        StringWriter console = new StringWriter();
        JupyterKernel lacking = new JupyterKernel(
                dir.resolve("jupyter"),
                "7.16.4",
                "3.12.4",
                null,
                "3.9.0",
                "its kernel's Python (/opt/homebrew/bin/python3) lacks pandas");

        Notebooks.Outcome outcome = Notebooks.run(sheets("01_a"), run(), new PrintWriter(console, true), lacking);

        assertThat(outcome.skipped()).isTrue();
        assertThat(outcome.executed()).isEmpty();
        assertThat(console.toString().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("notebooks: skipped, its kernel's Python (/opt/homebrew/bin/python3) lacks pandas (");
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in for python or jupyter is a /bin/sh script, which Windows does not run")
    void aSheetThatRaisesIsReportedAndTheOthersStillRun() throws Exception {
        Path run = run();
        // A stand-in for jupyter: records the run folder it was given, and fails on the sheet named 02_b.
        Path jupyter = Files.writeString(dir.resolve("jupyter"), """
                #!/bin/sh
                for last; do :; done
                echo "$THREADLAB_RUN" >> "%s/seen"
                case "$last" in *02_b.ipynb) echo "Traceback: ZeroDivisionError" >&2; exit 1;; esac
                exit 0
                """.formatted(dir));
        assertThat(jupyter.toFile().setExecutable(true)).isTrue();
        StringWriter console = new StringWriter();

        JupyterKernel ready = new JupyterKernel(jupyter, "6.5.3", "3.11.2", "1.5.3", "3.6.3", null);

        Notebooks.Outcome outcome =
                Notebooks.run(sheets("01_a", "02_b", "03_c"), run, new PrintWriter(console, true), ready);

        assertThat(outcome.executed()).containsExactly("01_a", "03_c");
        assertThat(outcome.failed()).containsExactly("02_b");
        assertThat(console.toString()).contains("02_b FAILED").contains("ZeroDivisionError");
        assertThat(Files.readAllLines(dir.resolve("seen")))
                .hasSize(3)
                .allMatch(l -> l.equals(run.toAbsolutePath().normalize().toString()));
        assertThat(run.resolve("notebooks")).isDirectory();
    }

    private Path run() throws Exception {
        return Files.createDirectories(dir.resolve("run"));
    }

    private List<Path> sheets(String... names) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sheets"));
        for (String n : names) {
            Files.writeString(folder.resolve(n + ".ipynb"), "{}");
        }
        Files.writeString(folder.resolve("helper.py"), "");
        return Notebooks.sheets(folder);
    }
}
