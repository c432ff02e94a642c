package threadlab.measure;

/**
 * One daemon platform thread, {@value #NAME}, that calls a fast action every tick and a slow one
 * every {@code slowEvery} ticks; both run once more on the caller at start and at stop. It
 * records its own CPU time as it ends, so the meter can count it as the lab's, not the work's.
 */
final class Sampler {

    static final String NAME = "threadlab-sampler";

    private final long tickMillis;
    private final Runnable fast;
    private final int slowEvery;
    private final Runnable slow;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long cpuNanos = -1;

    Sampler(long tickMillis, Runnable fast, int slowEvery, Runnable slow) {
        this.tickMillis = tickMillis;
        this.fast = fast;
        this.slowEvery = slowEvery;
        this.slow = slow;
        this.thread = Thread.ofPlatform().daemon().name(NAME).unstarted(this::loop);
    }

    void start() {
        fast.run();
        slow.run();
        thread.start();
    }

    private void loop() {
        try {
            long ticks = 0;
            while (running) {
                try {
                    Thread.sleep(tickMillis);
                } catch (InterruptedException e) {
                    return;
                }
                fast.run();
                if (++ticks % slowEvery == 0) {
                    slow.run();
                }
            }
        } finally {
            cpuNanos = LabThreads.currentThreadCpuNanos();
        }
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fast.run();
        slow.run();
    }

    /** The CPU time the sampler's thread used, known once {@link #stop} has returned; -1 where unknown. */
    long cpuNanos() {
        return cpuNanos;
    }
}
