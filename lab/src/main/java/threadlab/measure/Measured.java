package threadlab.measure;

import org.HdrHistogram.Histogram;

/**
 * Everything measured about one run of a mode, before any law is applied. A measurement the
 * platform lacks is null. {@code heapGrowthBytes} is the peak of the live heap during the run
 * minus the live heap as it began, measured only where {@link Meter#LIVE_HEAP_PROPERTY} is set.
 * {@code notMeasured} says why the mode could not run here at all (see {@link TaskProbe#notMeasured}), or is null.
 */
public record Measured(
        long wallNanos,
        Histogram latencyMicros,
        Double cpuSeconds,
        Double gcSeconds,
        int peakThreads,
        Long peakRssBytes,
        Long pinnedEvents,
        int peakInFlight,
        long completed,
        long failed,
        long combinedChecksum,
        String error,
        Histogram childStartMicros,
        Long heapGrowthBytes,
        String notMeasured) {

    public double wallSeconds() {
        return wallNanos / 1e9;
    }
}
