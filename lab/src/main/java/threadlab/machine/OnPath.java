package threadlab.machine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a program the way a shell would, by searching {@code PATH}: the first folder holding an
 * executable file of that name (on Windows, of that name with one of {@code PATHEXT}'s endings).
 * Only the name is looked up; what the program is, the caller learns by running it.
 *
 * <p>On Windows an entry that is neither a regular file nor a folder counts too: the Microsoft
 * Store's {@code python.exe} is an app-execution alias (a reparse point), which
 * {@link Files#isRegularFile} rejects although the OS runs it. Whether it runs a Python or only
 * offers to install one, the caller finds out by asking it its version.
 */
public final class OnPath {

    private OnPath() {}

    /** Whether this JVM runs on Windows. */
    public static boolean windows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    /** The first of {@code names} found on this process's PATH. */
    public static Optional<Path> find(String... names) {
        String pathExt = System.getenv("PATHEXT");
        return find(
                System.getenv("PATH"),
                windows() ? List.of((pathExt == null ? ".EXE;.CMD;.BAT" : pathExt).split(";")) : List.of(""),
                List.of(names),
                windows());
    }

    /** Every program named {@code name} on this process's PATH, in PATH order (the first is what a shell runs). */
    public static List<Path> findAll(String name) {
        List<Path> all = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path == null) {
            return all;
        }
        String pathExt = System.getenv("PATHEXT");
        List<String> endings =
                windows() ? List.of((pathExt == null ? ".EXE;.CMD;.BAT" : pathExt).split(";")) : List.of("");
        for (String folder : path.split(File.pathSeparator)) {
            find(folder, endings, List.of(name), windows())
                    .filter(p -> !all.contains(p))
                    .ifPresent(all::add);
        }
        return all;
    }

    /** As {@link #find(String...)} with the POSIX rule (regular executable files only), for tests. */
    static Optional<Path> find(String path, List<String> endings, List<String> names) {
        return find(path, endings, names, false);
    }

    /** The first of {@code names} in the folders of {@code path}; {@code windowsRule}: see the class comment. */
    static Optional<Path> find(String path, List<String> endings, List<String> names, boolean windowsRule) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                for (Path candidate : candidates(folder, name, endings)) {
                    if (runnable(candidate, windowsRule)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean runnable(Path candidate, boolean windowsRule) {
        if (Files.isRegularFile(candidate)) {
            return Files.isExecutable(candidate);
        }
        return windowsRule
                && Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(candidate);
    }

    private static List<Path> candidates(String folder, String name, List<String> endings) {
        List<Path> candidates = new ArrayList<>();
        if (folder.isBlank()) {
            return candidates;
        }
        for (String ending : endings) {
            try {
                candidates.add(Path.of(folder.strip(), name + ending.toLowerCase(Locale.ROOT)));
            } catch (InvalidPathException e) {
                // a PATH entry that is not a path on this system: not a place to look
            }
        }
        return candidates;
    }
}
