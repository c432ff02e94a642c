package threadlab.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import threadlab.files.LabFolder;
import threadlab.files.StampedFolder;

/**
 * The Python baseline script, {@code notebooks/python_baseline.py}, as packaged inside lab.jar at
 * build time and written for one run to a scratch folder of the lab's (a {@link StampedFolder} of
 * the {@link LabFolder#IPC IPC folder}, private to the user). Carrying it in the jar keeps lab.jar
 * self-contained (it runs from any folder, without a checkout beside it), and the script is
 * always the one this build of the lab was made with. Closing deletes the file.
 */
final class BaselineScript implements AutoCloseable {

    static final String RESOURCE = "/threadlab/python/python_baseline.py";

    private final StampedFolder folder;
    private final Path file;

    private BaselineScript(StampedFolder folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** Extracts the script into a fresh temporary folder (under its own name, so tracebacks read well). */
    static BaselineScript extract() throws IOException {
        try (InputStream in = BaselineScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("lab.jar lacks " + RESOURCE + ": rebuild it with 'mvn package'");
            }
            StampedFolder folder = StampedFolder.create(LabFolder.IPC, "python");
            Path file = folder.dir().resolve("python_baseline.py");
            try {
                Files.copy(in, file);
            } catch (IOException e) {
                folder.close();
                throw e;
            }
            return new BaselineScript(folder, file);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        if (!folder.delete()) {
            throw new IOException("cannot remove " + folder.dir());
        }
    }
}
