package threadlab.ipc;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;

/**
 * Who made a shared file: a magic number, the owner's pid and the owner's start time. A pid alone
 * is not proof, since the OS reuses pids; a pid whose process started at the recorded time is.
 * A file or folder whose owner is gone is stale: it is replaced, never trusted.
 *
 * <pre>
 * offset 0  long magic   "THRLIPC1"
 * offset 8  long pid
 * offset 16 long start   owner's start, epoch milliseconds (-1 if the OS does not say)
 * </pre>
 */
public record OwnerStamp(long pid, long startMillis) {

    public static final long MAGIC = 0x5448524C49504331L;
    public static final int BYTES = 24;

    /** Start times the OS reports can differ by rounding from one reading to the next. */
    private static final long START_TOLERANCE_MILLIS = 1_000;

    /** This JVM's stamp. */
    public static OwnerStamp current() {
        return of(ProcessHandle.current());
    }

    public static OwnerStamp of(ProcessHandle process) {
        return new OwnerStamp(process.pid(), startMillisOf(process));
    }

    static long startMillisOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    /** Whether the process that made the stamp is still running (same pid, same start time). */
    public boolean alive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return false;
        }
        long start = startMillisOf(handle.get());
        return startMillis < 0 || start < 0 || Math.abs(start - startMillis) <= START_TOLERANCE_MILLIS;
    }

    /** Writes the stamp at {@code at} (magic last, so a half-written stamp never reads as valid). */
    public void writeTo(ByteBuffer buffer, int at) {
        buffer.putLong(at + 8, pid);
        buffer.putLong(at + 16, startMillis);
        buffer.putLong(at, MAGIC);
    }

    /** The stamp at {@code at}, or empty if the magic is not there. */
    public static Optional<OwnerStamp> readFrom(ByteBuffer buffer, int at) {
        if (buffer.limit() < at + BYTES || buffer.getLong(at) != MAGIC) {
            return Optional.empty();
        }
        return Optional.of(new OwnerStamp(buffer.getLong(at + 8), buffer.getLong(at + 16)));
    }

    /** {@code pid-start}, for names. */
    String token() {
        return pid + "-" + startMillis;
    }

    /** Parses {@link #token()} from the start of a name; empty if it has none. */
    static Optional<OwnerStamp> fromToken(String name) {
        String[] parts = name.split("-", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OwnerStamp(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
