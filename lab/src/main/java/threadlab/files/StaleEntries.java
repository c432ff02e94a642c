package threadlab.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Removing what the lab made, and only that. In one of its private folders, an entry is stale
 * when its name is a {@link OwnerStamp#STAMPED stamped name} and the process it names is gone (a
 * run killed with {@code kill -9} had no chance to clean up); any other entry is left alone, whatever
 * its name. Deleting never follows a link: a link is removed as a link, and what it points to is
 * never read.
 */
public final class StaleEntries {

    private StaleEntries() {}

    /**
     * Removes the stale entries of {@code root}, one of the lab's private folders. An entry that
     * cannot be removed now (Windows keeps a file that a dying process still maps) is left for a
     * later run, quietly.
     *
     * @return how many were removed
     */
    public static int remove(Path root) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                Optional<OwnerStamp> owner =
                        OwnerStamp.fromName(entry.getFileName().toString());
                if (owner.isPresent() && !owner.get().alive() && deleteTree(entry)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Deletes {@code path} and, if it is a real directory, everything in it, never following a
     * link (a link, at the top or inside, is deleted as a link).
     *
     * @return whether nothing is left
     */
    public static boolean deleteTree(Path path) {
        try {
            // without FOLLOW_LINKS the walk reads every entry with lstat: a link is a file to it
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
