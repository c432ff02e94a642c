package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import threadlab.ipc.IpcFolder;

/**
 * A parent killed with SIGKILL (no shutdown hook runs) leaves no worker alive 5 s later, over pipes
 * or shared memory; the mapped files it could not remove are removed by the next run.
 */
@ExtendWith(NoChildLeftBehind.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ParentDeathTest {

    @Test
    void workersDieWithTheirParent() throws Exception {
        List<Long> workers = startAndKill(ChildJvm.bare().command(List.of(), OrphanedPoolMain.class.getName()), null);
        assertAllDead(workers);
    }

    @Test
    void workersOverSharedMemoryDieWithTheirParentAndTheNextRunRemovesItsMappedFiles() throws Exception {
        long[] parentPid = new long[1];
        List<Long> workers = startAndKill(
                ChildJvm.bare().command(List.of(), OrphanedPoolMain.class.getName(), "shared-memory"), parentPid);
        assertAllDead(workers);
        String prefix = parentPid[0] + "-";
        try (var entries = Files.list(IpcFolder.root())) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .as("the killed parent's folder, before the next run")
                    .anyMatch(name -> name.startsWith(prefix));
        }
        try (IpcFolder next = IpcFolder.create()) {
            try (var entries = Files.list(IpcFolder.root())) {
                assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(prefix));
            }
        }
    }

    /** Starts the parent, reads its workers' pids, kills it (SIGKILL: no hook runs). */
    private static List<Long> startAndKill(List<String> command, long[] pidOut) throws Exception {
        Process parent = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (pidOut != null) {
            pidOut[0] = parent.pid();
        }
        List<Long> workers;
        try (var out = new BufferedReader(new InputStreamReader(parent.getInputStream()))) {
            String line = out.readLine();
            assertThat(line).startsWith("workers ");
            workers = Arrays.stream(line.substring("workers ".length()).split(" "))
                    .map(Long::parseLong)
                    .toList();
            assertThat(workers)
                    .allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());
            parent.destroyForcibly().waitFor();
        }
        return workers;
    }

    private static void assertAllDead(List<Long> workers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (workers.stream().anyMatch(ParentDeathTest::alive) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(workers).noneMatch(ParentDeathTest::alive);
    }

    private static boolean alive(long pid) {
        return Liveness.running(pid);
    }
}
