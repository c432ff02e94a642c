package threadlab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class PrivateFolderTest {

    @TempDir
    Path base;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX modes")
    void aNewFolderIsTheOwnersAloneAndAnExistingOneOfTheOwnersIsUsedAsItIs() throws Exception {
        Path fresh = PrivateFolder.ensure(base.resolve("cache").resolve("threadlab"), LabFolder.CACHE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwx------");
        assertThat(PrivateFolder.ensure(fresh, LabFolder.CACHE)).isEqualTo(fresh);

        Path readable = Files.createDirectory(base.resolve("readable"));
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateFolder.ensure(readable, LabFolder.IPC);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readable)))
                .as("not changed")
                .isEqualTo("rwxr-xr-x");

        Path file = Files.createFile(fresh.resolve("a.map"), PrivateFolder.ownerOnlyFile());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PrivateFolder.fileProblem(file)).isEmpty();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need a privilege on Windows")
    void aLinkAmongTheParentsIsFollowedAsOnMacOsButALinkAsTheFolderItselfIsRefusedEvenADanglingOne() throws Exception {
        // macOS: /tmp is a link to /private/tmp
        Path realTmp = Files.createDirectories(base.resolve("private").resolve("tmp"));
        Path tmp = Files.createSymbolicLink(base.resolve("tmp"), realTmp);
        Path sockets = PrivateFolder.ensure(tmp.resolve("tl-501"), LabFolder.SOCKETS);
        assertThat(realTmp.resolve("tl-501")).isDirectory();
        assertThat(PrivateFolder.ensure(sockets, LabFolder.SOCKETS)).isEqualTo(sockets);

        Path dangling = Files.createSymbolicLink(base.resolve("dangling"), base.resolve("not-yet"));
        assertThatThrownBy(() -> PrivateFolder.ensure(dangling, LabFolder.IPC))
                .isInstanceOf(RefusedFolderException.class)
                .hasMessageContaining("is a symbolic link");
        assertThat(base.resolve("not-yet")).as("nothing made through the link").doesNotExist();

        Path plainFile = Files.writeString(base.resolve("plain"), "x");
        assertThatThrownBy(() -> PrivateFolder.ensure(plainFile, LabFolder.IPC))
                .hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> PrivateFolder.checkIfPresent(dangling, LabFolder.IPC))
                .isInstanceOf(RefusedFolderException.class);
        PrivateFolder.checkIfPresent(base.resolve("absent"), LabFolder.IPC);
        assertThat(base.resolve("absent")).as("a check makes nothing").doesNotExist();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX modes")
    void theRefusalIsOneLineNamingTheFolderWhyAndTheProperty() throws Exception {
        Path open = Files.createDirectory(base.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwx---"));
        assertThatThrownBy(() -> PrivateFolder.ensure(open, LabFolder.IPC))
                .hasMessage("refusing the IPC folder " + open
                        + ": it is writable by its group (mode 770); remove it, or pick"
                        + " another folder with -Dthreadlab.ipcRoot=DIR");
    }

    /** A principal as Windows would name one. */
    private record Principal(String getName) implements UserPrincipal {}

    private static AclEntry allow(UserPrincipal who, AclEntryPermission... what) {
        return AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(who)
                .setPermissions(what)
                .build();
    }

    @Test
    void onWindowsAnAccessListThatLetsAnyoneButTheOwnerAndThoseWhoMayWriteTheHomeFolderWriteIsRefused() {
        UserPrincipal ada = new Principal("LAB\\ada");
        UserPrincipal system = new Principal("NT AUTHORITY\\SYSTEM");
        UserPrincipal users = new Principal("BUILTIN\\Users");
        UserPrincipal everyone = new Principal("Everyone");
        Set<UserPrincipal> trusted = Set.of(ada, system);
        assertThat(FolderCheck.untrustedWriters(
                        List.of(
                                allow(ada, AclEntryPermission.values()),
                                allow(system, AclEntryPermission.values()),
                                allow(users, AclEntryPermission.READ_DATA, AclEntryPermission.EXECUTE),
                                AclEntry.newBuilder()
                                        .setType(AclEntryType.DENY)
                                        .setPrincipal(everyone)
                                        .setPermissions(AclEntryPermission.WRITE_DATA)
                                        .build()),
                        ada,
                        trusted))
                .isEmpty();
        assertThat(FolderCheck.untrustedWriters(
                        List.of(
                                allow(ada, AclEntryPermission.values()),
                                allow(users, AclEntryPermission.APPEND_DATA),
                                allow(everyone, AclEntryPermission.WRITE_ACL)),
                        ada,
                        trusted))
                .containsExactly("BUILTIN\\Users", "Everyone");
    }
}
