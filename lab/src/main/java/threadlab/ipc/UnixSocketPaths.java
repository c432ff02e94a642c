package threadlab.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import threadlab.files.LabFolder;
import threadlab.files.Os;
import threadlab.files.OwnerStamp;
import threadlab.files.StampedFolder;

/**
 * How long a Unix domain socket's path may be, and whether one can be bound where the lab puts
 * them. The path goes into {@code sockaddr_un.sun_path}: 104 bytes on macOS and the BSDs, 108 on
 * Linux and Windows ({@code afunix.h}); the JDK keeps two of them back (a NUL at each end), so the
 * longest path it binds is 102 or 106 bytes, and a longer one fails with "Unix domain path too
 * long". The lab checks a socket's full path against that before binding.
 */
final class UnixSocketPaths {

    /** The longest name the lab gives a socket file: a pool's worker after a million replacements. */
    static final String LONGEST_NAME = "worker-999999";

    private static final Map<Path, Boolean> BINDABLE = new ConcurrentHashMap<>();

    private UnixSocketPaths() {}

    /** The size of {@code sun_path} on {@code os}. */
    static int sunPathBytes(Os os) {
        return os == Os.LINUX || os == Os.WINDOWS ? 108 : 104;
    }

    /** The longest socket path the JDK binds on {@code os}, in bytes. */
    static int maxPathBytes(Os os) {
        return sunPathBytes(os) - 2;
    }

    /** A path's length as the JDK hands it to the OS (in the platform's file-name encoding). */
    static int bytes(Path path) {
        String encoding = System.getProperty("sun.jnu.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding)
                ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return path.toString().getBytes(charset).length;
    }

    /**
     * @throws IOException if {@code socket} is too long to bind on this OS, saying by how much
     */
    static void requireFits(Path socket) throws IOException {
        int bytes = bytes(socket);
        int max = maxPathBytes(Os.current());
        if (bytes > max) {
            throw new IOException("socket path " + socket + " is " + bytes + " bytes, over this OS's " + max
                    + "; point -D" + LabFolder.SOCKETS.property() + " at a shorter folder");
        }
    }

    /**
     * Whether a socket can be bound at a path as long as the longest this lab uses, in its socket
     * folder: answered once per socket folder by binding one (then removing it).
     *
     * @throws threadlab.files.RefusedFolderException if the socket folder may not be used
     */
    static boolean bindable() {
        return BINDABLE.computeIfAbsent(LabFolder.SOCKETS.path(), root -> probe());
    }

    private static boolean probe() {
        try (StampedFolder folder = StampedFolder.create(LabFolder.SOCKETS, "s")) {
            // the probe's path is as long as the longest a socket of this JVM's can get: the same
            // folder, with the widest number a later folder can have, and the longest name
            String widest = OwnerStamp.current().name("s-999999");
            int wider = Math.max(
                    0, widest.length() - folder.dir().getFileName().toString().length());
            Path probe = folder.dir().resolve("p".repeat(LONGEST_NAME.length() + wider) + ".sock");
            if (bytes(probe) > maxPathBytes(Os.current())) {
                return false;
            }
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(probe), 1);
                return true;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
