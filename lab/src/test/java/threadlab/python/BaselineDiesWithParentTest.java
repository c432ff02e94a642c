package threadlab.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import threadlab.process.ChildJvm;

/**
 * The Python baseline and its process pool's workers end within 5 s of the death of the process
 * that started them, even by SIGKILL, as the lab's child JVMs do.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BaselineDiesWithParentTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the script watches its parent pid, which never changes on Windows; "
            + "SIGKILL is a Unix signal")
    void pythonAndItsPoolWorkersDieWithTheirParent() throws Exception {
        Optional<Path> python = OnPath.python();
        assumeTrue(python.isPresent(), "no python3 on PATH");
        List<String> command = ChildJvm.bare().command(List.of(), OrphanedBaselineMain.class.getName(),
                python.get().toString(), dir.resolve("python-baseline.json").toString());
        Process parent = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path scriptFolder = null;
        try (var out = new BufferedReader(new InputStreamReader(parent.getInputStream()))) {
            String line = out.readLine();
            assertThat(line).startsWith("python ");
            String[] words = line.split(" ", 3);
            long pythonPid = Long.parseLong(words[1]);
            scriptFolder = Path.of(words[2]);
            // The classic demo's process pool starts after the sequential and thread-pool rounds: wait for its workers.
            Set<Long> family = new HashSet<>(List.of(pythonPid));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (family.size() < 2 && System.nanoTime() < deadline && alive(pythonPid)) {
                ProcessHandle.of(pythonPid).ifPresent(p -> p.descendants().forEach(d -> family.add(d.pid())));
                Thread.sleep(50);
            }
            assertThat(family).as("python and its pool workers").hasSizeGreaterThan(1);

            parent.destroyForcibly().waitFor();

            long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (family.stream().anyMatch(BaselineDiesWithParentTest::alive) && System.nanoTime() < gone) {
                Thread.sleep(20);
            }
            assertThat(family).noneMatch(BaselineDiesWithParentTest::alive);
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

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
