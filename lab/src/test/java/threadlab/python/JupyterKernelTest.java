package threadlab.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import threadlab.machine.OnPath;

/**
 * The kernel is asked before the sheets run: nbconvert must answer, and the kernel's Python must
 * import pandas (1.1 or newer) and matplotlib; otherwise one reason says what is missing. The
 * stand-in jupyter answers as a Jupyter whose kernel lacks pandas does (pipx, Homebrew, conda).
 */
class JupyterKernelTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in for jupyter is a /bin/sh script, which Windows does not run")
    void aKernelWithoutPandasIsNamedWithItsPython() throws Exception {
        Path jupyter = fakeJupyter("3.12.4 - 3.9.0 /opt/homebrew/opt/python@3.12/bin/python3.12");

        JupyterKernel kernel = JupyterKernel.check(Optional.of(jupyter), null);

        assertThat(kernel.ready()).isFalse();
        assertThat(kernel.nbconvert()).isEqualTo("7.16.4");
        assertThat(kernel.problem())
                .isEqualTo("its kernel's Python (/opt/homebrew/opt/python@3.12/bin/python3.12) lacks pandas");
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in for jupyter is a /bin/sh script, which Windows does not run")
    void aPandasOlderThanTheSheetsNeedIsNamed() throws Exception {
        JupyterKernel kernel =
                JupyterKernel.check(Optional.of(fakeJupyter("3.8.10 1.0.5 3.1.3 /usr/bin/python3")), null);

        assertThat(kernel.problem()).isEqualTo("its kernel's pandas is 1.0.5, older than the 1.1 the sheets need");
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in for jupyter is a /bin/sh script, which Windows does not run")
    void aJupyterWithoutNbconvertIsNamed() throws Exception {
        Path jupyter = Files.writeString(
                dir.resolve("jupyter"),
                "#!/bin/sh\necho \"Jupyter command jupyter-nbconvert not found.\" >&2\nexit 1\n");
        assertThat(jupyter.toFile().setExecutable(true)).isTrue();

        JupyterKernel kernel = JupyterKernel.check(Optional.of(jupyter), null);

        assertThat(kernel.problem())
                .startsWith("'" + jupyter
                        + " nbconvert' does not run (exit 1: Jupyter command jupyter-nbconvert not found.");
    }

    @Test
    void theRealKernelIfAnyAnswersWithItsVersions() throws Exception {
        assumeTrue(OnPath.find("jupyter").isPresent(), "no jupyter on PATH");
        JupyterKernel kernel = JupyterKernel.check(Path.of("..", "notebooks", "01_threads_vs_processes.ipynb"));

        assertThat(kernel.nbconvert()).as(String.valueOf(kernel.problem())).isNotNull();
        assertThat(kernel.python()).as(String.valueOf(kernel.problem())).matches("3\\.\\d+\\.\\d+");
        if (kernel.ready()) {
            assertThat(kernel.pandas()).isNotNull();
            assertThat(kernel.matplotlib()).isNotNull();
        }
    }

    /** A jupyter that answers nbconvert's version, and executes the probe as a kernel answering {@code answer} would. */
    private Path fakeJupyter(String answer) throws Exception {
        String notebook =
                "{\"cells\": [{\"cell_type\": \"code\", \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\","
                        + " \"text\": [\"" + JupyterKernel.MARK + " " + answer + "\\\\n\"]}]}]}";
        Path jupyter = Files.writeString(dir.resolve("jupyter"), """
                #!/bin/sh
                case "$*" in
                  "nbconvert --version") echo 7.16.4 ;;
                  *--execute*) echo '%s' ;;
                  *) exit 2 ;;
                esac
                """.formatted(notebook));
        assertThat(jupyter.toFile().setExecutable(true)).isTrue();
        return jupyter;
    }
}
