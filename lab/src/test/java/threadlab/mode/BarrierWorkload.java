package threadlab.mode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import threadlab.workload.Nature;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;

/**
 * A test workload whose tasks can only finish once {@code parties} of them are running at the
 * same moment: a mode that completes it had them all in flight at once, whatever the timing.
 */
final class BarrierWorkload implements Workload {

    private final CountDownLatch arrived;

    BarrierWorkload(int parties) {
        this.arrived = new CountDownLatch(parties);
    }

    @Override
    public WorkloadSpec spec() {
        return WorkloadSpec.parse("barrier");
    }

    @Override
    public Nature nature() {
        return Nature.IO;
    }

    @Override
    public long runTask(int index) throws InterruptedException, TimeoutException {
        arrived.countDown();
        if (!arrived.await(60, TimeUnit.SECONDS)) {
            throw new TimeoutException("not every task was in flight at once");
        }
        return index;
    }
}
