package threadlab.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * The folders the lab keeps files in outside a run folder, each private to the user
 * ({@link PrivateFolder}), each with a property that puts it elsewhere. TAG is the user's uid on
 * POSIX, the account name on Windows.
 *
 * <ul>
 *   <li>{@link #IPC}: mapped files, and scratch folders (a child JVM's, a thread dump's, the
 *       Python script's copy), one stamped folder per user of it. {@code /dev/shm/threadlab-TAG}
 *       on Linux (memory only: no mapped page is written back to a disk), else
 *       {@code java.io.tmpdir/threadlab-TAG}.</li>
 *   <li>{@link #SOCKETS}: Unix domain socket files, whose whole path must fit the OS's 104 or 108
 *       bytes: {@code /tmp/tl-TAG} on Linux and macOS (whose {@code java.io.tmpdir} alone is about
 *       50 bytes), {@code java.io.tmpdir\tl-TAG} on Windows.</li>
 *   <li>{@link #CACHE}: the child-JVM startup cache, where the OS keeps per-user caches:
 *       {@code $XDG_CACHE_HOME/threadlab} or {@code ~/.cache/threadlab} on Linux,
 *       {@code ~/Library/Caches/threadlab} on macOS, {@code %LOCALAPPDATA%\threadlab} on Windows.</li>
 * </ul>
 */
public enum LabFolder {
    IPC("IPC folder", "threadlab.ipcRoot"),
    SOCKETS("socket folder", "threadlab.socketRoot"),
    CACHE("startup-cache folder", "threadlab.cacheDir");

    /** {@code -Dthreadlab.startupCache=false} turns the child-JVM startup cache off, and with it the cache folder. */
    public static final String STARTUP_CACHE_PROPERTY = "threadlab.startupCache";

    private final String description;
    private final String property;

    LabFolder(String description, String property) {
        this.description = description;
        this.property = property;
    }

    public String description() {
        return description;
    }

    /** The system property that puts this folder elsewhere. */
    public String property() {
        return property;
    }

    /** Where the folder is: its property if set, else the default for this OS and user. */
    public Path path() {
        String set = System.getProperty(property);
        if (set != null && !set.isBlank()) {
            return Path.of(set).toAbsolutePath();
        }
        return defaultPath(
                Os.current(),
                System::getenv,
                System::getProperty,
                CurrentUser.get().tag(),
                () -> Files.isDirectory(Path.of("/dev/shm")) && Files.isWritable(Path.of("/dev/shm")));
    }

    /** The folder, made private or checked ({@link PrivateFolder#ensure}). */
    public Path ensure() throws IOException {
        return PrivateFolder.ensure(path(), this);
    }

    /** The default for an OS, its environment and properties, a user tag, and whether there is a usable {@code /dev/shm}. */
    Path defaultPath(
            Os os, UnaryOperator<String> env, UnaryOperator<String> properties, String tag, BooleanSupplier shm) {
        Path tmp = Path.of(properties.apply("java.io.tmpdir"));
        Path home = Path.of(properties.apply("user.home"));
        return switch (this) {
            case IPC -> (os == Os.LINUX && shm.getAsBoolean() ? Path.of("/dev/shm") : tmp).resolve("threadlab-" + tag);
            case SOCKETS -> (os == Os.WINDOWS ? tmp : Path.of("/tmp")).resolve("tl-" + tag);
            case CACHE ->
                switch (os) {
                    case WINDOWS -> {
                        String local = env.apply("LOCALAPPDATA");
                        yield (local != null && !local.isBlank()
                                        ? Path.of(local)
                                        : home.resolve("AppData").resolve("Local"))
                                .resolve("threadlab");
                    }
                    case MAC -> home.resolve("Library").resolve("Caches").resolve("threadlab");
                    default -> {
                        // the XDG spec: a relative $XDG_CACHE_HOME is invalid and ignored
                        String xdg = env.apply("XDG_CACHE_HOME");
                        yield (xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache"))
                                .resolve("threadlab");
                    }
                };
        };
    }

    /**
     * Checks every lab folder that exists, making none, before a run writes anything: a folder
     * that may not be used stops the run at once, before its results file exists (exit 2).
     *
     * @throws RefusedFolderException for the first folder that may not be used
     */
    public static void refuseUnsafe() {
        for (LabFolder folder : values()) {
            if (folder == CACHE && !Boolean.parseBoolean(System.getProperty(STARTUP_CACHE_PROPERTY, "true"))) {
                continue;
            }
            try {
                PrivateFolder.checkIfPresent(folder.path(), folder);
            } catch (IOException e) {
                // unreadable now: the run finds out, and says so, where it needs the folder
            }
        }
    }
}
