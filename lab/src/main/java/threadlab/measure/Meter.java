package threadlab.measure;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import threadlab.workload.Workload;

/**
 * Runs a mode once and measures it: wall time around {@link Measurable#run} only, CPU and GC time as
 * differences of the JVM's counters (CPU time plus that of child JVMs, see {@link ChildProcesses};
 * unknown, null, when a child's cannot be read), the platform-thread peak, resident memory (null
 * when a child's cannot be read) sampled every
 * {@value #SAMPLE_MILLIS} ms by one daemon thread (and, in a JVM started with
 * {@value #LIVE_HEAP_PROPERTY}, the live heap), and pinned virtual-thread events from JFR.
 * The sampler and the JFR stream are started before the clock and stopped after it.
 */
public final class Meter {

    static final long SAMPLE_MILLIS = 20;

    /**
     * Set ({@code -Dthreadlab.liveHeap=true}) in a JVM that measures memory footprint: every
     * {@value #LIVE_HEAP_EVERY}th sample then collects the garbage first and reads the heap in use,
     * so the heap peak is of live objects only. Give such a JVM {@code -XX:-UseTLAB} too, or each
     * thread's fresh allocation buffer counts as used in full. It slows
     * the run it measures, which is why it is not the default; and pinned events are not counted
     * there (null), because the JFR stream's own buffers, several MB that grow with the run's
     * length, would be counted as the tasks' heap.
     */
    public static final String LIVE_HEAP_PROPERTY = "threadlab.liveHeap";

    private static final boolean LIVE_HEAP = Boolean.getBoolean(LIVE_HEAP_PROPERTY);

    /** The live heap is sampled every this many samples: a full collection each time would stall the run. */
    static final int LIVE_HEAP_EVERY = 5;

    private Meter() {}

    /**
     * Runs {@code tasks} tasks of {@code workload} in {@code mode}, reporting through
     * {@code probe}, and tells {@code progress} how many tasks have ended about every
     * {@value #SAMPLE_MILLIS} ms.
     *
     * @throws InterruptedException if interrupted while the mode waits for its tasks
     */
    public static Measured measure(
            Measurable mode, Workload workload, int tasks, TaskProbe probe, LongConsumer progress)
            throws InterruptedException {
        PinnedEvents pinned = LIVE_HEAP ? null : PinnedEvents.start();
        Host.ResidentMemory rss = Host.residentMemory();
        AtomicLong peakRss = new AtomicLong(-1);
        java.util.concurrent.atomic.AtomicBoolean rssUnknown = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicLong peakHeap = new AtomicLong(-1);
        AtomicLong samples = new AtomicLong();
        Sampler sampler = new Sampler(() -> {
            if (rss != null) {
                long own = rss.bytes();
                long children = ChildProcesses.residentBytesOfLiveChildren();
                if (children < 0) {
                    rssUnknown.set(true);
                } else if (own >= 0) {
                    peakRss.accumulateAndGet(own + children, Math::max);
                }
            }
            if (LIVE_HEAP && samples.getAndIncrement() % LIVE_HEAP_EVERY == 0) {
                System.gc();
                peakHeap.accumulateAndGet(JvmCounters.heapUsedBytes(), Math::max);
            }
            progress.accept(probe.completed() + probe.failed());
        });
        try {
            ChildProcesses.takeStartLatencies();
            long childCpu0 = ChildProcesses.cpuNanosSoFar();
            long unknown0 = ChildProcesses.unknownSoFar();
            long cpu0 = JvmCounters.processCpuNanos();
            long gc0 = JvmCounters.gcMillis();
            JvmCounters.resetPeakThreads();
            long heap0 = -1;
            if (LIVE_HEAP) {
                if (rss != null) {
                    rss.bytes();
                }
                System.gc();
                heap0 = JvmCounters.heapUsedBytes();
            }
            sampler.start();
            long start = System.nanoTime();
            long wall;
            try {
                mode.run(workload, tasks, probe);
            } finally {
                wall = System.nanoTime() - start;
                sampler.stop();
            }
            long cpu1 = JvmCounters.processCpuNanos();
            long childCpu1 = ChildProcesses.cpuNanosSoFar();
            boolean childCpuKnown = childCpu0 >= 0 && childCpu1 >= 0 && ChildProcesses.unknownSoFar() == unknown0;
            long childCpu = childCpu1 - childCpu0;
            long gc1 = JvmCounters.gcMillis();
            Long pinnedCount = pinned == null ? null : pinned.stop();
            return new Measured(
                    wall,
                    probe.latencyMicros(),
                    cpu0 < 0 || cpu1 < 0 || !childCpuKnown ? null : (cpu1 - cpu0 + childCpu) / 1e9,
                    gc0 < 0 || gc1 < 0 ? null : (gc1 - gc0) / 1e3,
                    JvmCounters.peakThreads(),
                    peakRss.get() < 0 || rssUnknown.get() ? null : peakRss.get(),
                    pinnedCount,
                    probe.peakInFlight(),
                    probe.completed(),
                    probe.failed(),
                    probe.combinedChecksum(),
                    probe.error(),
                    ChildProcesses.takeStartLatencies(),
                    heap0 < 0 || peakHeap.get() < 0 ? null : Math.max(0, peakHeap.get() - heap0),
                    probe.notMeasured());
        } finally {
            if (pinned != null) {
                pinned.close();
            }
        }
    }

    /** One daemon platform thread calling a sample action periodically, and once more at stop. */
    private static final class Sampler {
        private final Runnable action;
        private final Thread thread;
        private volatile boolean running = true;

        Sampler(Runnable action) {
            this.action = action;
            this.thread = Thread.ofPlatform().daemon().name("threadlab-sampler").unstarted(this::loop);
        }

        void start() {
            action.run();
            thread.start();
        }

        private void loop() {
            while (running) {
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                action.run();
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
            action.run();
        }
    }
}
