package threadlab.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JDKs are found where each OS and each tool puts them, read from their {@code release} file, listed
 * once however many places name them, newest first; one older than 21 is listed and marked
 * unusable. The folders of macOS and Windows are laid out here under a temporary folder: the
 * path rules are what is tested, not those machines.
 */
class JdksTest {

    @TempDir
    Path dir;

    @Test
    void everySourceIsReadAndTheSameJdkIsListedOnce() throws Exception {
        Path running = fakeJdk(dir.resolve("running"), "25.0.3", "Eclipse Adoptium");
        Path javaHome = fakeJdk(dir.resolve("elsewhere/jdk-21.0.5"), "21.0.5", "Oracle Corporation");
        Path toolchain = fakeJdk(dir.resolve("toolchain/jdk17"), "17.0.15", "Debian");
        Path user = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(user.resolve(".m2"));
        Files.writeString(user.resolve(".m2/toolchains.xml"), """
                <toolchains><toolchain><type>jdk</type><provides><version>17</version></provides>
                <configuration><jdkHome>%s</jdkHome></configuration></toolchain>
                <toolchain><type>jdk</type><configuration><jdkHome> %s </jdkHome></configuration></toolchain></toolchains>
                """.formatted(toolchain, running));
        Path sdkman = fakeJdk(user.resolve(".sdkman/candidates/java/24.0.1-tem"), "24.0.1", "Eclipse Adoptium");
        Files.createSymbolicLink(user.resolve(".sdkman/candidates/java/current"), sdkman);

        List<Jdk> found = Jdks.discover(new Jdks.Places(running, javaHome.toString(), user, null, "Linux", Map.of()));

        assertThat(found)
                .extracting(j -> j.home().toString())
                .containsSubsequence(
                        running.toRealPath().toString(),
                        sdkman.toRealPath().toString(),
                        javaHome.toRealPath().toString(),
                        toolchain.toRealPath().toString());
        Path runningHome = running.toRealPath();
        Path sdkmanHome = sdkman.toRealPath();
        assertThat(found)
                .filteredOn(j -> j.home().equals(runningHome))
                .singleElement()
                .satisfies(j -> assertThat(j.foundBy()).containsExactly("this JVM", "~/.m2/toolchains.xml"));
        assertThat(found)
                .filteredOn(j -> j.home().equals(sdkmanHome))
                .singleElement()
                .satisfies(j -> assertThat(j.foundBy()).containsExactly("SDKMAN"));
        Jdk old = found.stream()
                .filter(j -> j.version().equals("17.0.15"))
                .findFirst()
                .orElseThrow();
        assertThat(old.usable()).isFalse();
        assertThat(Jdks.usable(found))
                .extracting(Jdk::feature)
                .allMatch(f -> f >= 21)
                .contains(25, 24, 21);
    }

    @Test
    void macOsBundlesAndWindowsVendorFoldersAreLookedInto() throws Exception {
        Path user = Files.createDirectories(dir.resolve("home"));
        Path mac = fakeJdk(
                user.resolve("Library/Java/JavaVirtualMachines/temurin-25.jdk/Contents/Home"),
                "25.0.1",
                "Eclipse Adoptium");
        Path programFiles = Files.createDirectories(dir.resolve("Program Files"));
        Path windows =
                fakeJdk(programFiles.resolve("Eclipse Adoptium/jdk-21.0.5.11-hotspot"), "21.0.5", "Eclipse Adoptium");
        Path intellij = fakeJdk(user.resolve(".jdks/corretto-21.0.4"), "21.0.4", "Amazon.com Inc.");
        Path running = fakeJdk(dir.resolve("running"), "21.0.2", null);

        List<Jdk> onMac = Jdks.discover(new Jdks.Places(running, null, user, null, "Mac OS X", Map.of()));
        List<Jdk> onWindows = Jdks.discover(new Jdks.Places(
                running, null, user, null, "Windows 11", Map.of("ProgramFiles", programFiles.toString())));

        assertThat(onMac)
                .extracting(Jdk::home)
                .contains(mac.toRealPath(), intellij.toRealPath())
                .doesNotContain(windows.toRealPath());
        assertThat(onWindows)
                .extracting(Jdk::home)
                .contains(windows.toRealPath(), intellij.toRealPath())
                .doesNotContain(mac.toRealPath());
        Path runningHome = running.toRealPath();
        assertThat(onWindows)
                .filteredOn(j -> j.home().equals(runningHome))
                .singleElement()
                .satisfies(j -> assertThat(j.vendor()).isNull());
    }

    @Test
    void aFolderWithoutReleaseFileOrJavaIsNoJdkAndVersionsReadAsFeatures() throws Exception {
        Files.createDirectories(dir.resolve("half/bin"));
        Files.writeString(dir.resolve("half/release"), "JAVA_VERSION=\"21\"\n");

        assertThat(Jdks.read(dir.resolve("half"), "test")).isEmpty();
        assertThat(Jdks.read(dir.resolve("absent"), "test")).isEmpty();
        assertThat(Jdk.featureOf("25.0.3")).isEqualTo(25);
        assertThat(Jdk.featureOf("1.8.0_402")).isEqualTo(8);
        assertThat(Jdk.featureOf("21")).isEqualTo(21);
        assertThat(Jdk.featureOf("26-ea")).isEqualTo(26);
        assertThat(Jdk.featureOf("junk")).isZero();
    }

    @Test
    void thisMachinesJdksIncludeTheRunningOne() {
        List<Jdk> here = Jdks.discover();

        assertThat(here).anySatisfy(j -> {
            assertThat(j.foundBy()).contains("this JVM");
            assertThat(j.feature()).isEqualTo(Runtime.version().feature());
            assertThat(j.usable()).isTrue();
        });
    }

    private static Path fakeJdk(Path home, String version, String vendor) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "");
        Files.writeString(
                home.resolve("release"),
                (vendor == null ? "" : "IMPLEMENTOR=\"" + vendor + "\"\n") + "JAVA_VERSION=\"" + version
                        + "\"\nJAVA_RUNTIME_VERSION=\"" + version + "+1\"\n");
        return home;
    }
}
