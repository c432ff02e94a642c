package threadlab.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import threadlab.files.DeadOwner;
import threadlab.files.LabFolder;
import threadlab.files.Os;
import threadlab.files.OwnerStamp;

class IpcFolderTest {

    @Test
    void aFolderLeftByAKilledRunIsRemovedByTheNextRunAnEntryWithoutAStampIsKeptAndItsOwnFolderGoesAtClose()
            throws Exception {
        Path root = LabFolder.IPC.ensure();
        Path stale = Files.createDirectories(root.resolve(DeadOwner.stamp().name("ipc-1")));
        Files.writeString(stale.resolve("echo.map"), "old bytes");
        Path noOwner = Files.createDirectories(root.resolve("not-a-run"));
        Path dir;
        Path sockets;
        try (IpcFolder folder = IpcFolder.create()) {
            dir = folder.dir();
            assertThat(stale).doesNotExist();
            assertThat(noOwner)
                    .as("an entry without a stamp is not the lab's to delete")
                    .exists();
            Files.writeString(folder.file("x"), "x");
            sockets = folder.socket("echo").getParent();
            assertThat(sockets.getParent()).isEqualTo(LabFolder.SOCKETS.path());
        } finally {
            Files.delete(noOwner);
        }
        assertThat(dir).doesNotExist();
        assertThat(sockets).doesNotExist();
        assertThat(OwnFolders.leftBehind()).isEmpty();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX modes")
    void itsFoldersMappedFilesAndSocketFilesAreTheOwnersAlone() throws Exception {
        assumeTrue(Channel.UNIX.available(), "no Unix domain sockets here");
        try (IpcFolder folder = IpcFolder.create();
                ChannelListener mapped = ChannelListener.open(Channel.SHARED_MEMORY, folder, "m");
                ChannelListener socket = ChannelListener.open(Channel.UNIX, folder, "u")) {
            assertThat(modeOf(folder.dir())).isEqualTo("rwx------");
            assertThat(modeOf(mapped.mappedFile())).isEqualTo("rw-------");
            assertThat(modeOf(folder.socketDir())).isEqualTo("rwx------");
            assertThat(modeOf(Path.of(socket.address()))).isEqualTo("rw-------");
            assertThat(UnixSocketPaths.bytes(Path.of(socket.address())))
                    .isLessThanOrEqualTo(UnixSocketPaths.maxPathBytes(Os.current()));
        }
    }

    private static String modeOf(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void theSocketPathLimitIsTheOsesLessTheTwoBytesTheJdkKeepsBack() throws Exception {
        assertThat(UnixSocketPaths.maxPathBytes(Os.MAC)).isEqualTo(102);
        assertThat(UnixSocketPaths.maxPathBytes(Os.LINUX)).isEqualTo(106);
        assertThat(UnixSocketPaths.maxPathBytes(Os.WINDOWS)).isEqualTo(106);
        Path tooLong = Path.of("/" + "x".repeat(UnixSocketPaths.maxPathBytes(Os.current())));
        assertThatThrownBy(() -> UnixSocketPaths.requireFits(tooLong))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("over this OS's " + UnixSocketPaths.maxPathBytes(Os.current()))
                .hasMessageContaining("threadlab.socketRoot");
        UnixSocketPaths.requireFits(Path.of("/" + "x".repeat(UnixSocketPaths.maxPathBytes(Os.current()) - 1)));
    }

    @Test
    void aLiveRunsFolderIsKept() throws Exception {
        try (IpcFolder mine = IpcFolder.create();
                IpcFolder second = IpcFolder.create()) {
            assertThat(mine.dir()).exists();
            assertThat(second.dir()).exists();
        }
    }

    @Test
    void aStaleMappedFileIsReplacedAndNeverTrusted() throws Exception {
        try (IpcFolder folder = IpcFolder.create()) {
            Path file = folder.file("counter.map");
            ByteBuffer header = ByteBuffer.allocate(8192);
            DeadOwner.stamp().writeTo(header, 0);
            Files.write(file, header.array());
            assertThatThrownBy(() ->
                            MappedRegion.open(file, ProcessHandle.current().pid()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("not by running parent");
            MappedRegion fresh = MappedRegion.create(file, 64);
            assertThat(MappedRegion.readStamp(file)).contains(OwnerStamp.current());
            assertThat(fresh.buffer().capacity()).isEqualTo(MappedRegion.BODY + 64);
            assertThat(MappedRegion.open(file, ProcessHandle.current().pid())
                            .buffer()
                            .capacity())
                    .isEqualTo(MappedRegion.BODY + 64);
        }
    }

    @Test
    void aFileWithoutTheMagicIsRefusedAndOneOwnedByAnotherLiveProcessIsNotTaken() throws Exception {
        try (IpcFolder folder = IpcFolder.create()) {
            Path garbage = folder.file("garbage.map");
            Files.write(garbage, new byte[8192]);
            assertThatThrownBy(() ->
                            MappedRegion.open(garbage, ProcessHandle.current().pid()))
                    .hasMessageContaining("no magic");

            Path taken = folder.file("taken.map");
            ByteBuffer header = ByteBuffer.allocate(8192);
            OwnerStamp.of(ProcessHandle.current().parent().orElseThrow()).writeTo(header, 0);
            Files.write(taken, header.array());
            assertThatThrownBy(() -> MappedRegion.create(taken, 64)).hasMessageContaining("belongs to running process");
        }
    }

    @Test
    void theChannelsAreTheFourTheLabMeasures() {
        assertThat(List.of(Channel.values()))
                .extracting(Channel::label)
                .containsExactly("pipe", "tcp", "unix-socket", "shared-memory");
    }
}
