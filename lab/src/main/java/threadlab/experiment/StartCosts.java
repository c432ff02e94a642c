package threadlab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;

/**
 * What one thread start costs the thread that starts it, platform and virtual, measured once on
 * this machine before the runs: {@code COUNT} threads started one after another, each parked until
 * all are started, the starting thread's CPU time for the loop over the count (its CPU, not its
 * wall time, so that a machine busy with other work does not inflate the figure). And how many such starts a mode makes
 * one after another for a run (a thread per task, a pool that makes its workers on submit).
 */
final class StartCosts {

    private static final int COUNT = 200;

    private double platformSeconds = Double.NaN;
    private double virtualSeconds = Double.NaN;

    /** Starts in a row, and what each costs, for a mode of {@code modeId} running {@code tasks}. */
    record Starts(int count, double eachSeconds) {
        static final Starts NONE = new Starts(0, Double.NaN);
    }

    Starts of(String modeId, int tasks, int concurrency) throws InterruptedException {
        String type = modeId.contains(":") ? modeId.substring(0, modeId.indexOf(':')) : modeId;
        return switch (type) {
            case "platform-per-task" -> new Starts(tasks, platform());
            case "platform-pool" -> new Starts(Math.min(tasks, concurrency), platform());
            case "virtual", "virtual-bounded" -> new Starts(tasks, virtual());
            default -> Starts.NONE;
        };
    }

    private double platform() throws InterruptedException {
        if (Double.isNaN(platformSeconds)) {
            platformSeconds = measure(Thread.ofPlatform());
        }
        return platformSeconds;
    }

    private double virtual() throws InterruptedException {
        if (Double.isNaN(virtualSeconds)) {
            measure(Thread.ofVirtual());
            virtualSeconds = measure(Thread.ofVirtual());
        }
        return virtualSeconds;
    }

    private static double measure(Thread.Builder builder) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread[] threads = new Thread[COUNT];
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        boolean cpu = bean.isCurrentThreadCpuTimeSupported();
        long t0 = cpu ? bean.getCurrentThreadCpuTime() : System.nanoTime();
        int started = 0;
        try {
            for (; started < COUNT; started++) {
                threads[started] = builder.start(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            long t1 = cpu ? bean.getCurrentThreadCpuTime() : System.nanoTime();
            return (t1 - t0) / 1e9 / COUNT;
        } finally {
            release.countDown();
            for (int i = 0; i < started; i++) {
                threads[i].join();
            }
        }
    }
}
