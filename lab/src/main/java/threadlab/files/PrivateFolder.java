package threadlab.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that makes the lab's folders outside a run folder private to the user, and the
 * files in them readable and writable by the user alone.
 *
 * <p>A folder is made with {@code mkdir(rwx------)}, which fails on anything already there, a
 * dangling link included, so nothing another user planted is ever taken over. An existing one is
 * used only if {@link FolderCheck} passes it (a real directory of this user's that no one else may
 * write); otherwise the lab stops with a {@link RefusedFolderException} having touched nothing in
 * it. Links among the parents are followed (macOS's {@code /tmp} is one, to {@code /private/tmp});
 * the folder itself must not be one. On Windows a new folder inherits its parent's access list
 * (the user's own under {@code %LOCALAPPDATA%}) and is checked like an existing one.
 */
public final class PrivateFolder {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final AtomicInteger NAMES = new AtomicInteger();

    private PrivateFolder() {}

    /**
     * {@code dir}, made private where nothing is, checked where something is. Missing parents are
     * made as ordinary folders (they are the user's own, such as {@code ~/.cache}, or shared ones
     * that exist, such as {@code /tmp}).
     *
     * @throws RefusedFolderException if what is there may not be used (nothing in it is touched)
     * @throws IOException if the folder cannot be made or read
     */
    static Path ensure(Path dir, LabFolder place) throws IOException {
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        boolean made = false;
        if (!Files.exists(dir, NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(dir, folderAttributes());
                made = true;
            } catch (FileAlreadyExistsException e) {
                // made by someone else since the look: checked below like any existing one
            }
        }
        Optional<String> problem = FolderCheck.folderProblem(dir);
        if (problem.isPresent() && made) {
            if (POSIX) {
                // a umask that took the owner's own bits: the folder is ours, just made, and empty
                Files.getFileAttributeView(dir, PosixFileAttributeView.class, NOFOLLOW_LINKS)
                        .setPermissions(FOLDER);
            } else {
                // it inherited an access list that lets others in (a shared TEMP): ours to remove, and refused
                Files.delete(dir);
            }
            problem = POSIX ? FolderCheck.folderProblem(dir) : problem;
        }
        if (problem.isPresent()) {
            throw new RefusedFolderException(place, dir, problem.get());
        }
        return dir;
    }

    /**
     * Checks {@code dir} if something is there, as {@link #ensure} would, but makes nothing.
     *
     * @throws RefusedFolderException if what is there may not be used
     */
    static void checkIfPresent(Path dir, LabFolder place) throws IOException {
        if (Files.exists(dir, NOFOLLOW_LINKS)) {
            Optional<String> problem = FolderCheck.folderProblem(dir);
            if (problem.isPresent()) {
                throw new RefusedFolderException(place, dir, problem.get());
            }
        }
    }

    /**
     * A new folder {@code PID-START-label-N} in {@code root}, a folder {@link #ensure} passed:
     * its name carries this JVM's {@link OwnerStamp}, so that once this JVM is gone it is known
     * for stale ({@link StaleEntries}).
     */
    static Path newStamped(Path root, String label) throws IOException {
        while (true) {
            Path dir = root.resolve(OwnerStamp.current().name(label + "-" + NAMES.incrementAndGet()));
            try {
                return Files.createDirectory(dir, folderAttributes());
            } catch (FileAlreadyExistsException e) {
                // one of this JVM's own, made by an earlier class loader: try the next number
            }
        }
    }

    /** For {@code Files.createFile}, {@code FileChannel.open}: a file only its owner may read and write (POSIX). */
    public static FileAttribute<?>[] ownerOnlyFile() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Makes a file the lab just made in one of its private folders (a socket file, a cache a child
     * JVM wrote) readable and writable by its owner alone. Elsewhere than POSIX the file keeps the
     * access list it inherited from its private folder.
     */
    public static void restrictToOwner(Path file) throws IOException {
        if (POSIX) {
            // a socket file cannot be opened, so no NOFOLLOW here: the file is the lab's, in a folder only it may write
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Why a file must not be trusted (not a regular file, someone else's, writable by others); empty if it may. */
    public static Optional<String> fileProblem(Path file) throws IOException {
        return FolderCheck.fileProblem(file);
    }

    private static FileAttribute<?>[] folderAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)} : new FileAttribute<?>[0];
    }
}
