package threadlab.workload;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The socket workload's task as a callback chain over an {@link AsynchronousSocketChannel}:
 * connect, write the header (latency, rounds), then for each round write the 4-byte length and the
 * payload and read the echo, each step started by the completion of the one before, on the channel
 * group's threads. No thread waits for the
 * server; the same protocol and the same checksum as {@link SocketWorkload#runTask}.
 */
final class AsyncRoundTrip {

    private final AsynchronousSocketChannel channel;
    private final ConnectGate gate;
    private final long timeoutMillis;

    private AsyncRoundTrip(AsynchronousSocketChannel channel, ConnectGate gate, long timeoutMillis) {
        this.channel = channel;
        this.gate = gate;
        this.timeoutMillis = timeoutMillis;
    }

    /** What one task sends: its latency and rounds (the connection's header), and the payload of every round. */
    record Exchange(int latencyMillis, int rounds, byte[] payload) {}

    /** The workload's counters: connects refused, connects failed otherwise, round trips answered. */
    record Counts(AtomicLong refused, AtomicLong failedConnects, AtomicLong roundTrips) {}

    /**
     * Starts one task's round trips to {@code server}; the future completes with the checksum of
     * the replies. The channel is closed when the future completes in any way, cancellation
     * included. A refused connection is counted in {@code counts}. The connect starts when
     * {@code gate} admits it (at once, unless the OS's backlog cap of connects is under way).
     */
    static CompletableFuture<Long> start(
            AsyncContext async,
            SocketAddress server,
            ConnectGate gate,
            Exchange exchange,
            long timeoutMillis,
            Counts counts) {
        AsynchronousSocketChannel channel;
        try {
            channel = AsynchronousSocketChannel.open(async.channels());
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(SocketWorkload.explained(e));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new AsyncRoundTrip(channel, gate, timeoutMillis).run(server, exchange, counts);
    }

    private CompletableFuture<Long> run(SocketAddress server, Exchange exchange, Counts counts) {
        byte[] payload = exchange.payload();
        ByteBuffer header = ByteBuffer.allocate(8)
                .putInt(exchange.latencyMillis())
                .putInt(exchange.rounds())
                .flip();
        ByteBuffer reply = ByteBuffer.allocate(payload.length);
        CompletableFuture<Long> task = connect(server)
                .whenComplete((connected, error) -> {
                    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                    if (cause instanceof ConnectException) {
                        counts.refused().incrementAndGet();
                    } else if (cause != null) {
                        counts.failedConnects().incrementAndGet();
                    }
                })
                .thenCompose(connected -> writeAll(header))
                .thenCompose(written -> rounds(payload, reply, exchange.rounds(), 0L, counts.roundTrips()));
        task.whenComplete((value, error) -> close());
        return task;
    }

    /** The remaining {@code left} rounds, each started by the end of the one before; {@code h} the hash so far. */
    private CompletableFuture<Long> rounds(byte[] payload, ByteBuffer reply, int left, long h, AtomicLong roundTrips) {
        if (left == 0) {
            return CompletableFuture.completedFuture(h);
        }
        ByteBuffer request = ByteBuffer.allocate(4 + payload.length)
                .putInt(payload.length)
                .put(payload)
                .flip();
        reply.clear();
        return writeAll(request).thenCompose(written -> readAll(reply)).thenCompose(read -> {
            roundTrips.incrementAndGet();
            return rounds(payload, reply, left - 1, SocketWorkload.checksumOf(h, reply.array()), roundTrips);
        });
    }

    private CompletableFuture<Void> connect(SocketAddress server) {
        CompletableFuture<Void> connected = new CompletableFuture<>();
        gate.admit(() -> {
            try {
                channel.connect(server, null, new CompletionHandler<Void, Void>() {
                    @Override
                    public void completed(Void result, Void attachment) {
                        gate.release();
                        connected.complete(null);
                    }

                    @Override
                    public void failed(Throwable error, Void attachment) {
                        gate.release();
                        connected.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                gate.release();
                connected.completeExceptionally(e);
            }
        });
        return connected;
    }

    /** Writes until {@code buffer} is empty: a short write starts the next write from its handler. */
    private CompletableFuture<Void> writeAll(ByteBuffer buffer) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        new Transfer(written, buffer, true).next();
        return written;
    }

    /** Reads until {@code buffer} is full; the server closing first is an {@link EOFException}. */
    private CompletableFuture<Void> readAll(ByteBuffer buffer) {
        CompletableFuture<Void> read = new CompletableFuture<>();
        new Transfer(read, buffer, false).next();
        return read;
    }

    private void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // the round trip is over either way
        }
    }

    /** One direction of bytes, continued from its own completion handler until the buffer is done. */
    private final class Transfer implements CompletionHandler<Integer, Void> {
        private final CompletableFuture<Void> done;
        private final ByteBuffer buffer;
        private final boolean writing;

        Transfer(CompletableFuture<Void> done, ByteBuffer buffer, boolean writing) {
            this.done = done;
            this.buffer = buffer;
            this.writing = writing;
        }

        void next() {
            if (!buffer.hasRemaining()) {
                done.complete(null);
                return;
            }
            try {
                if (writing) {
                    channel.write(buffer, timeoutMillis, TimeUnit.MILLISECONDS, null, this);
                } else {
                    channel.read(buffer, timeoutMillis, TimeUnit.MILLISECONDS, null, this);
                }
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }

        @Override
        public void completed(Integer count, Void attachment) {
            if (count < 0) {
                done.completeExceptionally(new EOFException(
                        "the server closed after " + buffer.position() + " of " + buffer.limit() + " bytes"));
                return;
            }
            next();
        }

        @Override
        public void failed(Throwable error, Void attachment) {
            done.completeExceptionally(error);
        }
    }
}
