package threadlab.result;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code results.json}. Writing is atomic: the JSON goes to a temporary file in
 * the same folder, which then replaces the old file in one rename, so a reader (or a crash) sees
 * the old complete file or the new complete file, never half of one.
 */
public final class ResultsFile {

    public static final String NAME = "results.json";

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

    /** Replaces {@code target} with {@code content} in one rename. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
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
