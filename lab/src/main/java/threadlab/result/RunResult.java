package threadlab.result;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import threadlab.workload.Nature;

/**
 * One measured run: a workload's tasks in one mode, once. Field names are the results contract
 * ({@code threadlab.results/1}); a measurement the platform lacks is null. {@code lostUpdates} is
 * present for counter workloads, {@code refusedConnections} for socket workloads, {@code childStartMs}
 * (launch to ready of each child JVM started during the run) for process modes. CPU time and peak
 * resident memory include the run's child processes.
 *
 * <p>Fields the virtual-thread pitfall experiments add, absent elsewhere: {@code carriers} (the
 * carrier threads of the child JVM that ran it, when it ran in one with its own flags),
 * {@code heapBytesPerTask} (peak growth of the live heap during the run over the task count,
 * where the JVM sampled it), {@code stalled}
 * (whether the run's threads stopped making progress until a bounded wait gave up) and
 * {@code threadDump} (an excerpt of the thread dump taken during the stall).
 *
 * <p>{@code notMeasured}: why this run was not measured on this machine, when the OS or JVM lacks
 * what it needs (a channel, a transport): no task started, nothing failed ({@code failed} 0,
 * {@code error} null), and the numbers are zeros to be ignored; readers show "not measured here",
 * and it does not change the exit code. {@code connectBound}: for socket runs where the lab held
 * the connects waiting for its server to the OS's listen backlog cap (see
 * {@code threadlab.machine.OsLimits}), that bound; a run with more tasks in flight than it waited
 * for the OS's cap, not for its threads.
 *
 * <p>What the meter adds, absent where this JVM or OS cannot measure it (and in run folders written
 * before it): {@code labCpuSeconds} (CPU of the lab's own measuring threads during the run, which
 * {@code cpuSeconds} leaves out), {@code jitSeconds} (JIT compilation time during the run),
 * {@code peakPssBytes} (peak proportional set size of this JVM and its children, Linux: pages that
 * several child JVMs share count once), {@code peakMountedVirtual} and {@code peakQueuedVirtual}
 * (most virtual threads mounted on carriers, and queued for one, at once; JDK 24+),
 * {@code otherCpuSeconds} (CPU the rest of the machine spent during the run: every core's busy
 * time, less this JVM's and its children's; what says a machine was busy beside the run).
 *
 * <p>{@code prediction} names the bound that binds ({@code bound}), the figures behind it and, for a
 * run outside 0.8-1.15 of it, the likely cause ({@link Prediction}); a completed run without one
 * says why in {@code noPrediction}, one line. Both are absent in folders written before them.
 *
 * <p>{@code extras}: the fields only one lesson adds ({@code channel}, {@code messageBytes} and
 * {@code bytesPerSecond} of ipc-channels, say), written flat beside the others, as they always
 * were. A lesson reads and writes them through a small record of its own ({@link #extra},
 * {@link #with(Record)}), so a new lesson field is added in that lesson's package alone. Build a
 * run with {@link #builder}; the canonical constructor is for this package and for JSON.
 */
