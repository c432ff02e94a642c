package threadlab.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Python baseline script, {@code notebooks/python_baseline.py}, as packaged inside lab.jar at
 * build time and written to a temporary file for one run. Carrying it in the jar keeps lab.jar
 * self-contained (it runs from any folder, without a checkout beside it), and the script is
 * always the one this build of the lab was made with. Closing deletes the file.
 */
final class BaselineScript implements AutoCloseable {

    static final String RESOURCE = "/threadlab/python/python_baseline.py";

    private final Path folder;
    private final Path file;

    private BaselineScript(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** Extracts the script into a fresh temporary folder (under its own name, so tracebacks read well). */
    static BaselineScript extract() throws IOException {
        try (InputStream in = BaselineScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("lab.jar lacks " + RESOURCE + ": rebuild it with 'mvn package'");
            }
            Path folder = Files.createTempDirectory("threadlab-python");
            Path file = folder.resolve("python_baseline.py");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return new BaselineScript(folder, file);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try (var everything = Files.walk(folder)) {
            for (Path p : everything.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
