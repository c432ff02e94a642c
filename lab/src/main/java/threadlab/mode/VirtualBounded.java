package threadlab.mode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code virtual-bounded:N}: a virtual thread per task, but never more than N at once: the
 * submitter takes a permit from a {@link Semaphore} before starting each one. This is how
 * virtual threads limit concurrency (to protect a database, say): with a semaphore, not a pool.
 */
final class VirtualBounded implements Mode {

    private final int limit;

    VirtualBounded(int limit) {
        this.limit = limit;
    }

    @Override
    public String id() {
        return "virtual-bounded:" + limit;
    }

    @Override
    public int concurrency(int tasks) {
        return Math.min(tasks, limit);
    }

    /** The carriers, or fewer where the bound is lower. */
    @Override
    public int workers(int tasks) {
        return Math.min(concurrency(tasks), VirtualPerTask.carriers());
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        Semaphore permits = new Semaphore(limit);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            probe.startAll(tasks, i -> {
                permits.acquire();
                try {
                    executor.execute(() -> {
                        try {
                            probe.run(workload, i);
                        } finally {
                            permits.release();
                        }
                    });
                } catch (RuntimeException | Error e) {
                    permits.release();
                    throw e;
                }
            });
        }
    }
}
