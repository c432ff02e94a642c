package threadlab.lesson.ipcchannels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import threadlab.files.LabFolder;
import threadlab.files.MacLengthTempFolder;
import threadlab.files.OwnerStamp;
import threadlab.ipc.Channel;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * Linux standing in for a Mac ({@link MacLengthTempFolder}): a socket file in the IPC folder would
 * be too long for macOS, and the lab's own socket paths are not. The IPC lessons' own tests run
 * the same way: {@code EchoOverTest} (ipc-channels), {@code IncrementInChildrenTest}
 * (shared-memory-counter), {@code PoolTransportTest} (the pool over every transport, as ipc runs it).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "stands in for macOS: POSIX paths")
@ExtendWith(MacLengthTempFolder.class)
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class LongTempFolderTest {

    /** macOS's {@code sun_path} holds 104 bytes, and the JDK keeps two back. */
    private static final int MAC_SOCKET_PATH_BYTES = 102;

    @TempDir
    Path base;

    private static int bytes(Path p) {
        return p.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aSocketInTheIpcFolderWouldBeTooLongForMacOsTheLabsOwnAreShortEnough() {
        assertThat(LabFolder.IPC.path().startsWith(Path.of(System.getProperty("java.io.tmpdir"))))
                .as("the IPC folder is under the temp folder")
                .isTrue();
        assertThat(System.getProperty("java.io.tmpdir")).endsWith(MacLengthTempFolder.MAC_TMP);
        Path inIpcFolder =
                LabFolder.IPC.path().resolve(OwnerStamp.current().name("ipc-1")).resolve("worker-1.sock");
        assertThat(bytes(inIpcFolder)).isGreaterThan(MAC_SOCKET_PATH_BYTES);
        Path longest = LabFolder.SOCKETS
                .path()
                .resolve(OwnerStamp.current().name("s-999999"))
                .resolve("worker-999999.sock");
        assertThat(bytes(longest)).isLessThanOrEqualTo(MAC_SOCKET_PATH_BYTES);
        assertThat(Channel.UNIX.available()).isTrue();
    }

    @Test
    void aSocketFolderTooDeepForTheOsMakesTheChannelAbsentNotAFailure() throws Exception {
        Path deep = Files.createDirectories(base.resolve("d".repeat(100)).resolve("sockets"));
        String old = System.setProperty(LabFolder.SOCKETS.property(), deep.toString());
        try {
            assertThat(Channel.UNIX.available()).isFalse();
            try (Workload small = Workloads.create("message:bytes=8");
                    EchoOver mode = new EchoOver(Channel.UNIX)) {
                TaskProbe probe = new TaskProbe();
                mode.run(small, 10, probe);
                assertThat(probe.completed()).isZero();
            }
        } finally {
            if (old == null) {
                System.clearProperty(LabFolder.SOCKETS.property());
            } else {
                System.setProperty(LabFolder.SOCKETS.property(), old);
            }
        }
    }
}
