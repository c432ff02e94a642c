package threadlab.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IpcFolderTest {

    /** A process that ran and ended: its stamp names nobody alive. */
    private static OwnerStamp deadOwner() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        OwnerStamp stamp = OwnerStamp.of(p.toHandle());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return stamp;
    }

    @Test
    void aFolderLeftByAKilledRunIsRemovedByTheNextRunAndItsOwnFolderGoesAtClose() throws Exception {
        Path root = IpcFolder.root();
        Files.createDirectories(root);
        Path stale = Files.createDirectories(root.resolve(deadOwner().token() + "-left"));
        Files.writeString(stale.resolve("echo.map"), "old bytes");
        Path noOwner = Files.createDirectories(root.resolve("not-a-run"));
        Path dir;
        try (IpcFolder folder = IpcFolder.create()) {
            dir = folder.dir();
            assertThat(stale).doesNotExist();
            assertThat(noOwner).doesNotExist();
            Files.writeString(folder.file("x"), "x");
        }
        assertThat(dir).doesNotExist();
        assertThat(OwnFolders.list()).isEmpty();
    }

    @Test
    void aLiveRunsFolderIsKept() throws Exception {
        try (IpcFolder mine = IpcFolder.create(); IpcFolder second = IpcFolder.create()) {
            assertThat(mine.dir()).exists();
            assertThat(second.dir()).exists();
        }
    }

    @Test
    void aStaleMappedFileIsReplacedAndNeverTrusted() throws Exception {
        try (IpcFolder folder = IpcFolder.create()) {
            Path file = folder.file("counter.map");
            ByteBuffer header = ByteBuffer.allocate(8192);
            deadOwner().writeTo(header, 0);
            Files.write(file, header.array());
            assertThatThrownBy(() -> MappedRegion.open(file, ProcessHandle.current().pid()))
                    .isInstanceOf(IOException.class).hasMessageContaining("not by running parent");
            MappedRegion fresh = MappedRegion.create(file, 64);
            assertThat(MappedRegion.readStamp(file)).contains(OwnerStamp.current());
            assertThat(fresh.buffer().capacity()).isEqualTo(MappedRegion.BODY + 64);
            assertThat(MappedRegion.open(file, ProcessHandle.current().pid()).buffer().capacity()).isEqualTo(MappedRegion.BODY + 64);
        }
    }

    @Test
    void aFileWithoutTheMagicIsRefusedAndOneOwnedByAnotherLiveProcessIsNotTaken() throws Exception {
        try (IpcFolder folder = IpcFolder.create()) {
            Path garbage = folder.file("garbage.map");
            Files.write(garbage, new byte[8192]);
            assertThatThrownBy(() -> MappedRegion.open(garbage, ProcessHandle.current().pid())).hasMessageContaining("no magic");

            Path taken = folder.file("taken.map");
            ByteBuffer header = ByteBuffer.allocate(8192);
            OwnerStamp.of(ProcessHandle.current().parent().orElseThrow()).writeTo(header, 0);
            Files.write(taken, header.array());
            assertThatThrownBy(() -> MappedRegion.create(taken, 64)).hasMessageContaining("belongs to running process");
        }
    }

    @Test
    void stampsRoundTripThroughNames() {
        OwnerStamp me = OwnerStamp.current();
        assertThat(OwnerStamp.fromToken(me.token() + "-abc")).contains(me);
        assertThat(OwnerStamp.fromToken("nothing")).isEmpty();
        assertThat(me.alive()).isTrue();
        assertThat(List.of(Channel.values())).extracting(Channel::label)
                .containsExactly("pipe", "tcp", "unix-socket", "shared-memory");
    }
}
