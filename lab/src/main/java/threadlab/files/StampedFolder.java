package threadlab.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A folder of this JVM's own inside one of the lab's private folders, {@code PID-START-label-N}:
 * made fresh (after removing the stale ones a killed run left there), deleted at {@link #close()}.
 * What a killed JVM leaves is removed by the next JVM that makes one in the same place.
 */
public final class StampedFolder implements AutoCloseable {

    private final Path dir;

    private StampedFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Makes a new one in {@code place}.
     *
     * @throws RefusedFolderException if {@code place} may not be used (see {@link PrivateFolder})
     * @throws IOException if it cannot be made
     */
    public static StampedFolder create(LabFolder place, String label) throws IOException {
        Path root = place.ensure();
        StaleEntries.remove(root);
        return new StampedFolder(PrivateFolder.newStamped(root, label));
    }

    public Path dir() {
        return dir;
    }

    /**
     * Deletes the folder and everything in it, never following a link.
     *
     * @return whether nothing is left (Windows keeps a file while a process maps it)
     */
    public boolean delete() {
        return StaleEntries.deleteTree(dir);
    }

    /** Deletes the folder; what cannot go now is left, stamped, for a later run to remove. */
    @Override
    public void close() {
        delete();
    }
}
