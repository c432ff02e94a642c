package threadlab.ipc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary folder one JVM keeps its mapped files and socket files in:
 * {@code TMP/threadlab-USER/ipc/PID-START-RANDOM} (TMP: see {@link #root()}). The name carries the owner's {@link OwnerStamp},
 * so a folder left by a run that was killed (no chance to clean up) is recognised by the next
 * run, whose owner is gone, and removed. {@link #close()} removes the folder and all in it,
 * whatever state the children left it in; a shutdown hook does the same if the JVM exits first.
 */
public final class IpcFolder implements AutoCloseable {

    private final Path dir;
    private final Thread hook;
    private boolean closed;

    private IpcFolder(Path dir) {
        this.dir = dir;
        this.hook = new Thread(() -> delete(dir), "ipc-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Removes stale folders (their owner is gone), then makes a new folder for this JVM.
     *
     * @throws IOException if the folder cannot be made
     */
    public static IpcFolder create() throws IOException {
        Path root = root();
        Files.createDirectories(root);
        removeStale(root);
        return new IpcFolder(Files.createTempDirectory(root, OwnerStamp.current().token() + "-"));
    }

    /**
     * Where every JVM's folder lives: under {@code /dev/shm} where there is one (Linux: memory
     * only, so the kernel never writes a mapped page back to a disk), else under
     * {@code java.io.tmpdir}.
     */
    public static Path root() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_-]", "_");
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("threadlab-" + user).resolve("ipc");
    }

    /**
     * Deletes every folder under {@code root} whose owner (from its name) is no longer running,
     * and every entry whose name carries no owner at all.
     *
     * @return how many were removed
     */
    static int removeStale(Path root) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                boolean stale = OwnerStamp.fromToken(entry.getFileName().toString()).map(o -> !o.alive()).orElse(true);
                if (stale) {
                    delete(entry);
                    removed++;
                }
            }
        }
        return removed;
    }

    public Path dir() {
        return dir;
    }

    /** A file of this folder (not created). */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Removes the folder and everything in it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        delete(dir);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("cannot remove " + path + ": " + e.getMessage());
        }
    }
}
