package threadlab.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnerStampTest {

    @TempDir
    Path root;

    @Test
    void aStampedNameReadsBackAsItsStampWithOrWithoutAStartTime() {
        OwnerStamp me = OwnerStamp.current();
        assertThat(me.alive()).isTrue();
        assertThat(OwnerStamp.fromName(me.name("ipc-1"))).contains(me);
        OwnerStamp noStart = new OwnerStamp(me.pid(), -1);
        assertThat(noStart.name("ipc-2")).isEqualTo(me.pid() + "-x-ipc-2");
        assertThat(OwnerStamp.fromName(noStart.name("ipc-2"))).contains(noStart);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nothing",
                "not-a-run",
                "thesis",
                "123",
                "123-",
                "123-456",
                "123-456-",
                "123--1-ipc-1",
                "123-abc-ipc-1",
                "-123-456-ipc",
                "123-456-IPC",
                "123-456-ipc/..",
                "123-456-.hidden",
                "12345678901234567890-1-ipc"
            })
    void anyOtherNameCarriesNoStamp(String name) {
        assertThat(OwnerStamp.fromName(name)).isEmpty();
    }

    @Test
    void aLiveRunsFolderIsNeverTakenForStaleEvenWhereTheOsGivesNoStartTime() throws Exception {
        Path live = Files.createDirectory(
                root.resolve(new OwnerStamp(ProcessHandle.current().pid(), -1).name("ipc-1")));
        Path dead = Files.createDirectory(root.resolve(DeadOwner.stamp().name("ipc-1")));
        Path deadWithoutStart = Files.createDirectory(
                root.resolve(new OwnerStamp(DeadOwner.stamp().pid(), -1).name("ipc-1")));
        assertThat(StaleEntries.remove(root)).isEqualTo(2);
        assertThat(live).exists();
        assertThat(dead).doesNotExist();
        assertThat(deadWithoutStart).doesNotExist();
    }
}
