package threadlab.workload;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Counts this process's open client sockets connected to a socket workload's server, from
 * Linux's {@code /proc}: a TCP entry whose remote port is the server's and whose inode is one of
 * this process's open file descriptors. A closed socket has no descriptor, whatever its TCP state.
 */
final class OpenSockets {

    private OpenSockets() {}

    static boolean available() {
        return Files.isDirectory(Path.of("/proc/self/fd")) && Files.isReadable(Path.of("/proc/net/tcp"));
    }

    static long clientsOf(Workload socketWorkload) throws IOException {
        int port = ((InetSocketAddress) ((SocketWorkload) socketWorkload).serverAddress()).getPort();
        Set<String> inodes = ownSocketInodes();
        long open = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String remote = f[2];
                int remotePort = Integer.parseInt(remote.substring(remote.indexOf(':') + 1), 16);
                if (remotePort == port && inodes.contains(f[9])) {
                    open++;
                }
            }
        }
        return open;
    }

    private static Set<String> ownSocketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed while we listed: not open
                }
            }
        }
        return inodes;
    }
}
