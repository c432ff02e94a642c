package threadlab.mode;

import java.util.concurrent.CompletableFuture;
import threadlab.workload.AsyncContext;
import threadlab.workload.AsyncWorkload;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;

/** A test workload whose callback chain throws in its second step, after a real delay. */
final class FailingChainWorkload implements AsyncWorkload {

    @Override
    public WorkloadSpec spec() {
        return WorkloadSpec.parse("failing-chain");
    }

    @Override
    public Nature nature() {
        return Nature.IO;
    }

    @Override
    public long runTask(int index) {
        throw new IllegalStateException("step 2 of task " + index + " failed");
    }

    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        return async.delay(2).thenApply(done -> {
            throw new IllegalStateException("step 2 of task " + index + " failed");
        });
    }
}
