package threadlab.child;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import threadlab.ipc.Channel;
import threadlab.ipc.ChannelListener;
import threadlab.ipc.Connection;
import threadlab.ipc.IpcFolder;
import threadlab.measure.ChildProcesses;

/**
 * A child JVM the parent talks to over a chosen {@link Channel}: a {@link ChildKind} started by
 * {@link ChildJvm} with {@code channel address args...}, connected, its stderr drained. Whatever the
 * channel, the child's stdin stays open while the parent lives and is closed by {@link #close()}:
 * children exit when their stdin closes (see {@link ParentWatch}).
 */
public final class ConnectedChild implements AutoCloseable {

    private final Process process;
    private final StderrTail stderr;
    private final Connection connection;

    private ConnectedChild(Process process, StderrTail stderr, Connection connection) {
        this.process = process;
        this.stderr = stderr;
        this.connection = connection;
    }

    /**
     * Starts the child and waits until it has connected.
     *
     * @param name names the channel's files in {@code folder}
     * @throws IOException if the child cannot start or connect (its last stderr lines are in the message)
     */
    public static ConnectedChild start(
            ChildJvm jvm, Channel channel, IpcFolder folder, String name, String kind, String... args)
            throws IOException {
        try (ChannelListener listener = ChannelListener.open(channel, folder, name)) {
            List<String> childArgs = new ArrayList<>(List.of(channel.label(), listener.address()));
            childArgs.addAll(List.of(args));
            Process process = new ProcessBuilder(jvm.kindCommand(List.of(), kind, childArgs)).start();
            ChildProcesses.started();
            StderrTail stderr = new StderrTail(process.getErrorStream(), "child-stderr-" + process.pid());
            try {
                return new ConnectedChild(process, stderr, listener.accept(process));
            } catch (IOException e) {
                process.destroyForcibly();
                throw new IOException(e.getMessage() + describe(stderr), e);
            }
        }
    }

    private static String describe(StderrTail stderr) {
        String last = stderr.last(3);
        return last.isEmpty() ? "" : "; last stderr: " + last;
    }

    public Connection connection() {
        return connection;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the child at once (SIGKILL on Unix). */
    public void kill() {
        process.destroyForcibly();
    }

    /** The child's last stderr lines, for an error message. */
    public String lastWords() {
        return stderr.last(3);
    }

    /** Closes the channel and the child's stdin, waits for it to exit, kills it if it does not. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            // the child is gone already
        }
        ChildExit.closeStdinAndAwait(process, stderr);
    }
}
