package threadlab.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import threadlab.workload.Nature;

/**
 * One measured run: a workload's tasks in one mode, once. Field names are the results contract
 * ({@code threadlab.results/1}); a measurement the platform lacks is null. {@code lostUpdates} is
 * present for counter workloads, {@code refusedConnections} for socket workloads, {@code childStartMs}
 * (launch to ready of each child JVM started during the run) for process modes; {@code channel},
 * {@code messageBytes} and {@code bytesPerSecond} for runs that move messages between two JVMs. CPU time and peak
 * resident memory include the run's child processes.
 *
 * <p>Fields the virtual-thread pitfall experiments add, absent elsewhere: {@code carriers} (the
 * carrier threads of the child JVM that ran it, when it ran in one with its own flags),
 * {@code heapBytesPerTask} (peak growth of the live heap during the run over the task count,
 * where the JVM sampled it), {@code stalled}
 * (whether the run's threads stopped making progress until a bounded wait gave up) and
 * {@code threadDump} (an excerpt of the thread dump taken during the stall).
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String channel,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer messageBytes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double bytesPerSecond,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer carriers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long heapBytesPerTask,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean stalled,
        @JsonInclude(JsonInclude.Include.NON_NULL) String threadDump) {

    /** A run with none of the fields only some experiments have (channel, carriers, stalls...): those are null. */
    public RunResult(String experiment, String workload, Nature nature, String mode, int tasks, int concurrency, int repeat,
            double wallSeconds, double throughputPerSecond, LatencyMs latencyMs, Double cpuSeconds, int peakInFlight,
            int peakThreads, Long peakRssBytes, Double gcSeconds, Long pinnedEvents, String checksum, long completed,
            long failed, Prediction prediction, Double efficiency, String error, Long lostUpdates, Long refusedConnections,
            LatencyMs childStartMs) {
        this(experiment, workload, nature, mode, tasks, concurrency, repeat, wallSeconds, throughputPerSecond, latencyMs,
                cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds, pinnedEvents, checksum, completed, failed,
                prediction, efficiency, error, lostUpdates, refusedConnections, childStartMs, null, null, null, null, null,
                null, null);
    }

    /** The same run with an error added (or appended to the one it has). */
    public RunResult withError(String message) {
        String combined = error == null ? message : error + "; " + message;
        return new RunResult(experiment, workload, nature, mode, tasks, concurrency, repeat, wallSeconds,
                throughputPerSecond, latencyMs, cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds,
                pinnedEvents, checksum, completed, failed, prediction, efficiency, combined, lostUpdates,
                refusedConnections, childStartMs, channel, messageBytes, bytesPerSecond, carriers, heapBytesPerTask,
                stalled, threadDump);
    }

    /**
     * The same run as messages of {@code bytes} over {@code channelName}: {@code bytesPerSecond} is
     * the message bytes delivered per second one way (an echoed message crosses the channel twice).
     */
    public RunResult withTransfer(String channelName, int bytes) {
        return new RunResult(experiment, workload, nature, mode, tasks, concurrency, repeat, wallSeconds,
                throughputPerSecond, latencyMs, cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds,
                pinnedEvents, checksum, completed, failed, prediction, efficiency, error, lostUpdates,
                refusedConnections, childStartMs, channelName, bytes, throughputPerSecond * bytes, carriers, heapBytesPerTask,
                stalled, threadDump);
    }

    /** The same run, recorded as run on {@code count} carrier threads. */
    public RunResult withCarriers(int count) {
        return new RunResult(experiment, workload, nature, mode, tasks, concurrency, repeat, wallSeconds,
                throughputPerSecond, latencyMs, cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds,
                pinnedEvents, checksum, completed, failed, prediction, efficiency, error, lostUpdates,
                refusedConnections, childStartMs, channel, messageBytes, bytesPerSecond, count, heapBytesPerTask,
                stalled, threadDump);
    }

    /** The same run under another experiment id. */
    public RunResult withExperiment(String id) {
        return new RunResult(id, workload, nature, mode, tasks, concurrency, repeat, wallSeconds,
                throughputPerSecond, latencyMs, cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds,
                pinnedEvents, checksum, completed, failed, prediction, efficiency, error, lostUpdates,
                refusedConnections, childStartMs, channel, messageBytes, bytesPerSecond, carriers, heapBytesPerTask,
                stalled, threadDump);
    }
}
