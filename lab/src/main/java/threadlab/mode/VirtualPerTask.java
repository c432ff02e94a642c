package threadlab.mode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code virtual}: a virtual thread per task ({@link Executors#newVirtualThreadPerTaskExecutor}),
 * all started at once. A blocked virtual thread unmounts from its carrier, so a handful of
 * carriers serve any number of waiting tasks.
 */
final class VirtualPerTask implements Mode {

    @Override
    public String id() {
        return "virtual";
    }

    @Override
    public int concurrency(int tasks) {
        return tasks;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            probe.startAll(tasks, i -> executor.execute(() -> probe.run(workload, i)));
        }
    }
}
