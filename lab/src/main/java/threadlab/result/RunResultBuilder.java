package threadlab.result;

import java.util.Map;
import threadlab.workload.Nature;

/**
 * Builds a {@link RunResult} by name, never by position: start from {@link RunResult#builder} (what
 * ran) or {@link RunResult#toBuilder} (a run to change), set what was measured, {@link #build}.
 * Whatever is not set stays empty: zero, or null where the contract allows a missing value.
 */
public final class RunResultBuilder {

    private String experiment;
    private String workload;
    private Nature nature;
    private String mode;
    private int tasks;
    private int concurrency;
    private int repeat;
    private double wallSeconds;
    private double throughputPerSecond;
    private LatencyMs latencyMs;
    private Double cpuSeconds;
    private int peakInFlight;
    private int peakThreads;
    private Long peakRssBytes;
    private Double gcSeconds;
    private Long pinnedEvents;
    private String checksum;
    private long completed;
    private long failed;
    private Prediction prediction;
    private Double efficiency;
    private String error;
    private Long lostUpdates;
    private Long refusedConnections;
    private LatencyMs childStartMs;
    private Integer carriers;
    private Long heapBytesPerTask;
    private Boolean stalled;
    private String threadDump;
    private String notMeasured;
    private Integer connectBound;
    private Double labCpuSeconds;
    private Double jitSeconds;
    private Long peakPssBytes;
    private Long peakMountedVirtual;
    private Long peakQueuedVirtual;
    private String noPrediction;
    private Double otherCpuSeconds;
    private Map<String, Object> extras = Map.of();

    RunResultBuilder(
            String experiment, String workload, Nature nature, String mode, int tasks, int concurrency, int repeat) {
        this.experiment = experiment;
        this.workload = workload;
        this.nature = nature;
        this.mode = mode;
        this.tasks = tasks;
        this.concurrency = concurrency;
        this.repeat = repeat;
    }

    public RunResultBuilder experiment(String value) {
        this.experiment = value;
        return this;
    }

    public RunResultBuilder wallSeconds(double value) {
        this.wallSeconds = value;
        return this;
    }

    public RunResultBuilder throughputPerSecond(double value) {
        this.throughputPerSecond = value;
        return this;
    }

    public RunResultBuilder latencyMs(LatencyMs value) {
        this.latencyMs = value;
        return this;
    }

    public RunResultBuilder cpuSeconds(Double value) {
        this.cpuSeconds = value;
        return this;
    }

    public RunResultBuilder peakInFlight(int value) {
        this.peakInFlight = value;
        return this;
    }

    public RunResultBuilder peakThreads(int value) {
        this.peakThreads = value;
        return this;
    }

    public RunResultBuilder peakRssBytes(Long value) {
        this.peakRssBytes = value;
        return this;
    }

    public RunResultBuilder gcSeconds(Double value) {
        this.gcSeconds = value;
        return this;
    }

    public RunResultBuilder pinnedEvents(Long value) {
        this.pinnedEvents = value;
        return this;
    }

    public RunResultBuilder checksum(String value) {
        this.checksum = value;
        return this;
    }

    public RunResultBuilder completed(long value) {
        this.completed = value;
        return this;
    }

    public RunResultBuilder failed(long value) {
        this.failed = value;
        return this;
    }

    public RunResultBuilder prediction(Prediction value) {
        this.prediction = value;
        return this;
    }

    public RunResultBuilder efficiency(Double value) {
        this.efficiency = value;
        return this;
    }

    public RunResultBuilder error(String value) {
        this.error = value;
        return this;
    }

    public RunResultBuilder lostUpdates(Long value) {
        this.lostUpdates = value;
        return this;
    }

    public RunResultBuilder refusedConnections(Long value) {
        this.refusedConnections = value;
        return this;
    }

    public RunResultBuilder childStartMs(LatencyMs value) {
        this.childStartMs = value;
        return this;
    }

    public RunResultBuilder carriers(Integer value) {
        this.carriers = value;
        return this;
    }

    public RunResultBuilder heapBytesPerTask(Long value) {
        this.heapBytesPerTask = value;
        return this;
    }

    public RunResultBuilder stalled(Boolean value) {
        this.stalled = value;
        return this;
    }

    public RunResultBuilder threadDump(String value) {
        this.threadDump = value;
        return this;
    }

    public RunResultBuilder notMeasured(String value) {
        this.notMeasured = value;
        return this;
    }

    public RunResultBuilder connectBound(Integer value) {
        this.connectBound = value;
        return this;
    }

    public RunResultBuilder overheads(Double labCpuSeconds, Double jitSeconds) {
        this.labCpuSeconds = labCpuSeconds;
        this.jitSeconds = jitSeconds;
        return this;
    }

    public RunResultBuilder virtualThreadPeaks(Long mounted, Long queued) {
        this.peakMountedVirtual = mounted;
        this.peakQueuedVirtual = queued;
        return this;
    }

    /** Why the run has no prediction (no bound applies to it), in one line. */
    public RunResultBuilder noPrediction(String value) {
        this.noPrediction = value;
        return this;
    }

    /** The CPU the rest of the machine spent during the run (see {@link RunResult}). */
    public RunResultBuilder otherCpuSeconds(Double value) {
        this.otherCpuSeconds = value;
        return this;
    }

    public RunResultBuilder peakPssBytes(Long value) {
        this.peakPssBytes = value;
        return this;
    }

    /** The lesson fields (see {@link RunResult#with(Record)}, the way lessons set them). */
    RunResultBuilder extras(Map<String, Object> value) {
        this.extras = value;
        return this;
    }

    public RunResult build() {
        return new RunResult(
                experiment,
                workload,
                nature,
                mode,
                tasks,
                concurrency,
                repeat,
                wallSeconds,
                throughputPerSecond,
                latencyMs,
                cpuSeconds,
                peakInFlight,
                peakThreads,
                peakRssBytes,
                gcSeconds,
                pinnedEvents,
                checksum,
                completed,
                failed,
                prediction,
                efficiency,
                error,
                lostUpdates,
                refusedConnections,
                childStartMs,
                carriers,
                heapBytesPerTask,
                stalled,
                threadDump,
                notMeasured,
                connectBound,
                labCpuSeconds,
                jitSeconds,
                peakPssBytes,
                peakMountedVirtual,
                peakQueuedVirtual,
                noPrediction,
                otherCpuSeconds,
                extras);
    }
}
