package threadlab.workload;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code mixed:cpuWork=N,ioMs=M}: each task hashes for N rounds (as {@code cpu}), then sleeps M
 * ms. With little CPU, many waiting threads win; with much CPU, the cores are the limit and more
 * threads only add switching. Asynchronously: the hashing as a step on the context's ForkJoinPool,
 * then the wait as a timer entry, chained.
 */
final class MixedWorkload extends CatalogWorkload implements AsyncWorkload {

    private final long cpuWork;
    private final long ioMillis;

    MixedWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("cpuWork", "ioMs"));
        this.cpuWork = spec.longParam("cpuWork", 200_000, 0, CpuWorkload.MAX_WORK);
        this.ioMillis = spec.longParam("ioMs", 10, 0, 3_600_000);
    }

    @Override
    public long runTask(int index) throws InterruptedException {
        long h = CpuWorkload.burn(index, cpuWork);
        if (ioMillis > 0) {
            Thread.sleep(ioMillis);
        }
        return h;
    }

    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        return CompletableFuture.supplyAsync(() -> CpuWorkload.burn(index, cpuWork), async.cpu())
                .thenCompose(h -> async.delay(ioMillis).thenApply(done -> h));
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(ioMillis);
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("mixed:cpuWork=" + cpuWork + ",ioMs=0");
    }
}
