package threadlab.workload;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code cpu:work=N}: N rounds of 64-bit hashing seeded by the task index. Each round depends on
 * the one before, so the JIT can neither skip nor vectorise it, and the result is the checksum.
 * Nothing is shared: tasks scale with cores, up to the core count. Asynchronously, each task is a
 * step on the context's ForkJoinPool: computing never waits, so there is nothing else to do.
 */
public final class CpuWorkload extends CatalogWorkload implements AsyncWorkload {

    static final long MAX_WORK = 100_000_000_000L;

    private final long work;

    CpuWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("work"));
        this.work = spec.longParam("work", 1_000_000, 0, MAX_WORK);
    }

    /** {@code rounds} dependent hashing rounds from {@code seed}; the CPU part of cpu and mixed. */
    public static long burn(long seed, long rounds) {
        long h = seed;
        for (long r = 0; r < rounds; r++) {
            h = (h ^ (h >>> 31)) * 0x9E3779B97F4A7C15L + r;
        }
        return h;
    }

    @Override
    public long runTask(int index) {
        return burn(index, work);
    }

    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        return CompletableFuture.supplyAsync(() -> burn(index, work), async.cpu());
    }
}
