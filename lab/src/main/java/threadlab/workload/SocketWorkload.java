package threadlab.workload;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import threadlab.machine.OsLimits;

/**
 * {@code socket:latencyMs=L,bytes=B,rounds=R}: each task opens one TCP connection to the lab's
 * {@link LoopbackServer} and makes R round trips over it: sends B bytes and blocks until they come
 * back L ms later. {@code rounds=1} is a connection per round trip. Real blocking network I/O: a
 * platform thread waits in the kernel; a virtual thread parks and its carrier serves others.
 * The server runs in a child JVM of its own ({@link LoopbackHost}), so this process holds one
 * descriptor per task in flight, not two. Every connection refused is counted, and every connect
 * that failed otherwise. Its non-blocking form is {@link AsyncRoundTrip}: the same bytes over an
 * asynchronous channel, as callbacks.
 */
final class SocketWorkload extends CatalogWorkload implements AsyncWorkload {

    private static final int CONNECT_TIMEOUT_MS = 30_000;

    private final int latencyMillis;
    private final int bytes;
    private final int rounds;
    private final ConnectGate gate = ConnectGate.forThisMachine();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failedConnects = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();
    private volatile LoopbackHost host;
    private volatile Duration serverCpu0;

    SocketWorkload(WorkloadSpec spec) {
        this(spec, LoopbackHost.sharedIfStarted());
    }

    /** With {@code host} as the server (null: the JVM's shared one, started at the first connect). */
    SocketWorkload(WorkloadSpec spec, LoopbackHost host) {
        super(spec);
        spec.requireOnly(Set.of("latencyMs", "bytes", "rounds"));
        this.latencyMillis = (int) spec.longParam("latencyMs", 10, 0, LoopbackServer.MAX_LATENCY_MS);
        this.bytes = (int) spec.longParam("bytes", 64, 1, 1 << 20);
        this.rounds = (int) spec.longParam("rounds", 1, 1, 10_000);
        if (host != null) {
            this.host = host;
            this.serverCpu0 = host.cpuSoFar();
        }
    }

    /** The server, started (once for the JVM) at the first connect that needs it. */
    private LoopbackHost host() {
        LoopbackHost h = host;
        if (h == null) {
            synchronized (this) {
                h = host;
                if (h == null) {
                    h = LoopbackHost.shared();
                    serverCpu0 = h.cpuSoFar();
                    host = h;
                }
            }
        }
        return h;
    }

    @Override
    public long runTask(int index) throws IOException {
        byte[] payload = payload(index);
        try (Socket socket = new Socket()) {
            connect(socket);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) timeoutMillis());
            var out = new DataOutputStream(socket.getOutputStream());
            var in = new DataInputStream(socket.getInputStream());
            out.writeInt(latencyMillis);
            out.writeInt(rounds);
            byte[] reply = new byte[payload.length];
            long h = 0;
            for (int r = 0; r < rounds; r++) {
                out.writeInt(payload.length);
                out.write(payload);
                out.flush();
                in.readFully(reply);
                h = checksumOf(h, reply);
                roundTrips.incrementAndGet();
            }
            return h;
        }
    }

    /** Connects {@code socket}, first waiting while the OS's backlog cap of connects is already under way. */
    private void connect(Socket socket) throws IOException {
        SocketAddress address = host().address();
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to connect");
        }
        try {
            socket.connect(address, CONNECT_TIMEOUT_MS);
        } catch (ConnectException e) {
            refused.incrementAndGet();
            throw e;
        } catch (IOException e) {
            failedConnects.incrementAndGet();
            throw explained(e);
        } finally {
            gate.release();
        }
    }

    /** A connect that failed because this process ran out of descriptors says so, and what to do. */
    static IOException explained(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof SocketException && message.contains("Too many open files")) {
            var limit = OsLimits.descriptors();
            return new SocketException(
                    "out of file descriptors (" + limit.source() + " = "
                            + (limit.known() ? limit.value() : "unknown")
                            + "): each socket task in flight holds one; raise the limit (ulimit -n) or run fewer tasks at once");
        }
        return e;
    }

    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        SocketAddress address;
        try {
            address = host().address();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncRoundTrip.start(
                async,
                address,
                gate,
                new AsyncRoundTrip.Exchange(latencyMillis, rounds, payload(index)),
                timeoutMillis(),
                new AsyncRoundTrip.Counts(refused, failedConnects, roundTrips));
    }

    /** A task's value: the bytes the server echoed, hashed in order (for {@code rounds=1}, one reply). */
    static long checksumOf(byte[] reply) {
        return checksumOf(0, reply);
    }

    /** The hash {@code h} so far continued over one more reply: R replies hash as one stream. */
    static long checksumOf(long h, byte[] reply) {
        for (byte b : reply) {
            h = Checksums.mix(h + b);
        }
        return h;
    }

    private long timeoutMillis() {
        return Math.min(Integer.MAX_VALUE, latencyMillis + 60_000L);
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
        return Duration.ofMillis((long) latencyMillis * rounds);
    }

    /** Where the loopback server listens: tests look for sockets still open to it. */
    SocketAddress serverAddress() {
        return host().address();
    }

    @Override
    public OptionalInt connectBound() {
        int bound = gate.bound();
        return bound > 0 ? OptionalInt.of(bound) : OptionalInt.empty();
    }

    /** The most connects that waited for the server at once in this workload's life: for tests. */
    int peakConnectsWaiting() {
        return gate.peakWaiting();
    }

    @Override
    public OptionalLong refusedConnections() {
        return OptionalLong.of(refused.get());
    }

    @Override
    public Record extraFields() {
        LoopbackHost h = host;
        Double serverCpu = null;
        if (h != null && serverCpu0 != null) {
            Duration now = h.cpuSoFar();
            serverCpu = now == null ? null : now.minus(serverCpu0).toNanos() / 1e9;
        }
        return new SocketFields(
                h == null ? null : h.where(), rounds, roundTrips.get(), serverCpu, failedConnects.get());
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("socket:latencyMs=0,bytes=" + bytes + ",rounds=" + rounds);
    }
}
