package threadlab.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** PATH is searched as a shell searches it: in order, executables only, with Windows' endings there. */
@DisabledOnOs(
        value = OS.WINDOWS,
        disabledReason =
                "the stand-in executables are /bin/sh scripts marked executable, which Windows does not run; the Windows rule (PATHEXT endings) is untested")
class OnPathTest {

    @TempDir
    Path dir;

    @Test
    void theFirstFolderHoldingAnExecutableOfThatNameWins() throws Exception {
        Path first = executable(dir.resolve("a"), "python3");
        executable(dir.resolve("b"), "python3");
        String path =
                dir.resolve("empty") + File.pathSeparator + dir.resolve("a") + File.pathSeparator + dir.resolve("b");

        assertThat(OnPath.find(path, List.of(""), List.of("python3"))).contains(first);
    }

    @Test
    void aFileThatIsNotExecutableOrAbsentIsNotFound() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/python3"), "not a program");

        assertThat(OnPath.find(dir.resolve("a").toString(), List.of(""), List.of("python3")))
                .isEmpty();
        assertThat(OnPath.find("", List.of(""), List.of("python3"))).isEmpty();
        assertThat(OnPath.find(null, List.of(""), List.of("python3"))).isEmpty();
    }

    @Test
    void namesAreTriedInOrderAndEndingsAreAppended() throws Exception {
        Path python = executable(dir.resolve("a"), "python.exe");

        assertThat(OnPath.find(dir.resolve("a").toString(), List.of(".EXE", ".CMD"), List.of("python3", "python")))
                .contains(python);
    }

    /**
     * Windows' rule, exercised with the POSIX stand-in for "neither a file nor a folder" (a named
     * pipe): the Store's app-execution alias is such an entry there, a reparse point, and the OS
     * runs it. The alias itself exists only on Windows and is not exercised here.
     */
    @Test
    void onWindowsAnEntryThatIsNeitherAFileNorAFolderIsFoundAndAsked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("WindowsApps"));
        Path alias = folder.resolve("python.exe");
        Process mkfifo = new ProcessBuilder("mkfifo", alias.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThat(Files.isRegularFile(alias)).isFalse();

        assertThat(OnPath.find(folder.toString(), List.of(".EXE"), List.of("python"), true))
                .contains(alias);
        assertThat(OnPath.find(folder.toString(), List.of(".EXE"), List.of("python"), false))
                .isEmpty();
        assertThat(OnPath.find(dir.toString(), List.of(""), List.of("WindowsApps"), true))
                .as("never a folder")
                .isEmpty();
    }

    private static Path executable(Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        Path file = Files.writeString(folder.resolve(name), "#!/bin/sh\nexit 0\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }
}
