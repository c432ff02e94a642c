package threadlab.workload;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lab's echo server on the loopback interface, for the {@code socket} workload. It runs in a
 * child JVM of its own ({@link LoopbackHost}), so the descriptors and the CPU of the server's end
 * are not the client's. It must never be the bottleneck: one virtual thread per connection (so it
 * serves every connection at once, whatever the mode under test does) and a backlog far above any
 * in-flight count the lab runs (the kernel caps it at {@code net.core.somaxconn}; macOS at 128 by
 * default; the client holds connects back to that cap, {@link ConnectGate}).
 *
 * <p>Protocol, per connection: the client sends a header of two ints, the latency in ms and the
 * number of rounds R; then, R times, a 4-byte length and that many bytes, which the server sends
 * back after waiting the latency. After the R-th answer the server closes (so a round trip of
 * {@code rounds=1} is one connect, one echo, one close by the server, as it always was).
 */
public final class LoopbackServer implements AutoCloseable {

    static final int BACKLOG = 65_535;

    /** The most rounds a connection may ask for, and the longest latency: a malformed header is dropped. */
    static final int MAX_ROUNDS = 1_000_000;

    static final int MAX_LATENCY_MS = 600_000;

    private final ServerSocket server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread acceptor;
    private final AtomicLong accepted = new AtomicLong();
    private volatile boolean closed;

    /** Listens on an ephemeral port of the loopback address, never on another interface. */
    public LoopbackServer() throws IOException {
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        this.acceptor = Thread.ofVirtual().name("loopback-accept").start(this::acceptLoop);
    }

    public SocketAddress address() {
        return server.getLocalSocketAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    public long accepted() {
        return accepted.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket connection = server.accept();
                accepted.incrementAndGet();
                handlers.execute(() -> serve(connection));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            var in = new DataInputStream(connection.getInputStream());
            var out = new DataOutputStream(connection.getOutputStream());
            int latencyMillis = in.readInt();
            int rounds = in.readInt();
            if (latencyMillis < 0 || latencyMillis > MAX_LATENCY_MS || rounds < 1 || rounds > MAX_ROUNDS) {
                return;
            }
            for (int r = 0; r < rounds; r++) {
                int length = in.readInt();
                if (length < 0 || length > (1 << 20)) {
                    return;
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                if (latencyMillis > 0) {
                    Thread.sleep(latencyMillis);
                }
                out.write(payload);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The client went away or the server is closing: nothing to answer.
        }
    }

    /** Stops accepting, then waits for every open connection to be answered. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing is all we wanted.
        }
        try {
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handlers.close();
    }
}
