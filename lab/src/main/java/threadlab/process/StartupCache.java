package threadlab.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A class-data cache for worker JVMs, made once per JDK and class path by a training run of a
 * worker, then used by every worker: on JDK 25+ an AOT cache ({@code -XX:AOTCacheOutput} then
 * {@code -XX:AOTCache}, JEP 483/514: classes loaded and linked ahead of time); on JDK 21-24 a
 * dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit} then {@code -XX:SharedArchiveFile}).
 *
 * <p>The file lives in the temporary folder under a name that hashes the JDK, the class path and
 * its files' sizes and times, so a rebuilt jar or another JDK gets a new cache. It is written to a
 * temporary name and renamed, so a half-made cache is never used (JDK 25's training also leaves a
 * {@code .config} file beside it, removed at once). If anything fails, workers
 * start without a cache (the JVM also ignores, with a warning, a cache that does not match).
 * Setting {@code -Dthreadlab.startupCache=false} turns it off.
 */
final class StartupCache {

    private static List<String> flags;

    private StartupCache() {}

    /** The flags that make a worker use the cache, making it first if need be; empty if none. */
    static synchronized List<String> useFlags() {
        if (flags == null) {
            flags = make();
        }
        return flags;
    }

    private static boolean aot() {
        return Runtime.version().feature() >= 25;
    }

    private static List<String> make() {
        if (!Boolean.parseBoolean(System.getProperty("threadlab.startupCache", "true"))) {
            return List.of();
        }
        try {
            Path file = location();
            List<String> use = List.of(aot() ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file);
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return use;
            }
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.deleteIfExists(temp);
            try {
                train(temp);
            } finally {
                Files.deleteIfExists(Path.of(temp + ".config"));
            }
            if (!Files.isRegularFile(temp) || Files.size(temp) == 0) {
                return List.of();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return use;
        } catch (IOException | RuntimeException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Runs one worker through a few tasks of every kind, with the JVM recording what it loads. */
    private static void train(Path output) throws IOException, InterruptedException {
        String record = aot() ? "-XX:AOTCacheOutput=" + output : "-XX:ArchiveClassesAtExit=" + output;
        ChildJvm jvm = ChildJvm.withoutCache();
        List<String> command = new ArrayList<>(jvm.command(
                List.of(record, "-D" + WorkerMain.WORKER_PROPERTY + "=true"),
                WorkerMain.class.getName(), Long.toString(ProcessHandle.current().pid())));
        try (Worker worker = Worker.start(command)) {
            for (String spec : List.of("sleep:ms=0", "cpu:work=1000", "mixed:cpuWork=1000,ioMs=0")) {
                worker.run(spec, new int[] {0, 1}, 0, 2);
            }
        } catch (WorkerDiedException e) {
            // no cache then: the caller finds no file and starts workers without one
        }
        // the JVM writes the cache as it exits, and Worker.close waited for the exit
    }

    private static Path location() throws IOException {
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('|').append(Runtime.version());
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            key.append('|').append(p.toAbsolutePath());
            if (Files.exists(p)) {
                key.append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
            }
        }
        String hash;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            hash = HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "threadlab-" + user, "worker-" + hash + (aot() ? ".aot" : ".jsa"));
    }
}
