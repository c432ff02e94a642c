package threadlab.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Where each folder goes on each OS (the OS, its environment and properties given, so any OS can be asked here). */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the expected paths are written with '/'")
class LabFolderTest {

    private static final UnaryOperator<String> NO_ENV = name -> null;

    private static UnaryOperator<String> properties(String tmp, String home) {
        return Map.of("java.io.tmpdir", tmp, "user.home", home)::get;
    }

    @Test
    void linuxKeepsMappedFilesInMemorySocketsShortAndTheCacheWhereXdgSays() {
        UnaryOperator<String> props = properties("/tmp", "/home/ada");
        assertThat(LabFolder.IPC.defaultPath(Os.LINUX, NO_ENV, props, "1000", () -> true))
                .isEqualTo(Path.of("/dev/shm/threadlab-1000"));
        assertThat(LabFolder.IPC.defaultPath(Os.LINUX, NO_ENV, props, "1000", () -> false))
                .isEqualTo(Path.of("/tmp/threadlab-1000"));
        assertThat(LabFolder.SOCKETS.defaultPath(
                        Os.LINUX, NO_ENV, properties("/scratch/very/long/tmp", "/home/ada"), "1000", () -> true))
                .isEqualTo(Path.of("/tmp/tl-1000"));
        assertThat(LabFolder.CACHE.defaultPath(Os.LINUX, NO_ENV, props, "1000", () -> true))
                .isEqualTo(Path.of("/home/ada/.cache/threadlab"));
        assertThat(LabFolder.CACHE.defaultPath(
                        Os.LINUX, Map.of("XDG_CACHE_HOME", "/fast/cache")::get, props, "1000", () -> true))
                .isEqualTo(Path.of("/fast/cache/threadlab"));
        assertThat(LabFolder.CACHE.defaultPath(
                        Os.LINUX, Map.of("XDG_CACHE_HOME", "relative/cache")::get, props, "1000", () -> true))
                .as("a relative XDG_CACHE_HOME is ignored, as the spec says")
                .isEqualTo(Path.of("/home/ada/.cache/threadlab"));
    }

    @Test
    void macOsHasNoDevShmALongTempFolderSocketsUnderTmpAndTheCacheInLibraryCaches() {
        String tmp = "/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T";
        UnaryOperator<String> props = properties(tmp, "/Users/ada");
        assertThat(LabFolder.IPC.defaultPath(Os.MAC, NO_ENV, props, "501", () -> true))
                .isEqualTo(Path.of(tmp, "threadlab-501"));
        assertThat(LabFolder.SOCKETS.defaultPath(Os.MAC, NO_ENV, props, "501", () -> true))
                .isEqualTo(Path.of("/tmp/tl-501"));
        assertThat(LabFolder.CACHE.defaultPath(Os.MAC, NO_ENV, props, "501", () -> true))
                .isEqualTo(Path.of("/Users/ada/Library/Caches/threadlab"));
    }

    @Test
    void windowsKeepsEverythingInTheUsersOwnFolders() {
        UnaryOperator<String> props = properties("/C/Users/ada/AppData/Local/Temp", "/C/Users/ada");
        assertThat(LabFolder.IPC.defaultPath(Os.WINDOWS, NO_ENV, props, "ada", () -> false))
                .isEqualTo(Path.of("/C/Users/ada/AppData/Local/Temp/threadlab-ada"));
        assertThat(LabFolder.SOCKETS.defaultPath(Os.WINDOWS, NO_ENV, props, "ada", () -> false))
                .isEqualTo(Path.of("/C/Users/ada/AppData/Local/Temp/tl-ada"));
        assertThat(LabFolder.CACHE.defaultPath(
                        Os.WINDOWS, Map.of("LOCALAPPDATA", "/D/Local")::get, props, "ada", () -> false))
                .isEqualTo(Path.of("/D/Local/threadlab"));
        assertThat(LabFolder.CACHE.defaultPath(Os.WINDOWS, NO_ENV, props, "ada", () -> false))
                .isEqualTo(Path.of("/C/Users/ada/AppData/Local/threadlab"));
    }

    @Test
    void eachFolderHasItsOverrideProperty() {
        String old = System.setProperty("threadlab.ipcRoot", "relative/ipc");
        try {
            assertThat(LabFolder.IPC.path()).isEqualTo(Path.of("relative/ipc").toAbsolutePath());
        } finally {
            if (old == null) {
                System.clearProperty("threadlab.ipcRoot");
            } else {
                System.setProperty("threadlab.ipcRoot", old);
            }
        }
        assertThat(LabFolder.values())
                .extracting(LabFolder::property)
                .containsExactly("threadlab.ipcRoot", "threadlab.socketRoot", "threadlab.cacheDir");
        assertThat(Os.of("Mac OS X")).isEqualTo(Os.MAC);
        assertThat(Os.of("Windows 11")).isEqualTo(Os.WINDOWS);
        assertThat(Os.of("Linux")).isEqualTo(Os.LINUX);
        assertThat(Os.of("FreeBSD")).isEqualTo(Os.OTHER_UNIX);
    }
}
