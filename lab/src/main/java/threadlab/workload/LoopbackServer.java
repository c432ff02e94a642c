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

/**
 * The lab's own echo server on the loopback interface, for the {@code socket} workload. It must
 * never be the bottleneck: one virtual thread per connection (so it serves every connection at
 * once, whatever the mode under test does) and a backlog far above any in-flight count the lab
 * runs (the kernel caps it at {@code net.core.somaxconn}; macOS at 128 by default). Where that cap
 * is below the connects in flight, {@link #connect} holds the excess back ({@link ConnectGate}), so
 * the OS never drops one.
 *
 * <p>Protocol, per connection: the client sends a 4-byte length and that many bytes; the server
 * waits the injected latency, then sends the same bytes back and closes.
 */
final class LoopbackServer implements AutoCloseable {

    static final int BACKLOG = 65_535;

    private final ServerSocket server;
    private final ConnectGate gate;
    private final long latencyMillis;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread acceptor;
    private volatile boolean closed;

    LoopbackServer(long latencyMillis) throws IOException {
        this.latencyMillis = latencyMillis;
        this.gate = ConnectGate.forThisMachine();
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        this.acceptor = Thread.ofVirtual().name("loopback-accept").start(this::acceptLoop);
    }

    SocketAddress address() {
        return server.getLocalSocketAddress();
    }

    /** Connects {@code socket} to this server, first waiting while the OS's backlog cap of connects is already waiting. */
    void connect(Socket socket, int timeoutMillis) throws IOException {
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to connect");
        }
        try {
            socket.connect(address(), timeoutMillis);
        } catch (IOException | RuntimeException e) {
            gate.release();
            throw e;
        }
    }

    /** The gate on connects (callbacks admit their connect through it). */
    ConnectGate gate() {
        return gate;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket connection = server.accept();
                gate.release();
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
            var in = new DataInputStream(connection.getInputStream());
            byte[] payload = new byte[in.readInt()];
            in.readFully(payload);
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            var out = new DataOutputStream(connection.getOutputStream());
            out.write(payload);
            out.flush();
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
