package threadlab.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Linux standing in for a Mac, for the tests of a class: {@code java.io.tmpdir} as deep as
 * macOS's per-user {@code /var/folders/xx/<30 characters>/T/} (deeper: it sits in a folder of the
 * test's own), private as there, and no {@code /dev/shm}, so the IPC folder is under it as on a
 * Mac ({@code threadlab.ipcRoot}). A socket file in that folder would be longer than macOS allows;
 * the tests show the lab's channels work all the same. Does nothing on Windows.
 */
public final class MacLengthTempFolder implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(MacLengthTempFolder.class);

    /** The part macOS adds below {@code /var/folders}: two characters, thirty, and {@code T}. */
    public static final String MAC_TMP = "var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (Os.current() == Os.WINDOWS) {
            return;
        }
        Path base = Files.createTempDirectory("mac-length");
        Path tmp = Files.createDirectories(base.resolve(MAC_TMP));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> old = new HashMap<>();
        old.put("java.io.tmpdir", System.setProperty("java.io.tmpdir", tmp.toString()));
        old.put(
                LabFolder.IPC.property(),
                System.setProperty(
                        LabFolder.IPC.property(),
                        LabFolder.IPC
                                .defaultPath(
                                        Os.MAC,
                                        System::getenv,
                                        System::getProperty,
                                        CurrentUser.get().tag(),
                                        () -> false)
                                .toString()));
        context.getStore(HERE).put("old", old);
        context.getStore(HERE).put("base", base);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        Map<String, String> old = context.getStore(HERE).remove("old", Map.class);
        if (old == null) {
            return;
        }
        old.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
        StaleEntries.deleteTree(context.getStore(HERE).remove("base", Path.class));
    }
}
