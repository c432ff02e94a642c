package threadlab.measure;

import org.HdrHistogram.Histogram;

/**
 * Everything measured about one run of a mode, before any law is applied. A measurement the
 * platform lacks is null.
 *
 * <ul>
 *   <li>{@code cpuSeconds}: CPU time of the work, seconds: this JVM's and its child JVMs', less
 *       {@code labCpuSeconds}; null where a process's CPU time cannot be read. Where the JVM
 *       measures no thread CPU time ({@code labCpuSeconds} null) it still includes the meter's own.
 *   <li>{@code labCpuSeconds}: CPU time of the lab's own measuring threads during the run,
 *       seconds: the sampler and JFR's threads (the pinned-event stream); null where the JVM
 *       measures no thread CPU time.
 *   <li>{@code gcSeconds}, {@code jitSeconds}: time spent in garbage collection, and by the JIT
 *       compilers compiling ({@code CompilationMXBean}, summed over compiler threads), during the
 *       run, seconds (times, not CPU time; the collector's and the compilers' CPU is within
 *       {@code cpuSeconds}); null where the JVM does not say.
 *   <li>{@code peakRssBytes}: peak resident set size of this JVM plus its live children, bytes
 *       (see {@link MemoryPeaks}); {@code peakPssBytes}: the same as proportional set size, so
 *       pages the children share count once; null where the OS does not report it (all but Linux).
 *   <li>{@code peakMountedVirtual}, {@code peakQueuedVirtual}: the most virtual threads mounted on
 *       a carrier, and queued to run, at once, sampled every {@value Meter#SAMPLE_MILLIS} ms from
 *       {@code jdk.management.VirtualThreadSchedulerMXBean}; null before JDK 24.
 *   <li>{@code heapGrowthBytes}: the peak of the live heap during the run minus the live heap as it
 *       began, measured only where {@link Meter#LIVE_HEAP_PROPERTY} is set.
 *   <li>{@code pinnedEvents}: JFR {@code jdk.VirtualThreadPinned} events during the run, read
 *       with {@link PinnedCount#await()} (it may still be on its way); absent (null) where JFR
 *       cannot record.
 *   <li>{@code otherCpuSeconds}: CPU time the rest of the machine spent during the run, seconds:
 *       every core's busy time (steal included: a hypervisor serving other machines) less this
 *       JVM's and its children's; null where the OS's counters or the run's own CPU cannot be read.
 *       Linux counts it in 10 ms ticks per core, so for a run shorter than about 0.1 s it is coarse.
 *   <li>{@code notMeasured}: why the mode could not run here at all (see {@link TaskProbe#notMeasured}), or null.
 * </ul>
 */
public record Measured(
        long wallNanos,
        Histogram latencyMicros,
        Double cpuSeconds,
        Double gcSeconds,
        int peakThreads,
        Long peakRssBytes,
        PinnedCount pinnedEvents,
        int peakInFlight,
        long completed,
        long failed,
        long combinedChecksum,
        String error,
        Histogram childStartMicros,
        Long heapGrowthBytes,
        String notMeasured,
        Double labCpuSeconds,
        Double jitSeconds,
        Long peakPssBytes,
        Long peakMountedVirtual,
        Long peakQueuedVirtual,
        Double otherCpuSeconds) {

    public double wallSeconds() {
        return wallNanos / 1e9;
    }
}
