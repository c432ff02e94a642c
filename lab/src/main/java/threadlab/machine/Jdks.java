package threadlab.machine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JDKs installed on this machine, the places a build tool or a person would put them:
 * this JVM's own; {@code JAVA_HOME}; the {@code jdkHome} of every JDK toolchain in
 * {@code ~/.m2/toolchains.xml} (what Maven's toolchains use); SDKMAN's candidates; and the usual
 * install folders of Linux ({@code /usr/lib/jvm}, {@code /usr/java}, {@code /opt/java}), macOS
 * ({@code /Library/Java/JavaVirtualMachines/*}{@code /Contents/Home}, also under the home folder) and
 * Windows ({@code Program Files} folders of the common vendors), and IntelliJ's {@code ~/.jdks}.
 * A folder is a JDK when it holds a {@code release} file and {@code bin/java}; its version is read
 * from the file, nothing is started. The same JDK found twice (a link, two sources) is listed once.
 */
public final class Jdks {

    private static final Pattern RELEASE_LINE = Pattern.compile("^(\\w+)=\"?(.*?)\"?$");
    private static final Pattern JDK_HOME = Pattern.compile("<jdkHome>\\s*([^<]+?)\\s*</jdkHome>");

    /** Where to look: the folders and variables of one machine, so that a test can stand in for another OS. */
    public record Places(
            Path javaHome,
            String javaHomeVariable,
            Path userHome,
            String sdkmanDir,
            String os,
            Map<String, String> environment) {

        /** This machine's. */
        public static Places here() {
            return new Places(
                    Path.of(System.getProperty("java.home")),
                    System.getenv("JAVA_HOME"),
                    Path.of(System.getProperty("user.home")),
                    System.getenv("SDKMAN_DIR"),
                    System.getProperty("os.name", ""),
                    System.getenv());
        }
    }

    private Jdks() {}

    /** Every JDK found here, newest first. */
    public static List<Jdk> discover() {
        return discover(Places.here());
    }

    /** Every JDK found in {@code places}, newest first. */
    public static List<Jdk> discover(Places places) {
        Map<Path, Jdk> found = new LinkedHashMap<>();
        add(found, places.javaHome(), "this JVM");
        if (places.javaHomeVariable() != null && !places.javaHomeVariable().isBlank()) {
            add(found, Path.of(places.javaHomeVariable().strip()), "JAVA_HOME");
        }
        for (Path home : toolchainHomes(places.userHome().resolve(".m2").resolve("toolchains.xml"))) {
            add(found, home, "~/.m2/toolchains.xml");
        }
        Path sdkman = places.sdkmanDir() != null
                ? Path.of(places.sdkmanDir())
                : places.userHome().resolve(".sdkman");
        children(sdkman.resolve("candidates").resolve("java")).forEach(p -> add(found, p, "SDKMAN"));
        for (Path folder : installFolders(places)) {
            children(folder).forEach(p -> add(found, p, folder.toString()));
            children(folder).forEach(p -> add(found, p.resolve("Contents").resolve("Home"), folder.toString()));
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Jdk::feature)
                        .reversed()
                        .thenComparing(j -> j.home().toString()))
                .toList();
    }

    /** The JDKs the lab runs on (21 or newer), newest first. */
    public static List<Jdk> usable(List<Jdk> jdks) {
        return jdks.stream().filter(Jdk::usable).toList();
    }

    /** The folders JDKs are usually installed in, on the OS {@code places} names. */
    static List<Path> installFolders(Places places) {
        List<Path> folders = new ArrayList<>();
        String os = places.os();
        if (os.startsWith("Windows")) {
            for (String variable : List.of("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")) {
                String base = places.environment().get(variable);
                if (base == null) {
                    continue;
                }
                for (String vendor : List.of(
                        "Java",
                        "Eclipse Adoptium",
                        "Eclipse Foundation",
                        "Microsoft",
                        "Zulu",
                        "Amazon Corretto",
                        "BellSoft",
                        "SapMachine\\JDK",
                        "OpenJDK")) {
                    folders.add(Path.of(base, vendor.split("\\\\")));
                }
            }
        } else if (os.startsWith("Mac")) {
            folders.add(Path.of("/Library/Java/JavaVirtualMachines"));
            folders.add(places.userHome().resolve("Library").resolve("Java").resolve("JavaVirtualMachines"));
            folders.add(Path.of("/opt/homebrew/opt"));
        } else {
            folders.add(Path.of("/usr/lib/jvm"));
            folders.add(Path.of("/usr/java"));
            folders.add(Path.of("/opt/java"));
        }
        folders.add(places.userHome().resolve(".jdks"));
        return folders.stream().distinct().toList();
    }

    /** The {@code jdkHome} of every toolchain in a {@code toolchains.xml}; none if it is absent or unreadable. */
    static List<Path> toolchainHomes(Path toolchains) {
        List<Path> homes = new ArrayList<>();
        try {
            if (Files.isRegularFile(toolchains)) {
                Matcher m = JDK_HOME.matcher(Files.readString(toolchains));
                while (m.find()) {
                    homes.add(Path.of(m.group(1).replace("${user.home}", System.getProperty("user.home"))));
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable toolchains file names no JDK
        }
        return homes;
    }

    private static List<Path> children(Path folder) {
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return children;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed holds no JDK we can use
        }
        children.sort(Comparator.naturalOrder());
        return children;
    }

    private static void add(Map<Path, Jdk> found, Path home, String source) {
        read(home, source).ifPresent(jdk -> found.merge(jdk.home(), jdk, (old, again) -> old.alsoFoundBy(source)));
    }

    /** The JDK in {@code home}, if it is one. */
    public static Optional<Jdk> read(Path home, String source) {
        try {
            Path release = home.resolve("release");
            boolean hasJava = Files.isRegularFile(home.resolve("bin").resolve("java"))
                    || Files.isRegularFile(home.resolve("bin").resolve("java.exe"));
            if (!Files.isRegularFile(release) || !hasJava) {
                return Optional.empty();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : Files.readAllLines(release)) {
                Matcher m = RELEASE_LINE.matcher(line.strip());
                if (m.matches()) {
                    fields.put(m.group(1), m.group(2));
                }
            }
            String version = fields.get("JAVA_VERSION");
            if (version == null) {
                return Optional.empty();
            }
            return Optional.of(new Jdk(
                    home.toRealPath(), version, fields.get("IMPLEMENTOR"), Jdk.featureOf(version), List.of(source)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
