package threadlab.machine;

import java.nio.file.Path;
import java.util.List;

/**
 * An installed JDK: its home folder, what its {@code release} file says, and where it was found.
 *
 * @param home the JDK's home folder (its real path, links resolved)
 * @param version {@code JAVA_VERSION} of its {@code release} file, e.g. {@code 25.0.3}
 * @param vendor {@code IMPLEMENTOR}, or null where the file does not say
 * @param feature the feature release, 25 of {@code 25.0.3} (8 of {@code 1.8.0_402})
 * @param foundBy where it was found, first first: {@code this JVM}, {@code JAVA_HOME},
 *     {@code ~/.m2/toolchains.xml}, {@code SDKMAN}, or the folder it lies in
 */
public record Jdk(Path home, String version, String vendor, int feature, List<String> foundBy) {

    /** The oldest feature release the lab runs on. */
    public static final int MINIMUM = 21;

    public Jdk {
        foundBy = List.copyOf(foundBy);
    }

    /** Whether the lab runs on it (JDK {@value #MINIMUM} or newer). */
    public boolean usable() {
        return feature >= MINIMUM;
    }

    /** Its {@code java} launcher. */
    public Path java() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    /** The feature release of a version string: 25 of {@code 25.0.3}, 8 of {@code 1.8.0_402}; 0 if unreadable. */
    static int featureOf(String version) {
        String[] parts = version.split("[.+_-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    Jdk alsoFoundBy(String source) {
        if (foundBy.contains(source)) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(foundBy);
        all.add(source);
        return new Jdk(home, version, vendor, feature, all);
    }
}
