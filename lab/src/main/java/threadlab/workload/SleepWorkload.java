package threadlab.workload;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code sleep:ms=N}: each task sleeps N ms and returns the sum the classic demo prints,
 * {@code (i+1)+(i+2)}: 3, 5, 7, ... A sleeping platform thread holds an OS thread; a sleeping
 * virtual thread is parked and frees its carrier. Its non-blocking form is a timer entry that
 * completes the task: no thread at all waits.
 */
final class SleepWorkload extends CatalogWorkload implements AsyncWorkload {

    private final long millis;

    SleepWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("ms"));
        this.millis = spec.longParam("ms", 1000, 0, 3_600_000);
    }

    @Override
    public long runTask(int index) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
        return (index + 1L) + (index + 2L);
    }

    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        return async.delay(millis).thenApply(done -> (index + 1L) + (index + 2L));
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(millis);
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("sleep:ms=0");
    }
}
