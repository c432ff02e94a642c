package threadlab.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python is asked who it is before the baseline uses it: one too old (Python 2 answering as
 * {@code python}) is named and skipped in one line, one that is not a Python at all (a Store alias
 * offering to install one) is named too, and the first supported candidate wins.
 */
class InterpretersTest {

    @TempDir
    Path dir;

    @Test
    void theFirstSupportedCandidateWinsAndTooOldOnesAreNamed() {
        Interpreters.Answer python2 = Interpreters.parse(List.of("python"), 0, "2.7.18 on C:\\Python27\\python.exe");
        Interpreters.Answer store = Interpreters.parse(
                List.of("python3"),
                9009,
                "Python was not found; run without arguments to install from the Microsoft Store");
        Interpreters.Answer py = Interpreters.parse(List.of("py", "-3"), 0, "3.12.1 on C:\\Python312\\python.exe");

        Interpreters.Choice choice = Interpreters.choose(List.of(store, python2, py));

        assertThat(choice.interpreter().command()).containsExactly("py", "-3");
        assertThat(choice.interpreter().executable()).isEqualTo("C:\\Python312\\python.exe");
        Interpreters.Choice none = Interpreters.choose(List.of(store, python2));
        assertThat(none.interpreter()).isNull();
        assertThat(none.reason())
                .isEqualTo(
                        "python3 is not a working Python (exit 9009: Python was not found; run without"
                                + " arguments to install from the Microsoft Store); python is Python 2.7.18, too old (the baseline needs 3.8 or newer)");
        assertThat(none.reason()).doesNotContain("\n");
    }

    @Test
    void versionsCompareByNumberNotByText() {
        assertThat(Interpreter.atLeast("3.8.18", 3, 8)).isTrue();
        assertThat(Interpreter.atLeast("3.13.0", 3, 8)).isTrue();
        assertThat(Interpreter.atLeast("3.7.16", 3, 8)).isFalse();
        assertThat(Interpreter.atLeast("2.7.18", 3, 8)).isFalse();
        assertThat(Interpreter.atLeast("4.0.0", 3, 8)).isTrue();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in is a /bin/sh script, which Windows does not run")
    void aCandidateIsAskedFromAnArgumentListAndItsAnswerRead() throws Exception {
        Path fake = script("fake-python2", "[ \"$1\" = -c ] && printf '2.7.18 on /opt/python2/bin/python'; exit 0");

        Interpreters.Answer answer = Interpreters.ask(List.of(fake.toString()));

        assertThat(answer.interpreter()).isNotNull();
        assertThat(answer.interpreter().version()).isEqualTo("2.7.18");
        assertThat(answer.interpreter().supported()).isFalse();
        assertThat(Interpreters.ask(List.of(dir.resolve("absent").toString())).problem())
                .startsWith("does not start");
    }

    @Test
    void theProbeParsesInTheRealPythonAndNamesItsGil() {
        Interpreters.Choice choice = Interpreters.forBaseline();
        assumeTrue(choice.interpreter() != null, "no supported Python here: " + choice.reason());

        assertThat(choice.interpreter().version()).matches("3\\.\\d+\\.\\d+");
        assertThat(choice.interpreter().gil()).isIn("on", "off", "on-again");
        assertThat(Path.of(choice.interpreter().executable())).exists();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "forces an ASCII locale through POSIX locale variables")
    void aPythonWhoseLocaleIsAsciiStillWritesItsPipeInUtf8AsTheLabStartsIt() throws Exception {
        Interpreters.Choice choice = Interpreters.forBaseline();
        assumeTrue(choice.interpreter() != null, "no supported Python here: " + choice.reason());
        List<String> command = new java.util.ArrayList<>(choice.interpreter().command());
        command.addAll(List.of("-c", "import sys; sys.stdout.write(sys.stdout.encoding + ' \\u00b5s \\u2192')"));

        ProcessBuilder asLab = new ProcessBuilder(command).redirectErrorStream(true);
        asciiLocale(asLab);
        PythonBaseline.environment(asLab);
        ProcessBuilder plain = new ProcessBuilder(command).redirectErrorStream(true);
        asciiLocale(plain);

        assertThat(output(asLab)).isEqualTo("utf-8 µs →");
        assertThat(output(plain))
                .as("the same Python without the lab's setting cannot write it")
                .doesNotContain("µs →");
    }

    /** What a console in a legacy code page amounts to: a locale whose encoding has no µ. */
    private static void asciiLocale(ProcessBuilder builder) {
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("PYTHONCOERCECLOCALE", "0");
        builder.environment().put("PYTHONUTF8", "0");
        builder.environment().remove("PYTHONIOENCODING");
    }

    private static String output(ProcessBuilder builder) throws IOException, InterruptedException {
        Process p = builder.start();
        p.getOutputStream().close();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    private Path script(String name, String body) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }
}
