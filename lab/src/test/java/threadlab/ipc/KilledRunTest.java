package threadlab.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.child.ChildJvm;
import threadlab.files.LabFolder;
import threadlab.files.StampedFolder;

/**
 * A run killed with SIGKILL cleans up nothing: its mapped-file folder, socket folder and scratch
 * folder stay, stamped with its pid and start time, until the next run of the lab that makes a
 * folder in the same place finds their owner gone and removes them.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class KilledRunTest {

    @Test
    void whatAKilledRunLeftIsRemovedByTheNextRun() throws Exception {
        assumeTrue(Channel.UNIX.available(), "no Unix domain sockets here");
        List<String> command = ChildJvm.bare()
                .command(
                        List.of(
                                "-D" + LabFolder.IPC.property() + "=" + LabFolder.IPC.path(),
                                "-D" + LabFolder.SOCKETS.property() + "=" + LabFolder.SOCKETS.path()),
                        LeftBehindMain.class.getName());
        Process run = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path files;
        Path sockets;
        Path scratch;
        try (var out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            files = Path.of(out.readLine());
            sockets = Path.of(out.readLine());
            scratch = Path.of(out.readLine());
        } finally {
            run.destroyForcibly();
            run.waitFor();
        }
        assertThat(List.of(files, sockets, scratch))
                .as("left by the killed run")
                .allSatisfy(p -> assertThat(p).isDirectory());
        assertThat(files.resolve("echo.map")).exists();
        assertThat(sockets.resolve("echo.sock")).exists();

        try (IpcFolder next = IpcFolder.create()) {
            assertThat(files).doesNotExist();
            next.socket("echo");
            assertThat(sockets).doesNotExist();
        }
        try (StampedFolder next = StampedFolder.create(LabFolder.IPC, "dump")) {
            assertThat(scratch).doesNotExist();
        }
    }
}
