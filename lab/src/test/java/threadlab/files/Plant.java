package threadlab.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What another user of a shared machine can leave where the lab would make one of its folders,
 * before the lab's first run there: each kind plants itself at a path, with a victim's files
 * around, and {@link #snapshot} records everything about them, so that a test can prove the lab
 * deleted, wrote and changed nothing there.
 */
public enum Plant {
    /** A symbolic link to a folder of the victim's that holds files (a thesis). */
    LINK_TO_A_FOLDER_WITH_FILES,
    /** A folder every user may write, a file inside. */
    FOLDER_WRITABLE_BY_OTHERS,
    /** A folder owned by another user ({@code nobody}), a file inside. */
    FOLDER_OF_ANOTHER_USER;

    /**
     * Plants at {@code at}; {@code victim} is a folder of the victim's, filled with files here.
     * Skips the test (an assumption) where this kind cannot be planted: another user's folder
     * needs root, to give it away.
     */
    public void at(Path at, Path victim) throws IOException {
        Files.createDirectories(at.getParent());
        Files.createDirectories(victim.resolve("figures"));
        Files.writeString(victim.resolve("chapter1.tex"), "years of work");
        Files.writeString(victim.resolve("figures").resolve("plot.png"), "pixels");
        switch (this) {
            case LINK_TO_A_FOLDER_WITH_FILES -> Files.createSymbolicLink(at, victim);
            case FOLDER_WRITABLE_BY_OTHERS -> {
                Files.createDirectory(at);
                Files.writeString(at.resolve("planted.txt"), "left for the victim");
                Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwxrwxrwx"));
            }
            case FOLDER_OF_ANOTHER_USER -> {
                Files.createDirectory(at);
                Files.writeString(at.resolve("planted.txt"), "left for the victim");
                UserPrincipal nobody;
                try {
                    nobody = at.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                    Files.setOwner(at.resolve("planted.txt"), nobody);
                    Files.setOwner(at, nobody);
                } catch (IOException | UnsupportedOperationException e) {
                    assumeTrue(false, "cannot give a folder to user 'nobody' here (that needs root): " + e);
                }
            }
        }
    }

    /**
     * Everything about the entries at {@code at} (not following a link there) and in
     * {@code victim}: kind, size, content time, mode and owner of each, by path.
     */
    public static Map<String, String> snapshot(Path at, Path victim) throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (Path top : new Path[] {at, victim}) {
            if (!Files.exists(top, NOFOLLOW_LINKS)) {
                all.put(top.toString(), "absent");
                continue;
            }
            if (Files.isSymbolicLink(top)) {
                all.put(top.toString(), "link to " + Files.readSymbolicLink(top));
                continue;
            }
            try (Stream<Path> tree = Files.walk(top)) {
                for (Path p : tree.toList()) {
                    Map<String, Object> a =
                            Files.readAttributes(p, "unix:isDirectory,size,lastModifiedTime,mode,uid", NOFOLLOW_LINKS);
                    all.put(
                            p.toString(),
                            a.get("isDirectory") + " " + a.get("size") + " " + a.get("lastModifiedTime") + " "
                                    + Integer.toOctalString((Integer) a.get("mode")) + " " + a.get("uid"));
                }
            }
        }
        return all;
    }
}
