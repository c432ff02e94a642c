package threadlab.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import threadlab.files.LabFolder;
import threadlab.files.OwnerStamp;
import threadlab.files.PrivateFolder;
import threadlab.files.RefusedFolderException;
import threadlab.files.StaleEntries;
import threadlab.workload.DisposableJvm;

/**
 * A class-data cache for worker JVMs, made once per JDK (the one children run on, {@link ChildJava})
 * and class path by a training run of a
 * worker, then used by every worker: on JDK 25+ an AOT cache ({@code -XX:AOTCacheOutput} then
 * {@code -XX:AOTCache}, JEP 483/514: classes loaded and linked ahead of time); on JDK 21-24 a
 * dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit} then {@code -XX:SharedArchiveFile}).
 *
 * <p>The file lives in the user's own cache folder ({@link LabFolder#CACHE}: private to the user,
 * or refused) under a name that hashes the JDK, the class path and its files' sizes and times, so
 * a rebuilt jar or another JDK gets a new cache; the {@value #KEPT} newest are kept. A cache is
 * trusted input to the JVM that loads it, so a file that is not this user's own regular file, or
 * that others may write, is never passed to a child JVM. It is written under a stamped temporary
 * name ({@link OwnerStamp}: one a killed run left is removed by the next), made readable and
 * writable by its owner alone, and renamed, so a half-made cache is never used (JDK 25's training
 * also leaves a {@code .config} file beside it, removed at once). If anything fails, workers start
 * without a cache (the JVM also ignores, with a warning, a cache that does not match). Setting
 * {@code -Dthreadlab.startupCache=false} turns it off.
 */
final class StartupCache {

    /** How many caches the folder keeps: one per JDK and class path in use, and a rebuild makes a new one. */
    static final int KEPT = 8;

    /** A cache file's name, as {@link #fileName} makes it. */
    private static final Pattern CACHE_NAME = Pattern.compile("worker-[0-9a-f]{24}\\.(aot|jsa)");

    /** The flags made so far, per JDK home children ran on. */
    private static final Map<Path, List<String>> FLAGS = new HashMap<>();

    private StartupCache() {}

    /** The flags that make a worker use the cache, making it first if need be; empty if none. */
    static synchronized List<String> useFlags() {
        return FLAGS.computeIfAbsent(ChildJava.current().home(), home -> make());
    }

    /** Whether children run on this JVM's own JDK (no {@code run --jdk} choice in force). */
    private static boolean ownJdk() {
        return ChildJava.current().home().equals(ChildJava.Home.thisJvm().home());
    }

    /** Whether the JDK children run on makes an AOT cache (25+) rather than an AppCDS archive. */
    private static boolean aot() {
        return (ownJdk() ? Runtime.version().feature() : ChildJava.current().feature()) >= 25;
    }

    /** The flags for this JVM's cache in the cache folder, not remembered: {@link #useFlags} remembers them. */
    static List<String> make() {
        if (!Boolean.parseBoolean(System.getProperty(LabFolder.STARTUP_CACHE_PROPERTY, "true"))) {
            return List.of();
        }
        Path dir;
        try {
            dir = LabFolder.CACHE.ensure();
        } catch (RefusedFolderException e) {
            System.err.println("startup cache off: " + e.getMessage());
            return List.of();
        } catch (IOException | RuntimeException e) {
            System.err.println("startup cache off: cannot make the startup-cache folder " + LabFolder.CACHE.path()
                    + ": " + e + "; pick another with -D" + LabFolder.CACHE.property() + "=DIR");
            return List.of();
        }
        try {
            return flagsFor(dir, fileName());
        } catch (IOException | RuntimeException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /**
     * The flags that make a worker use the cache {@code name} in {@code dir}, a private folder,
     * making it first if there is none; empty if it cannot be made or must not be trusted.
     */
    static List<String> flagsFor(Path dir, String name) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        List<String> use = List.of(aot() ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> problem = PrivateFolder.fileProblem(file);
            if (problem.isPresent()) {
                System.err.println("startup cache off: not using " + file + ": it " + problem.get());
                return List.of();
            }
            if (Files.size(file) > 0) {
                return use;
            }
        }
        StaleEntries.remove(dir);
        Path temp = dir.resolve(OwnerStamp.current().name(name));
        try {
            train(temp);
        } finally {
            Files.deleteIfExists(Path.of(temp + ".config"));
        }
        if (!Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS) || Files.size(temp) == 0) {
            Files.deleteIfExists(temp);
            return List.of();
        }
        PrivateFolder.restrictToOwner(temp);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        prune(dir, file);
        return use;
    }

    /** Removes all but the {@value #KEPT} newest caches in {@code dir} (never {@code keep}, just made). */
    static void prune(Path dir, Path keep) throws IOException {
        Map<Path, Long> made = new HashMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                if (CACHE_NAME.matcher(p.getFileName().toString()).matches()
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    made.put(
                            p,
                            Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS)
                                    .toMillis());
                }
            }
        }
        List<Path> newestFirst = made.keySet().stream()
                .sorted(Comparator.comparing(made::get).reversed())
                .toList();
        for (Path old : newestFirst.subList(Math.min(KEPT, newestFirst.size()), newestFirst.size())) {
            if (!old.equals(keep)) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** Runs one worker through a few tasks of every kind, with the JVM recording what it loads. */
    private static void train(Path output) throws IOException, InterruptedException {
        String record = aot() ? "-XX:AOTCacheOutput=" + output : "-XX:ArchiveClassesAtExit=" + output;
        ChildJvm jvm = ChildJvm.withoutCache();
        List<String> flags = List.of(record, "-D" + DisposableJvm.PROPERTY + "=true");
        List<String> command = jvm.kindCommand(flags, WorkerKind.NAME, List.of());
        try (Worker worker = Worker.start(command)) {
            for (String spec : List.of("sleep:ms=0", "cpu:work=1000", "mixed:cpuWork=1000,ioMs=0")) {
                worker.run(spec, new int[] {0, 1}, 0, 2);
            }
        } catch (WorkerDiedException e) {
            // no cache then: the caller finds no file and starts workers without one
        }
        // the JVM writes the cache as it exits, and Worker.close waited for the exit
    }

    /** {@code worker-HASH.aot} (or {@code .jsa}): the hash of the JDK, the class path and its files' sizes and times. */
    static String fileName() throws IOException {
        ChildJava.Home jdk = ChildJava.current();
        StringBuilder key = ownJdk()
                ? new StringBuilder(System.getProperty("java.home")).append('|').append(Runtime.version())
                : new StringBuilder(jdk.home().toString()).append('|').append(jdk.version());
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            key.append('|').append(p.toAbsolutePath());
            if (Files.exists(p)) {
                key.append(':')
                        .append(Files.size(p))
                        .append(':')
                        .append(Files.getLastModifiedTime(p).toMillis());
            }
        }
        String hash;
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            hash = HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        return "worker-" + hash + (aot() ? ".aot" : ".jsa");
    }
}
