package threadlab.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import threadlab.child.ChildJvm;
import threadlab.child.Liveness;

/**
 * The Python baseline and its process pool's workers end within 5 s of the death of the process
 * that started them, even by SIGKILL, as the lab's child JVMs do: they watch the end of their
 * standard input, which the OS closes when the parent dies, on every OS. Also when the parent
 * died before the interpreter started (a launcher or a version-manager shim can take a moment):
 * then the script ends as soon as it reads its input.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BaselineDiesWithParentTest {

    /** The exit status of the script's stdin watch. */
    private static final int WATCH_EXIT = 4;

    @TempDir
    Path dir;

    @Test
    void pythonAndItsPoolWorkersDieWithTheirParent() throws Exception {
        Interpreter python = supportedPython();
        List<String> command =
                new ArrayList<>(List.of(dir.resolve("python-baseline.json").toString(), "full"));
        command.addAll(python.command());
        Process parent = new ProcessBuilder(ChildJvm.bare()
                        .command(List.of(), OrphanedBaselineMain.class.getName(), command.toArray(String[]::new)))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path scriptFolder = null;
        try (var out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("python ");
            String[] words = line.split(" ", 3);
            long pythonPid = Long.parseLong(words[1]);
            scriptFolder = Path.of(words[2]);
            // The classic demo's process pool starts after the sequential and thread-pool rounds: the script
            // announces it, then starts it. Only then are the interpreter's children its pool's workers
            // (before, a shim's helpers can be its children).
            for (line = out.readLine();
                    line != null && !line.startsWith("-- python-process-pool:3");
                    line = out.readLine()) {
                // the sequential and thread-pool rounds
            }
            assertThat(line).as("the script announced its process pool").isNotNull();
            Set<Long> family = new HashSet<>(List.of(pythonPid));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (family.size() < 2 && System.nanoTime() < deadline && Liveness.running(pythonPid)) {
                ProcessHandle.of(pythonPid).ifPresent(p -> p.descendants().forEach(d -> family.add(d.pid())));
                Thread.sleep(10);
            }
            assertThat(family).as("python and its pool workers").hasSizeGreaterThan(1);
            assertThat(family).as("all running when the parent is killed").allMatch(Liveness::running);

            parent.destroyForcibly().waitFor();

            long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (family.stream().anyMatch(Liveness::running) && System.nanoTime() < gone) {
                Thread.sleep(20);
            }
            assertThat(family).noneMatch(Liveness::running);
        } finally {
            parent.destroyForcibly();
            // A parent killed by SIGKILL cannot delete the script it extracted: the test does.
            if (scriptFolder != null) {
                try (var files = Files.walk(scriptFolder)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    @Test
    void theScriptEndsAtOnceWhenItsStandardInputIsClosedBeforeItStarts() throws Exception {
        Interpreter python = supportedPython();
        try (BaselineScript script = BaselineScript.extract()) {
            List<String> command = new ArrayList<>(python.command());
            command.addAll(List.of(
                    script.file().toString(),
                    "--out",
                    dir.resolve("python-baseline.json").toString(),
                    "--exit-when-stdin-closes"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            PythonBaseline.environment(builder);
            Process process = builder.start();
            process.getOutputStream().close();
            try {
                // The full profile runs for minutes; ended by its watch, the script exits with the watch's status.
                assertThat(process.waitFor(90, TimeUnit.SECONDS))
                        .as("the script ended")
                        .isTrue();
                assertThat(process.exitValue()).as("ended by its stdin watch").isEqualTo(WATCH_EXIT);
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static Interpreter supportedPython() {
        Interpreters.Choice choice = Interpreters.forBaseline();
        assumeTrue(choice.interpreter() != null, () -> "no Python " + Interpreter.minimum() + ": " + choice.reason());
        return choice.interpreter();
    }
}
