package threadlab.ipc;

import java.io.IOException;
import java.nio.file.Path;
import threadlab.files.LabFolder;
import threadlab.files.Os;
import threadlab.files.StampedFolder;

/**
 * Where one JVM keeps the files of its channels: mapped files in a {@link StampedFolder} of the
 * {@link LabFolder#IPC IPC folder}, socket files in one of the {@link LabFolder#SOCKETS socket
 * folder} (made on the first socket, and short enough for every OS's socket-path limit). The
 * names carry the owner's stamp, so folders left by a run that was killed are removed by the next
 * run. {@link #close()} removes both folders and all in them, whatever state the children left
 * them in; a shutdown hook does the same if the JVM exits first.
 *
 * <p>Windows cannot delete a file while any process maps it, and the JDK releases a mapping only
 * when its buffer is collected, so there a mapped file may outlive {@link #close()}: it is left,
 * quietly, for the next run to remove once this JVM is gone. Elsewhere nothing is left.
 */
public final class IpcFolder implements AutoCloseable {

    private final StampedFolder files;
    private volatile StampedFolder sockets;
    private final Thread hook;
    private boolean closed;

    private IpcFolder(StampedFolder files) {
        this.files = files;
        this.hook = new Thread(this::delete, "ipc-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Removes stale folders (their owner is gone), then makes a new folder for this JVM.
     *
     * @throws threadlab.files.RefusedFolderException if the IPC folder may not be used
     * @throws IOException if the folder cannot be made
     */
    public static IpcFolder create() throws IOException {
        return new IpcFolder(StampedFolder.create(LabFolder.IPC, "ipc"));
    }

    /** Where every JVM's folder of mapped files lives (see {@link LabFolder#IPC}). */
    public static Path root() {
        return LabFolder.IPC.path();
    }

    public Path dir() {
        return files.dir();
    }

    /** A mapped file of this folder (not created). */
    public Path file(String name) {
        return files.dir().resolve(name);
    }

    /**
     * A socket file's path (not created), in this JVM's folder of the socket folder.
     *
     * @throws threadlab.files.RefusedFolderException if the socket folder may not be used
     * @throws IOException if the folder cannot be made
     */
    public synchronized Path socket(String name) throws IOException {
        if (closed) {
            throw new IOException("the IPC folder is closed");
        }
        if (sockets == null) {
            sockets = StampedFolder.create(LabFolder.SOCKETS, "s");
        }
        return sockets.dir().resolve(name + ".sock");
    }

    /** The folder socket files go in, once one was asked for; null before. */
    public Path socketDir() {
        StampedFolder s = sockets;
        return s == null ? null : s.dir();
    }

    /** Removes the folders and everything in them. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private void delete() {
        StampedFolder s = sockets;
        boolean gone = files.delete() & (s == null || s.delete());
        if (!gone && Os.current() != Os.WINDOWS) {
            System.err.println("cannot remove all of " + files.dir() + (s == null ? "" : " and " + s.dir()));
        }
    }
}
