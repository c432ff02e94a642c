package threadlab.files;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made a file or folder of the lab's: the owner's pid and start time. A pid alone is not
 * proof, since the OS reuses pids; a pid whose process started at the recorded time is. A file or
 * folder whose owner is gone is stale: it is replaced or removed, never trusted.
 *
 * <p>In a name the stamp is a prefix, {@code PID-START-LABEL} ({@link #name}): START is the start
 * in epoch milliseconds, or {@code x} where the OS does not say; LABEL says what the entry is
 * ({@code ipc-1}, {@code dump-2}, ...). Only names of exactly that form ({@link #STAMPED}) are ever
 * taken for the lab's. In a mapped file the stamp is a header:
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

    /** What a start the OS does not report is written as in a name. */
    static final String UNKNOWN_START = "x";

    /** A name the lab made: pid, start (or {@value #UNKNOWN_START}), label. */
    public static final Pattern STAMPED =
            Pattern.compile("([0-9]{1,19})-([0-9]{1,19}|" + UNKNOWN_START + ")-([a-z0-9][a-z0-9.-]{0,63})");

    /** Start times the OS reports can differ by rounding from one reading to the next. */
    private static final long START_TOLERANCE_MILLIS = 1_000;

    private static final OwnerStamp CURRENT = of(ProcessHandle.current());

    /** This JVM's stamp. */
    public static OwnerStamp current() {
        return CURRENT;
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

    /** {@code PID-START-label}: a name that {@link #fromName} reads back as this stamp. */
    public String name(String label) {
        String name = pid + "-" + (startMillis < 0 ? UNKNOWN_START : Long.toString(startMillis)) + "-" + label;
        if (!STAMPED.matcher(name).matches()) {
            throw new IllegalArgumentException("not a stamped name: " + name);
        }
        return name;
    }

    /** The stamp a name made by {@link #name} carries; empty for any other name. */
    public static Optional<OwnerStamp> fromName(String name) {
        Matcher m = STAMPED.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long start = m.group(2).equals(UNKNOWN_START) ? -1 : Long.parseLong(m.group(2));
            return Optional.of(new OwnerStamp(Long.parseLong(m.group(1)), start));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
