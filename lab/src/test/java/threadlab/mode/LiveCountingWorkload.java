package threadlab.mode;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import threadlab.workload.AsyncContext;
import threadlab.workload.AsyncWorkload;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;

/**
 * A test workload that counts its own operations between start and completion, independently of
 * the probe: each task is a short timer wait.
 */
final class LiveCountingWorkload implements AsyncWorkload {

    private final AtomicInteger live = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    int peak() {
        return peak.get();
    }

    @Override
    public WorkloadSpec spec() {
        return WorkloadSpec.parse("live-counting");
    }

    @Override
    public Nature nature() {
        return Nature.IO;
    }

    @Override
    public long runTask(int index) {
        return index;
    }

    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        peak.accumulateAndGet(live.incrementAndGet(), Math::max);
        return async.delay(3).thenApply(done -> {
            live.decrementAndGet();
            return (long) index;
        });
    }
}
