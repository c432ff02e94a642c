package threadlab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** A parent killed with SIGKILL (no shutdown hook runs) leaves no worker alive 5 s later. */
@ExtendWith(NoChildLeftBehind.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ParentDeathTest {

    @Test
    void workersDieWithTheirParent() throws Exception {
        Process parent = new ProcessBuilder(ChildJvm.bare().command(List.of(), OrphanedPoolMain.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> workers;
        try (var out = new BufferedReader(new InputStreamReader(parent.getInputStream()))) {
            String line = out.readLine();
            assertThat(line).startsWith("workers ");
            workers = Arrays.stream(line.substring("workers ".length()).split(" ")).map(Long::parseLong).toList();
            assertThat(workers).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());

            parent.destroyForcibly().waitFor();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (workers.stream().anyMatch(ParentDeathTest::alive) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(workers).noneMatch(ParentDeathTest::alive);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
