package threadlab.ipc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the lab's inter-process files go and what the OS allows there: the IPC folder (mapped
 * files, socket files), whether {@code /dev/shm} exists (memory-only files, Linux), and the
 * longest path a Unix domain socket may have ({@code sun_path}: 108 bytes on Linux and Windows,
 * 104 on macOS and the BSDs, the terminating zero included).
 */
public final class IpcPlace {

    private IpcPlace() {}

    /** The folder the lab's IPC files live in. */
    public static Path folder() {
        return IpcFolder.root();
    }

    /** {@code /dev/shm}, where it is a folder this user may write; else null. */
    public static Path sharedMemory() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : null;
    }

    /** The longest socket path this OS takes, in bytes, terminating zero left out. */
    public static int socketPathLimit() {
        String os = System.getProperty("os.name", "");
        return os.startsWith("Mac") || os.contains("BSD") ? 103 : 107;
    }

    /** How many bytes of socket path a file name gets inside the IPC folder's per-run folders (about 40 bytes deep). */
    public static int socketPathBytesLeft() {
        return socketPathLimit() - folder().toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
