package threadlab.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The IPC folders (and the files in them) this JVM owns right now. */
public final class OwnFolders {

    private OwnFolders() {}

    public static List<Path> list() throws IOException {
        Path root = IpcFolder.root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        String prefix = ProcessHandle.current().pid() + "-";
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
