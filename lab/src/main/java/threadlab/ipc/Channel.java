package threadlab.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.util.Arrays;
import threadlab.InvalidInputException;

/** The ways two JVMs on one machine can exchange bytes, as the lab measures them. */
public enum Channel {
    /** The child's stdin and stdout: two anonymous pipes made by the OS when it starts the child. */
    PIPE("pipe"),
    /** A TCP connection over the loopback interface, Nagle off. */
    TCP("tcp"),
    /** A Unix domain socket: a socket file in the run's folder ({@code UnixDomainSocketAddress}, JDK 16+). */
    UNIX("unix-socket"),
    /** Two ring buffers in a memory-mapped file (see {@link ShmRing}); no system call per message. */
    SHARED_MEMORY("shared-memory");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this OS and JVM offer the channel (Unix domain sockets: not on Windows before 10). */
    public boolean available() {
        if (this != UNIX) {
            return true;
        }
        try (ServerSocketChannel probe = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            return probe.isOpen();
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /**
     * The channel a label names.
     *
     * @throws InvalidInputException for an unknown label, listing the valid ones
     */
    public static Channel of(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown channel '" + label + "'; valid: "
                        + String.join(", ", Arrays.stream(values()).map(Channel::label).toList())));
    }
}
