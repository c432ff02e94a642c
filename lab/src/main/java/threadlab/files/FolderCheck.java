package threadlab.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an existing entry may serve as one of the lab's private folders, or hold a file the lab
 * trusts: read with {@code NOFOLLOW_LINKS} (lstat), so a link is seen as the link, never as what
 * it points to. A folder must be a real directory, owned by this user, writable by no one else
 * and usable by its owner; a file must be a regular file of this user's that no one else may write.
 *
 * <p>On POSIX, "no one else" is the group and other write bits; the owner is compared by uid.
 * On Windows a folder must be no link or junction, owned by this user (or by a principal that
 * may already write the user's home folder: SYSTEM, the Administrators of an elevated shell),
 * and its ACL may let no one else write: every principal an entry allows to add, delete or
 * change entries or the ACL must be the owner or one of those who may write the home folder.
 */
final class FolderCheck {

    /** What lets a principal change a folder's entries, or who may do so. */
    static final Set<AclEntryPermission> WRITING = EnumSet.of(
            AclEntryPermission.WRITE_DATA,
            AclEntryPermission.APPEND_DATA,
            AclEntryPermission.DELETE_CHILD,
            AclEntryPermission.DELETE,
            AclEntryPermission.WRITE_ACL,
            AclEntryPermission.WRITE_OWNER);

    private FolderCheck() {}

    /** Why {@code dir} must not be used as a private folder; empty if it may. */
    static Optional<String> folderProblem(Path dir) throws IOException {
        return Os.current() == Os.WINDOWS ? windowsProblem(dir, true) : posixProblem(dir, true);
    }

    /** Why {@code file} must not be trusted (a file another user could have written); empty if it may. */
    static Optional<String> fileProblem(Path file) throws IOException {
        return Os.current() == Os.WINDOWS ? windowsProblem(file, false) : posixProblem(file, false);
    }

    private static Optional<String> posixProblem(Path path, boolean folder) throws IOException {
        CurrentUser me = CurrentUser.get();
        boolean link;
        boolean kind;
        boolean mine;
        String owner;
        int mode;
        try {
            // one lstat: the "unix" view gives the numeric owner, which is what the kernel compares
            Map<String, Object> a = Files.readAttributes(
                    path, "unix:isSymbolicLink,isDirectory,isRegularFile,uid,mode", NOFOLLOW_LINKS);
            link = (Boolean) a.get("isSymbolicLink");
            kind = (Boolean) a.get(folder ? "isDirectory" : "isRegularFile");
            int uid = (Integer) a.get("uid");
            mine = me.uid().isPresent()
                    ? me.uid().getAsLong() == uid
                    : Files.getOwner(path, NOFOLLOW_LINKS).getName().equals(me.name());
            owner = "uid " + uid;
            mode = (Integer) a.get("mode");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            PosixFileAttributes a = Files.readAttributes(path, PosixFileAttributes.class, NOFOLLOW_LINKS);
            link = a.isSymbolicLink();
            kind = folder ? a.isDirectory() : a.isRegularFile();
            owner = a.owner().getName();
            mine = owner.equals(me.name());
            mode = modeOf(a.permissions());
        }
        if (link) {
            return Optional.of("is a symbolic link (to " + Files.readSymbolicLink(path) + ")");
        }
        if (!kind) {
            return Optional.of(folder ? "is not a folder" : "is not a regular file");
        }
        if (!mine) {
            return Optional.of("belongs to " + owner + ", not to " + me);
        }
        String octal = String.format("%03o", mode & 07777);
        if ((mode & 0002) != 0) {
            return Optional.of("is writable by every user (mode " + octal + ")");
        }
        if ((mode & 0020) != 0) {
            return Optional.of("is writable by its group (mode " + octal + ")");
        }
        int needed = folder ? 0700 : 0600;
        if ((mode & needed) != needed) {
            return Optional.of("does not let its owner " + (folder ? "read, write and enter it" : "read and write it")
                    + " (mode " + octal + ")");
        }
        return Optional.empty();
    }

    static int modeOf(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 0400 >> p.ordinal();
        }
        return mode;
    }

    private static Optional<String> windowsProblem(Path path, boolean folder) throws IOException {
        BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW_LINKS);
        if (basic.isSymbolicLink() || basic.isOther()) {
            return Optional.of("is a link or a junction");
        }
        if (folder ? !basic.isDirectory() : !basic.isRegularFile()) {
            return Optional.of(folder ? "is not a folder" : "is not a regular file");
        }
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class, NOFOLLOW_LINKS);
        if (view == null) {
            return Optional.of("is on a file system without owners or access lists");
        }
        Set<UserPrincipal> trusted = trustedOnWindows();
        UserPrincipal owner = view.getOwner();
        if (!trusted.contains(owner)) {
            return Optional.of("belongs to " + owner.getName() + ", not to " + CurrentUser.get());
        }
        List<String> others = untrustedWriters(view.getAcl(), owner, trusted);
        return others.isEmpty() ? Optional.empty() : Optional.of("can be written by " + String.join(", ", others));
    }

    /**
     * The principals, other than {@code owner} and {@code trusted}, that {@code acl} allows to
     * write: entries that only pass on to new files and folders count too, since the lab's files
     * would inherit them.
     */
    static List<String> untrustedWriters(List<AclEntry> acl, UserPrincipal owner, Set<UserPrincipal> trusted) {
        return acl.stream()
                .filter(e -> e.type() == AclEntryType.ALLOW
                        && e.permissions().stream().anyMatch(WRITING::contains))
                .map(AclEntry::principal)
                .filter(p -> !p.equals(owner) && !trusted.contains(p))
                .map(UserPrincipal::getName)
                .distinct()
                .toList();
    }

    /** The principals that may write this user's own home folder (the user, SYSTEM, Administrators), and the user. */
    private static Set<UserPrincipal> trustedOnWindows() throws IOException {
        Set<UserPrincipal> trusted = new HashSet<>();
        Path home = Path.of(System.getProperty("user.home"));
        AclFileAttributeView view = Files.getFileAttributeView(home, AclFileAttributeView.class);
        if (view != null) {
            trusted.add(view.getOwner());
            view.getAcl().stream()
                    .filter(e -> e.type() == AclEntryType.ALLOW
                            && !e.flags().contains(AclEntryFlag.INHERIT_ONLY)
                            && e.permissions().stream().anyMatch(WRITING::contains))
                    .forEach(e -> trusted.add(e.principal()));
        }
        try {
            trusted.add(home.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(CurrentUser.get().name()));
        } catch (IOException | UnsupportedOperationException e) {
            // the home folder's own access list still names the user
        }
        return trusted;
    }
}
