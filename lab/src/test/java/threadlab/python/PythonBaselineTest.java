package threadlab.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a Python 3 the baseline is skipped in one line and leaves a record saying why; a
 * Python that fails for another reason is an error with its last lines, never a silent skip.
 */
class PythonBaselineTest {

    @TempDir
    Path dir;

    @Test
    void noPythonIsOneLineAndASkipRecordNotAnError() throws Exception {
        StringWriter console = new StringWriter();

        assertThat(PythonBaseline.run(
                        dir, true, new PrintWriter(console, true), Interpreters.Choice.none("no python3 on PATH")))
                .isEmpty();
        assertThat(console.toString().lines())
                .containsExactly(
                        "python-baseline: skipped, no python3 on PATH (install Python 3.8 or newer to see Python's pools beside the JVM's)");
        assertThat(PythonBaseline.skippedReason(dir)).contains("no python3 on PATH");
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in for python or jupyter is a /bin/sh script, which Windows does not run")
    void aPythonTooOldForTheScriptIsASkip() throws Exception {
        Path old = fakePython("echo 'python_baseline.py needs Python 3.8 or newer; this is 3.6.9' >&2; exit 3");
        StringWriter console = new StringWriter();

        assertThat(PythonBaseline.run(dir, true, new PrintWriter(console, true), claimed(old)))
                .isEmpty();
        assertThat(PythonBaseline.skippedReason(dir))
                .hasValueSatisfying(r -> assertThat(r).contains("needs Python 3.8"));
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in for python or jupyter is a /bin/sh script, which Windows does not run")
    void aPythonThatFailsOtherwiseIsAnErrorWithItsLastLines() throws Exception {
        Path broken = fakePython("echo 'Traceback: something broke' >&2; exit 1");

        assertThatThrownBy(
                        () -> PythonBaseline.run(dir, true, new PrintWriter(new StringWriter(), true), claimed(broken)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exited with 1")
                .hasMessageContaining("something broke");
        assertThat(PythonBaseline.skippedReason(dir)).isEmpty();
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in for python or jupyter is a /bin/sh script, which Windows does not run")
    void theScriptIsToldToWriteUtf8AndToEndWithItsStandardInput() throws Exception {
        Path echo = fakePython("echo \"encoding=$PYTHONIOENCODING args=$*\"; exit 1");

        assertThatThrownBy(
                        () -> PythonBaseline.run(dir, true, new PrintWriter(new StringWriter(), true), claimed(echo)))
                .hasMessageContaining("encoding=utf-8")
                .hasMessageContaining("--exit-when-stdin-closes");
    }

    /** A stand-in that is taken for a supported Python without being asked (the asking is InterpretersTest's). */
    private static Interpreters.Choice claimed(Path program) {
        return Interpreters.Choice.of(new Interpreter(List.of(program.toString()), "3.11.0", "on", program.toString()));
    }

    private Path fakePython(String body) throws IOException {
        Path file = Files.writeString(dir.resolve("fake-python"), "#!/bin/sh\n" + body + "\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }
}
