package threadlab.workload;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code socket:latencyMs=L,bytes=B}: each task opens a TCP connection to the lab's
 * {@link LoopbackServer}, sends B bytes, and blocks until they come back L ms later. Real
 * blocking network I/O: a platform thread waits in the kernel; a virtual thread parks and its
 * carrier serves others. Every connection the server's host refused is counted. Its non-blocking
 * form is {@link AsyncRoundTrip}: the same bytes over an asynchronous channel, as callbacks.
 */
final class SocketWorkload extends CatalogWorkload implements AsyncWorkload {

    private static final int CONNECT_TIMEOUT_MS = 30_000;

    private final long latencyMillis;
    private final int bytes;
    private final LoopbackServer server;
    private final AtomicLong refused = new AtomicLong();

    SocketWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("latencyMs", "bytes"));
        this.latencyMillis = spec.longParam("latencyMs", 10, 0, 600_000);
        this.bytes = (int) spec.longParam("bytes", 64, 1, 1 << 20);
        try {
            this.server = new LoopbackServer(latencyMillis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback server: " + e.getMessage(), e);
        }
    }

    @Override
    public long runTask(int index) throws IOException {
        byte[] payload = payload(index);
        try (Socket socket = new Socket()) {
            try {
                server.connect(socket, CONNECT_TIMEOUT_MS);
            } catch (ConnectException e) {
                refused.incrementAndGet();
                throw e;
            }
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) timeoutMillis());
            var out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
            byte[] reply = new byte[payload.length];
            new DataInputStream(socket.getInputStream()).readFully(reply);
            return checksumOf(reply);
        }
    }

    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        return AsyncRoundTrip.start(async, server.address(), server.gate(), payload(index), timeoutMillis(), refused);
    }

    /** A task's value: the bytes the server echoed, hashed in order. */
    static long checksumOf(byte[] reply) {
        long h = 0;
        for (byte b : reply) {
            h = Checksums.mix(h + b);
        }
        return h;
    }

    private long timeoutMillis() {
        return Math.min(Integer.MAX_VALUE, latencyMillis + 60_000);
    }

    private byte[] payload(int index) {
        byte[] payload = new byte[bytes];
        long h = index;
        for (int i = 0; i < bytes; i++) {
            h = Checksums.mix(h + i);
            payload[i] = (byte) h;
        }
        return payload;
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(latencyMillis);
    }

    /** Where the loopback server listens: tests look for sockets still open to it. */
    SocketAddress serverAddress() {
        return server.address();
    }

    @Override
    public java.util.OptionalInt connectBound() {
        int bound = server.gate().bound();
        return bound > 0 ? java.util.OptionalInt.of(bound) : java.util.OptionalInt.empty();
    }

    /** The most connects that waited for the server at once in this workload's life: for tests. */
    int peakConnectsWaiting() {
        return server.gate().peakWaiting();
    }

    @Override
    public OptionalLong refusedConnections() {
        return OptionalLong.of(refused.get());
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("socket:latencyMs=0,bytes=" + bytes);
    }

    @Override
    public void close() {
        server.close();
    }
}
