package threadlab.ipc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.MappedByteBuffer;

/**
 * A one-way byte stream in shared memory between two processes: a single-producer,
 * single-consumer ring buffer inside a {@link MappedRegion}. It behaves like a pipe: the writer
 * blocks while the ring is full, the reader while it is empty, and the reader sees the end once
 * the writer closed and the ring is drained.
 *
 * <pre>
 * base +   0  long head     bytes ever written (the writer's; release on publish)
 * base +  64  long tail     bytes ever read    (the reader's; release on consume)
 * base + 128  long closed   1 once the writer closed
 * base + 192  data          capacity bytes, a power of two
 * </pre>
 * Head and tail are on separate cache lines so the two sides do not fight over one. The writer
 * copies the bytes, then publishes the new head with a release store; the reader reads the head
 * with an acquire load before it copies: the bytes are visible before the head that covers them.
 */
final class ShmRing {

    static final int HEADER = 192;

    private static final int HEAD = 0;
    private static final int TAIL = 64;
    private static final int CLOSED = 128;

    private final MappedByteBuffer buffer;
    private final int base;
    private final int data;
    private final int capacity;
    private final int mask;
    private final Backoff backoff;

    ShmRing(MappedRegion region, int base, int capacity, java.util.function.BooleanSupplier peerAlive) {
        if (Integer.bitCount(capacity) != 1 || base % 64 != 0) {
            throw new IllegalArgumentException("capacity must be a power of two and base 64-aligned");
        }
        this.buffer = region.buffer();
        this.base = base;
        this.data = base + HEADER;
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.backoff = new Backoff(peerAlive);
    }

    /** Bytes a ring of {@code capacity} takes in the region. */
    static int footprint(int capacity) {
        return HEADER + capacity;
    }

    /**
     * Writes all of {@code b[off, off+len)}, waiting for room as needed.
     *
     * @throws EOFException if the reader died
     */
    void write(byte[] b, int off, int len) throws IOException {
        long head = (long) MappedRegion.LONGS.get(buffer, base + HEAD);
        while (len > 0) {
            long tail = (long) MappedRegion.LONGS.getAcquire(buffer, base + TAIL);
            int free = capacity - (int) (head - tail);
            if (free == 0) {
                backoff.pause();
                continue;
            }
            backoff.reset();
            int n = Math.min(len, free);
            int at = (int) (head & mask);
            int first = Math.min(n, capacity - at);
            buffer.put(data + at, b, off, first);
            if (n > first) {
                buffer.put(data, b, off + first, n - first);
            }
            head += n;
            off += n;
            len -= n;
            MappedRegion.LONGS.setRelease(buffer, base + HEAD, head);
        }
    }

    /**
     * Reads at least one byte into {@code b[off, off+len)}, waiting as needed.
     *
     * @return the bytes read, or -1 once the writer closed and everything was read
     * @throws EOFException if the writer died
     */
    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        long tail = (long) MappedRegion.LONGS.get(buffer, base + TAIL);
        while (true) {
            long head = (long) MappedRegion.LONGS.getAcquire(buffer, base + HEAD);
            int available = (int) (head - tail);
            if (available == 0) {
                if ((long) MappedRegion.LONGS.getAcquire(buffer, base + CLOSED) != 0
                        && (long) MappedRegion.LONGS.getAcquire(buffer, base + HEAD) == tail) {
                    return -1;
                }
                backoff.pause();
                continue;
            }
            backoff.reset();
            int n = Math.min(len, available);
            int at = (int) (tail & mask);
            int first = Math.min(n, capacity - at);
            buffer.get(data + at, b, off, first);
            if (n > first) {
                buffer.get(data, b, off + first, n - first);
            }
            MappedRegion.LONGS.setRelease(buffer, base + TAIL, tail + n);
            return n;
        }
    }

    /** The writer is done: the reader gets -1 after the last byte. */
    void close() {
        MappedRegion.LONGS.setRelease(buffer, base + CLOSED, 1L);
    }
}
