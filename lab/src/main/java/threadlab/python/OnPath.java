package threadlab.python;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a program the way a shell would, by searching {@code PATH}: the first folder holding an
 * executable file of that name (on Windows, of that name with one of {@code PATHEXT}'s endings).
 * Only the name is looked up; what the program is, the caller learns by running it.
 */
public final class OnPath {

    private OnPath() {}

    /** The first of {@code names} found on this process's PATH. */
    public static Optional<Path> find(String... names) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        String pathExt = System.getenv("PATHEXT");
        return find(System.getenv("PATH"), windows ? List.of((pathExt == null ? ".EXE;.CMD;.BAT" : pathExt).split(";")) : List.of(""),
                List.of(names));
    }

    /** Python 3: {@code python3}, and on Windows (where the installer names it so) {@code python} too. */
    public static Optional<Path> python() {
        return System.getProperty("os.name", "").startsWith("Windows") ? find("python3", "python") : find("python3");
    }

    static Optional<Path> find(String path, List<String> endings, List<String> names) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                for (Path candidate : candidates(folder, name, endings)) {
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> candidates(String folder, String name, List<String> endings) {
        List<Path> candidates = new ArrayList<>();
        if (folder.isBlank()) {
            return candidates;
        }
        for (String ending : endings) {
            try {
                candidates.add(Path.of(folder.strip(), name + ending.toLowerCase(java.util.Locale.ROOT)));
            } catch (InvalidPathException e) {
                // a PATH entry that is not a path on this system: not a place to look
            }
        }
        return candidates;
    }
}
