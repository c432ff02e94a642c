package threadlab.ipc;

import java.util.Arrays;
import threadlab.InvalidInputException;

/** The ways two JVMs on one machine can exchange bytes, as the lab measures them. */
public enum Channel {
    /** The child's stdin and stdout: two anonymous pipes made by the OS when it starts the child. */
    PIPE("pipe"),
    /** A TCP connection over the loopback interface, Nagle off. */
    TCP("tcp"),
    /** A Unix domain socket: a socket file in the lab's socket folder ({@code UnixDomainSocketAddress}, JDK 16+). */
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

    /**
     * Whether this OS and JVM offer the channel here. Unix domain sockets: whether one can be
     * bound in the lab's socket folder at a path as long as the longest the lab uses (not on
     * Windows before 10; not where the folder is too deep for the OS's socket-path limit).
     *
     * @throws threadlab.files.RefusedFolderException if the socket folder may not be used
     */
    public boolean available() {
        return this != UNIX || UnixSocketPaths.bindable();
    }

    /**
     * The channel a label names.
     *
     * @throws InvalidInputException for an unknown label, listing the valid ones
     */
    public static Channel of(String label) {
        return Arrays.stream(values())
                .filter(c -> c.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown channel '" + label + "'; valid: "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(Channel::label).toList())));
    }
}