public record RunResult(
        String experiment,
        String workload,
        Nature nature,
        String mode,
        int tasks,
        int concurrency,
        int repeat,
        double wallSeconds,
        double throughputPerSecond,
        LatencyMs latencyMs,
        Double cpuSeconds,
        int peakInFlight,
        int peakThreads,
        Long peakRssBytes,
        Double gcSeconds,
        Long pinnedEvents,
        String checksum,
        long completed,
        long failed,
        Prediction prediction,
        Double efficiency,
        String error,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long lostUpdates,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long refusedConnections,
        @JsonInclude(JsonInclude.Include.NON_NULL) LatencyMs childStartMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer carriers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long heapBytesPerTask,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean stalled,
        @JsonInclude(JsonInclude.Include.NON_NULL) String threadDump,
        @JsonInclude(JsonInclude.Include.NON_NULL) String notMeasured,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer connectBound,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double labCpuSeconds,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double jitSeconds,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long peakPssBytes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long peakMountedVirtual,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long peakQueuedVirtual,
        @JsonInclude(JsonInclude.Include.NON_NULL) String noPrediction,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double otherCpuSeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

    public RunResult {
        Map<String, Object> given = new LinkedHashMap<>();
        if (extras != null) {
            extras.forEach((name, value) -> {
                if (value != null) {
                    given.put(name, value);
                }
            });
        }
        extras = java.util.Collections.unmodifiableMap(given);
    }

    /** A run to be built: what ran, in which mode, how often; every measurement starts empty. */
    public static RunResultBuilder builder(
            String experiment, String workload, Nature nature, String mode, int tasks, int concurrency, int repeat) {
        return new RunResultBuilder(experiment, workload, nature, mode, tasks, concurrency, repeat);
    }

    /** A builder holding this run, to change some of it. */
    public RunResultBuilder toBuilder() {
        return builder(experiment, workload, nature, mode, tasks, concurrency, repeat)
                .wallSeconds(wallSeconds)
                .throughputPerSecond(throughputPerSecond)
                .latencyMs(latencyMs)
                .cpuSeconds(cpuSeconds)
                .peakInFlight(peakInFlight)
                .peakThreads(peakThreads)
                .peakRssBytes(peakRssBytes)
                .gcSeconds(gcSeconds)
                .pinnedEvents(pinnedEvents)
                .checksum(checksum)
                .completed(completed)
                .failed(failed)
                .prediction(prediction)
                .efficiency(efficiency)
                .error(error)
                .lostUpdates(lostUpdates)
                .refusedConnections(refusedConnections)
                .childStartMs(childStartMs)
                .carriers(carriers)
                .heapBytesPerTask(heapBytesPerTask)
                .stalled(stalled)
                .threadDump(threadDump)
                .notMeasured(notMeasured)
                .connectBound(connectBound)
                .overheads(labCpuSeconds, jitSeconds)
                .peakPssBytes(peakPssBytes)
                .virtualThreadPeaks(peakMountedVirtual, peakQueuedVirtual)
                .noPrediction(noPrediction)
                .otherCpuSeconds(otherCpuSeconds)
                .extras(extras);
    }

    /** A run that could not be measured here, and why: nothing started, nothing failed. */
    public static RunResult notMeasured(
            String experiment,
            String workload,
            Nature nature,
            String mode,
            int tasks,
            int concurrency,
            int repeat,
            String why) {
        return builder(experiment, workload, nature, mode, tasks, concurrency, repeat)
                .notMeasured(why)
                .build();
    }

    /** Whether this run was measured (false: the machine lacked what it needs, {@link #notMeasured} says what). */
    public boolean measured() {
        return notMeasured == null;
    }

    /**
     * A lesson's own fields of this run, read into its record: a component is null where the run
     * lacks the field of that name.
     */
    public <T extends Record> T extra(Class<T> fields) {
        return ResultsFile.json().convertValue(extras, fields);
    }

    /** The same run with a lesson's own fields set (components that are null leave a field as it was). */
    public RunResult with(Record fields) {
        Map<String, Object> merged = new LinkedHashMap<>(extras);
        ResultsFile.json().convertValue(fields, FIELDS).forEach((name, value) -> {
            if (value != null) {
                merged.put(name, value);
            }
        });
        return toBuilder().extras(merged).build();
    }

    /** The same run with an error added (or appended to the one it has). */
    public RunResult withError(String message) {
        return toBuilder()
                .error(error == null ? message : error + "; " + message)
                .build();
    }

    /** The same run, recorded as run on {@code count} carrier threads. */
    public RunResult withCarriers(int count) {
        return toBuilder().carriers(count).build();
    }

    /** The same run under another experiment id. */
    public RunResult withExperiment(String id) {
        return toBuilder().experiment(id).build();
    }
}
