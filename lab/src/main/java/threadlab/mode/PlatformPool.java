package threadlab.mode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code platform-pool:N}: a fixed pool of N platform threads ({@link Executors#newFixedThreadPool}),
 * the JVM's {@code ThreadPoolExecutor(max_workers=N)}. At most N tasks run at once; the rest queue.
 */
final class PlatformPool implements Mode {

    private final int threads;

    PlatformPool(int threads) {
        this.threads = threads;
    }

    @Override
    public String id() {
        return "platform-pool:" + threads;
    }

    @Override
    public int concurrency(int tasks) {
        return Math.min(tasks, threads);
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        var factory = Thread.ofPlatform().name("platform-pool-", 1).factory();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, factory)) {
            probe.startAll(tasks, i -> pool.execute(() -> probe.run(workload, i)));
        }
    }
}
