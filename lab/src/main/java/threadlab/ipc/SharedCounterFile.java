package threadlab.ipc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The {@code shared-memory-counter} experiment's mapped file: one counter that child JVMs add to,
 * and the rounds that start them together. Children attach once and serve round after round, so a
 * round measures the increments, not the JVM starts.
 *
 * <pre>
 * body +   0  long counter      the shared counter
 * body +  64  long ready        children attached (each adds 1 once)
 * body + 128  long go           the round the parent started (children wait for it)
 * body + 192  long done         children that finished the round
 * body + 256  long update       CounterUpdate ordinal for the round
 * body + 264  long increments   per child, for the round
 * body + 512 + 64 i  long nanos child i's time for the round
 * </pre>
 */
public final class SharedCounterFile {

    public static final int MAX_CHILDREN = 56;

    private static final int COUNTER = MappedRegion.BODY;
    private static final int READY = COUNTER + 64;
    private static final int GO = COUNTER + 128;
    private static final int DONE = COUNTER + 192;
    private static final int UPDATE = COUNTER + 256;
    private static final int INCREMENTS = COUNTER + 264;
    private static final int SLOTS = COUNTER + 512;
    private static final int BODY_BYTES = 512 + 64 * MAX_CHILDREN;

    private final MappedRegion region;
    private final MappedByteBuffer buffer;

    private SharedCounterFile(MappedRegion region) {
        this.region = region;
        this.buffer = region.buffer();
    }

    /** The parent makes the file (replacing a stale one). */
    public static SharedCounterFile create(Path path) throws IOException {
        return new SharedCounterFile(MappedRegion.create(path, BODY_BYTES));
    }

    /** A child opens its parent's file; anything else is refused (see {@link MappedRegion#open}). */
    public static SharedCounterFile open(Path path, long parentPid) throws IOException {
        return new SharedCounterFile(MappedRegion.open(path, parentPid));
    }

    public Path path() {
        return region.path();
    }

    // --- parent side ---

    /** Waits until {@code children} have attached; {@code alive} says whether they all still run. */
    public void awaitReady(int children, BooleanSupplier alive) throws IOException {
        await(READY, children, alive);
    }

    /** Starts round {@code round}: zeroes the counter, then lets the children go. */
    public void start(long round, CounterUpdate update, long increments, int children) {
        MappedRegion.LONGS.setVolatile(buffer, COUNTER, 0L);
        MappedRegion.LONGS.setVolatile(buffer, DONE, 0L);
        for (int i = 0; i < children; i++) {
            MappedRegion.LONGS.setVolatile(buffer, SLOTS + 64 * i, 0L);
        }
        MappedRegion.LONGS.setVolatile(buffer, UPDATE, (long) update.ordinal());
        MappedRegion.LONGS.setVolatile(buffer, INCREMENTS, increments);
        MappedRegion.LONGS.setRelease(buffer, GO, round);
    }

    /** Waits until {@code children} have finished the round. */
    public void awaitDone(int children, BooleanSupplier alive) throws IOException {
        await(DONE, children, alive);
    }

    public long counter() {
        return (long) MappedRegion.LONGS.getVolatile(buffer, COUNTER);
    }

    /** Child {@code i}'s time for the last round, 0 if it did not finish. */
    public long nanos(int i) {
        return (long) MappedRegion.LONGS.getVolatile(buffer, SLOTS + 64 * i);
    }

    private void await(int offset, long atLeast, BooleanSupplier alive) throws IOException {
        Backoff backoff = new Backoff(alive);
        while ((long) MappedRegion.LONGS.getAcquire(buffer, offset) < atLeast) {
            backoff.pause();
        }
    }

    // --- child side ---

    /** Says this child has attached. */
    public void attach() {
        MappedRegion.LONGS.getAndAdd(buffer, READY, 1L);
    }

    /**
     * Waits for round {@code round}, adds to the counter as the parent asked, records the time
     * in slot {@code index} and says it is done.
     *
     * @throws EOFException if the parent is found dead while waiting
     */
    public void serve(long round, int index, BooleanSupplier parentAlive) throws EOFException {
        Backoff backoff = new Backoff(parentAlive);
        while ((long) MappedRegion.LONGS.getAcquire(buffer, GO) < round) {
            backoff.pause();
        }
        CounterUpdate update = CounterUpdate.values()[(int) (long) MappedRegion.LONGS.getVolatile(buffer, UPDATE)];
        long increments = (long) MappedRegion.LONGS.getVolatile(buffer, INCREMENTS);
        long start = System.nanoTime();
        update.add(buffer, COUNTER, increments);
        MappedRegion.LONGS.setVolatile(buffer, SLOTS + 64 * index, Math.max(1, System.nanoTime() - start));
        MappedRegion.LONGS.getAndAdd(buffer, DONE, 1L);
    }
}
