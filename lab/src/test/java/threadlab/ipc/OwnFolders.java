package threadlab.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import threadlab.files.LabFolder;
import threadlab.files.Os;
import threadlab.files.OwnerStamp;

/** The IPC folders (and the files in them) this JVM owns right now. */
public final class OwnFolders {

    private OwnFolders() {}

    /** This JVM's folders of mapped files in the IPC folder. */
    public static List<Path> list() throws IOException {
        return own(LabFolder.IPC.path(), "ipc-");
    }

    /**
     * This JVM's IPC folders, of mapped files and of sockets, that are still there: none, after
     * every {@link IpcFolder} was closed, where the OS deletes a file a process maps (Linux,
     * macOS). Windows does not, and the JDK cannot unmap at will, so there a folder holding only
     * mapped files may stay until this JVM is gone (the next run removes it): not counted.
     */
    public static List<Path> leftBehind() throws IOException {
        List<Path> left = new ArrayList<>(own(LabFolder.IPC.path(), "ipc-"));
        left.addAll(own(LabFolder.SOCKETS.path(), "s-"));
        if (Os.current() == Os.WINDOWS) {
            left.removeIf(OwnFolders::holdsOnlyMappedFiles);
        }
        return left;
    }

    private static List<Path> own(Path root, String label) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> OwnerStamp.fromName(p.getFileName().toString())
                                    .filter(o ->
                                            o.pid() == ProcessHandle.current().pid())
                                    .isPresent()
                            && p.getFileName().toString().contains("-" + label))
                    .toList();
        }
    }

    private static boolean holdsOnlyMappedFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(f -> f.getFileName().toString().endsWith(".map"));
        } catch (IOException e) {
            return false;
        }
    }
}
