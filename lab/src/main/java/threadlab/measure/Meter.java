package threadlab.measure;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import threadlab.workload.Workload;

/**
 * Runs a mode once and measures it: wall time around {@link Measurable#run} only; CPU, GC and JIT time
 * as differences of the JVM's counters (CPU time plus that of child JVMs, see
 * {@link ChildProcesses}; unknown, null, when a child's cannot be read), less the CPU of the
 * lab's own measuring threads, recorded apart; the CPU the rest of the machine spent meanwhile
 * (every core's busy time, less this JVM's and its children's), so a run slowed by a busy machine
 * says so from a measurement, not from the load average; the platform-thread peak; memory peaks
 * ({@link MemoryPeaks}); the virtual-thread scheduler's peaks ({@link VirtualScheduler}); and
 * pinned virtual-thread events from JFR ({@link PinnedEvents}).
 *
 * <p>One daemon thread samples every {@value #SAMPLE_MILLIS} ms what has no record of its own
 * (progress, the scheduler's counts, this JVM's RSS where the OS keeps no high-water mark), and
 * every {@value #CHILD_EVERY}th tick the children's memory (the PSS less often, see {@link MemoryPeaks}). A run that only waits
 * therefore costs the lab about one wake-up per tick, where it sampled RSS through OSHI every
 * 20 ms and started and stopped a JFR stream per run before.
 */
public final class Meter {

    static final long SAMPLE_MILLIS = 50;
    static final int CHILD_EVERY = 5;

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
    static final int LIVE_HEAP_EVERY = 2;

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
        long startMark = LIVE_HEAP ? -1 : PinnedEvents.mark();
        boolean threadCpu = LabThreads.cpuTimeKnown();
        Map<Long, Long> jfr0 = LabThreads.jfrCpuNanos();
        MemoryPeaks memory = MemoryPeaks.begin();
        AtomicLong peakHeap = new AtomicLong(-1);
        AtomicLong peakMounted = new AtomicLong(-1);
        AtomicLong peakQueued = new AtomicLong(-1);
        AtomicLong samples = new AtomicLong();
        Sampler sampler = new Sampler(
                SAMPLE_MILLIS,
                () -> {
                    memory.sampleOwn();
                    peakMounted.accumulateAndGet(VirtualScheduler.mounted(), Math::max);
                    peakQueued.accumulateAndGet(VirtualScheduler.queued(), Math::max);
                    if (LIVE_HEAP && samples.getAndIncrement() % LIVE_HEAP_EVERY == 0) {
                        System.gc();
                        peakHeap.accumulateAndGet(JvmCounters.heapUsedBytes(), Math::max);
                    }
                    progress.accept(probe.completed() + probe.failed());
                },
                CHILD_EVERY,
                memory::sampleAll);
        ChildProcesses.takeStartLatencies();
        long childCpu0 = ChildProcesses.cpuNanosSoFar();
        long unknown0 = ChildProcesses.unknownSoFar();
        long machine0 = Host.machineBusyNanos();
        long cpu0 = JvmCounters.processCpuNanos();
        long gc0 = JvmCounters.gcMillis();
        long jit0 = JvmCounters.compilationMillis();
        JvmCounters.resetPeakThreads();
        long heap0 = -1;
        if (LIVE_HEAP) {
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
        memory.finish();
        long cpu1 = JvmCounters.processCpuNanos();
        long machine1 = Host.machineBusyNanos();
        long childCpu1 = ChildProcesses.cpuNanosSoFar();
        long gc1 = JvmCounters.gcMillis();
        long jit1 = JvmCounters.compilationMillis();
        Map<Long, Long> jfr1 = LabThreads.jfrCpuNanos();
        boolean childCpuKnown = childCpu0 >= 0 && childCpu1 >= 0 && ChildProcesses.unknownSoFar() == unknown0;
        PinnedCount pinnedCount = LIVE_HEAP ? PinnedCount.of(null) : pinnedEvents(startMark, probe);
        Double lab = !threadCpu || sampler.cpuNanos() < 0
                ? null
                : (sampler.cpuNanos() + LabThreads.jfrCpuBetween(jfr0, jfr1)) / 1e9;
        Double gross = cpu0 < 0 || cpu1 < 0 || !childCpuKnown ? null : (cpu1 - cpu0 + childCpu1 - childCpu0) / 1e9;
        Double work = gross == null || lab == null ? gross : Double.valueOf(Math.max(0, gross - lab));
        Double others =
                gross == null || machine0 < 0 || machine1 < 0 ? null : Math.max(0, (machine1 - machine0) / 1e9 - gross);
        return new Measured(
                wall,
                probe.latencyMicros(),
                work,
                gc0 < 0 || gc1 < 0 ? null : (gc1 - gc0) / 1e3,
                JvmCounters.peakThreads(),
                memory.residentBytes(),
                pinnedCount,
                probe.peakInFlight(),
                probe.completed(),
                probe.failed(),
                probe.combinedChecksum(),
                probe.error(),
                ChildProcesses.takeStartLatencies(),
                heap0 < 0 || peakHeap.get() < 0 ? null : Math.max(0, peakHeap.get() - heap0),
                probe.notMeasured(),
                lab,
                jit0 < 0 || jit1 < 0 ? null : (jit1 - jit0) / 1e3,
                memory.proportionalBytes(),
                peakMounted.get() < 0 ? null : peakMounted.get(),
                peakQueued.get() < 0 ? null : peakQueued.get(),
                others);
    }

    /**
     * The run's pinned events, its end mark committed now. Only a virtual thread can pin, so a run
     * whose tasks all started on platform threads has none, and its count is 0 at once, without the
     * JFR stream's delivery of the run's end mark to wait for (null where JFR cannot record).
     */
    private static PinnedCount pinnedEvents(long startMark, TaskProbe probe) {
        if (probe.ranOnVirtualThreads() && startMark >= 0) {
            return PinnedCount.between(startMark, PinnedEvents.mark());
        }
        PinnedEvents.forget(startMark);
        return PinnedCount.of(startMark < 0 ? null : 0L);
    }
}
