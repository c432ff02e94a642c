package threadlab.result;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code results.json}. Writing is atomic: the JSON goes to a temporary file in
 * the same folder, which then replaces the old file in one rename, so a reader (or a crash) sees
 * the old complete file or the new complete file, never half of one.
 *
 * <p>On Windows a file that another program holds open (a notebook reading it, an editor, a virus
 * scanner) cannot be replaced: the rename fails with a sharing violation until the reader lets
 * go. So the rename is tried again for up to {@value #BUSY_RETRY_MILLIS} ms; if the file is still
 * held, {@link ResultsBusyException} says so and the old file stays complete, never half-written.
 */
public final class ResultsFile {

    public static final String NAME = "results.json";

    /** How long a replacement is retried while another program holds the file. */
    static final long BUSY_RETRY_MILLIS = 3_000;

    /** The file could not be replaced within the retries: another program holds it open (Windows). */
    public static final class ResultsBusyException extends IOException {
        ResultsBusyException(Path target, IOException cause) {
            super(
                    target + " is held open by another program (a notebook, an editor?); it still holds the previous"
                            + " complete results: " + cause.getMessage(),
                    cause);
        }
    }

    /** One attempt at replacing {@code target} by {@code temp}; tests pass one that fails as Windows does. */
    interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    private static final Mover RENAME = (temp, target) -> {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsFile() {}

    /** The mapper every results reader and writer shares. */
    public static ObjectMapper json() {
        return JSON;
    }

    /** Writes {@code results} to {@code runDir/results.json}, atomically. */
    public static void write(Path runDir, Results results) throws IOException {
        writeAtomically(runDir.resolve(NAME), JSON.writeValueAsBytes(results));
    }

    /**
     * Replaces {@code target} with {@code content} in one rename.
     *
     * @throws ResultsBusyException if another program held the file open all through the retries
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        writeAtomically(target, content, RENAME, BUSY_RETRY_MILLIS);
    }

    static void writeAtomically(Path target, byte[] content, Mover mover, long retryMillis) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            readableByAll(temp);
            replace(temp, target, mover, retryMillis);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames, retrying while the target is held by a reader (an access-denied rename: Windows' sharing violation). */
    private static void replace(Path temp, Path target, Mover mover, long retryMillis) throws IOException {
        long deadline = System.nanoTime() + retryMillis * 1_000_000;
        long pause = 10;
        while (true) {
            try {
                mover.move(temp, target);
                return;
            } catch (FileSystemException e) {
                if (e instanceof NoSuchFileException || e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                if (System.nanoTime() >= deadline) {
                    throw new ResultsBusyException(target, e);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ResultsBusyException(target, e);
                }
                pause = Math.min(200, pause * 2);
            }
        }
    }

    /** createTempFile makes the file private (0600); a results file is for everyone who can see the folder. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Reads {@code runDir/results.json}.
     *
     * @throws IOException if the file is missing, unreadable or not valid results JSON
     */
    public static Results read(Path runDir) throws IOException {
        return JSON.readValue(runDir.resolve(NAME).toFile(), Results.class);
    }
}
