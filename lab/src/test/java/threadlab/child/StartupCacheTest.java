package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadlab.files.LabFolder;
import threadlab.files.Plant;

/** The startup cache is a child JVM's trusted input: only a file of the user's own, in a folder of the user's own, is passed on. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "plants POSIX links and modes")
class StartupCacheTest {

    @TempDir
    Path base;

    @ParameterizedTest
    @EnumSource(Plant.class)
    void aPlantedCacheFolderIsRefusedWorkersStartWithoutACacheAndNothingThereIsTouched(Plant plant) throws Exception {
        Path at = base.resolve("cache").resolve("threadlab");
        Path victim = base.resolve("thesis");
        plant.at(at, victim);
        Map<String, String> before = Plant.snapshot(at, victim);
        String old = System.setProperty(LabFolder.CACHE.property(), at.toString());
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            assertThat(StartupCache.make()).isEmpty();
        } finally {
            System.setErr(err);
            restore(old);
        }
        assertThat(said.toString(StandardCharsets.UTF_8))
                .startsWith("startup cache off: refusing the startup-cache folder " + at)
                .hasLineCount(1);
        assertThat(Plant.snapshot(at, victim)).isEqualTo(before);
    }

    @Test
    void aCacheFileThatAnotherUserCouldHaveWrittenIsNeverPassedToAChildJvmNorTouched() throws Exception {
        Path dir = Files.createDirectory(
                base.resolve("private"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        String name = StartupCache.fileName();
        Path cache = Files.write(dir.resolve(name), new byte[] {1, 2, 3});

        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertRefused(dir, name, "writable by every user");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-rw-r--"));
        assertRefused(dir, name, "writable by its group");

        Files.delete(cache);
        Path elsewhere = Files.writeString(base.resolve("someone-elses.aot"), "not a cache");
        Files.createSymbolicLink(cache, elsewhere);
        assertRefused(dir, name, "symbolic link");
        assertThat(elsewhere).hasContent("not a cache");

        Files.delete(cache);
        Files.write(cache, new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-------"));
        assertThat(StartupCache.flagsFor(dir, name)).singleElement().asString().endsWith("=" + cache);

        try {
            Files.setOwner(
                    cache, cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "cannot give a file to user 'nobody' here (that needs root): " + e);
        }
        assertRefused(dir, name, "belongs to uid ");
    }

    private static void assertRefused(Path dir, String name, String why) throws Exception {
        Path cache = dir.resolve(name);
        var before = Files.readAttributes(
                cache, "unix:mode,uid,lastModifiedTime,size", java.nio.file.LinkOption.NOFOLLOW_LINKS);
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        List<String> flags;
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            flags = StartupCache.flagsFor(dir, name);
        } finally {
            System.setErr(err);
        }
        assertThat(flags).as("flags for a cache that %s", why).isEmpty();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("not using " + cache, why);
        assertThat(Files.readAttributes(
                        cache, "unix:mode,uid,lastModifiedTime,size", java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(before);
        try (var entries = Files.list(dir)) {
            assertThat(entries).as("nothing made beside it").containsExactly(cache);
        }
    }

    @Test
    void onlyTheNewestCachesAreKeptAndNothingButCachesIsRemoved() throws Exception {
        Path dir = Files.createDirectory(base.resolve("private"));
        for (int i = 0; i < StartupCache.KEPT + 3; i++) {
            Path cache = Files.writeString(dir.resolve(String.format("worker-%024x.aot", i)), "cache " + i);
            Files.setLastModifiedTime(cache, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path oddName = Files.writeString(dir.resolve("worker-NOTHEX.aot"), "mine too");
        Path justMade = dir.resolve(String.format("worker-%024x.aot", 0));
        StartupCache.prune(dir, justMade);
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(StartupCache.KEPT + 3)
                    .contains(
                            notes.getFileName().toString(),
                            oddName.getFileName().toString(),
                            justMade.getFileName().toString())
                    .doesNotContain(String.format("worker-%024x.aot", 1), String.format("worker-%024x.aot", 2));
        }
    }

    private static void restore(String old) {
        if (old == null) {
            System.clearProperty(LabFolder.CACHE.property());
        } else {
            System.setProperty(LabFolder.CACHE.property(), old);
        }
    }
}
