package threadlab.lesson.sharedmemorycounter;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import threadlab.ipc.CounterUpdate;
import threadlab.ipc.MappedRegion;
import threadlab.workload.AsyncContext;
import threadlab.workload.AsyncWorkload;
import threadlab.workload.CatalogWorkload;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.WorkloadType;

/**
 * {@code mapped-counter:update=U,increments=N}: every task adds N to one counter outside the Java
 * heap, through a VarHandle view of a byte buffer: {@code update=plain} reads and writes back
 * (updates are lost when two sides interleave), {@code atomic} uses {@code getAndAdd}, {@code local}
 * counts in a local variable and adds the total once. In a thread mode the buffer is a direct
 * buffer of this JVM; the {@code shared-memory-counter} experiment's child-JVM mode runs the same
 * code in several JVMs on one memory-mapped file and reports the count it read back through
 * {@link #countedElsewhere}. The run checksum is the final count.
 */
public final class MappedCounterWorkload extends CatalogWorkload implements AsyncWorkload {

    /** The catalog entry: name, nature, an example, one line of explanation. */
    public static final WorkloadType TYPE = new WorkloadType(
            "mapped-counter",
            Nature.CONTENDED,
            "mapped-counter:update=atomic,increments=1000000",
            "adds increments to one counter outside the heap via a VarHandle; update=plain|atomic|local;"
                    + " shared-memory-counter maps it into child JVMs",
            MappedCounterWorkload::new);

    static final List<String> UPDATES = List.of("plain", "atomic", "local");

    private final CounterUpdate update;
    private final long increments;
    private final ByteBuffer cell = ByteBuffer.allocateDirect(128).alignedSlice(64);
    private volatile Long countedElsewhere;

    MappedCounterWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("update", "increments"));
        this.update = CounterUpdate.of(spec.choice("update", "atomic", UPDATES));
        this.increments = spec.longParam("increments", 1_000_000, 1, 1_000_000_000);
    }

    public CounterUpdate update() {
        return update;
    }

    public long increments() {
        return increments;
    }

    @Override
    public long runTask(int index) {
        update.add(cell, 0, increments);
        return increments;
    }

    /**
     * Non-blocking: no update here takes a lock (a plain read and write, {@code getAndAdd}, a local
     * count), so the increments run as computing on the asynchronous CPU pool.
     */
    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        return CompletableFuture.supplyAsync(() -> runTask(index), async.cpu());
    }

    /** The final count of a run whose increments ran in other JVMs, on a counter of their own. */
    public void countedElsewhere(long count) {
        countedElsewhere = count;
    }

    private long count() {
        Long elsewhere = countedElsewhere;
        return elsewhere != null ? elsewhere : (long) MappedRegion.LONGS.getVolatile(cell, 0);
    }

    /** A plain update loses nothing only by luck; atomic and local lose nothing ever. */
    @Override
    public double serialFraction() {
        return update == CounterUpdate.ATOMIC ? 1.0 : 0.0;
    }

    @Override
    public long runChecksum(long combinedTaskChecksums) {
        return count();
    }

    @Override
    public boolean deterministic() {
        return update != CounterUpdate.PLAIN;
    }

    @Override
    public String childProcessLimitation() {
        return "the counter lives in memory a process pool's workers do not share; the shared-memory-counter"
                + " experiment maps one file into its child JVMs";
    }

    @Override
    public OptionalLong lostUpdates(int tasksCompleted) {
        return OptionalLong.of(tasksCompleted * increments - count());
    }
}
