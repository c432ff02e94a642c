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
 *
 * <p>{@code notMeasured}: why this run was not measured on this machine, when the OS or JVM lacks
 * what it needs (a channel, a transport): no task started, nothing failed ({@code failed} 0,
 * {@code error} null), and the numbers are zeros to be ignored; readers show "not measured here",
 * and it does not change the exit code. {@code connectBound}: for socket runs where the lab held
 * the connects waiting for its server to the OS's listen backlog cap (see
 * {@code threadlab.machine.OsLimits}), that bound; a run with more tasks in flight than it waited
 * for the OS's cap, not for its threads.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String threadDump,
        @JsonInclude(JsonInclude.Include.NON_NULL) String notMeasured,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer connectBound) {

    /** A run with none of the fields only some experiments have (channel, carriers, stalls...): those are null. */
    public RunResult(String experiment, String workload, Nature nature, String mode, int tasks, int concurrency, int repeat,
            double wallSeconds, double throughputPerSecond, LatencyMs latencyMs, Double cpuSeconds, int peakInFlight,
            int peakThreads, Long peakRssBytes, Double gcSeconds, Long pinnedEvents, String checksum, long completed,
            long failed, Prediction prediction, Double efficiency, String error, Long lostUpdates, Long refusedConnections,
            LatencyMs childStartMs) {
        this(experiment, workload, nature, mode, tasks, concurrency, repeat, wallSeconds, throughputPerSecond, latencyMs,
                cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds, pinnedEvents, checksum, completed, failed,
                prediction, efficiency, error, lostUpdates, refusedConnections, childStartMs, null, null, null, null, null,
                null, null, null, null);
    }

    /** A run that could not be measured here, and why: nothing started, nothing failed. */
    public static RunResult notMeasured(String experiment, String workload, Nature nature, String mode, int tasks, int concurrency,
            int repeat, String why) {
        return new RunResult(experiment, workload, nature, mode, tasks, concurrency, repeat, 0, 0, null, null, 0, 0, null, null,
                null, null, 0, 0, null, null, null, null, null, null, null, null, null, null, null, null, null, why, null);
    }

    /** Whether this run was measured (false: the machine lacked what it needs, {@link #notMeasured} says what). */
    public boolean measured() {
        return notMeasured == null;
    }

    /** The same run with an error added (or appended to the one it has). */
    public RunResult withError(String message) {
        String combined = error == null ? message : error + "; " + message;
        return new RunResult(experiment, workload, nature, mode, tasks, concurrency, repeat, wallSeconds,
                throughputPerSecond, latencyMs, cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds,
                pinnedEvents, checksum, completed, failed, prediction, efficiency, combined, lostUpdates,
                refusedConnections, childStartMs, channel, messageBytes, bytesPerSecond, carriers, heapBytesPerTask,
                stalled, threadDump, notMeasured, connectBound);
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
                stalled, threadDump, notMeasured, connectBound);
    }

    /** The same run, recorded as run on {@code count} carrier threads. */
    public RunResult withCarriers(int count) {
        return new RunResult(experiment, workload, nature, mode, tasks, concurrency, repeat, wallSeconds,
                throughputPerSecond, latencyMs, cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds,
                pinnedEvents, checksum, completed, failed, prediction, efficiency, error, lostUpdates,
                refusedConnections, childStartMs, channel, messageBytes, bytesPerSecond, count, heapBytesPerTask,
                stalled, threadDump, notMeasured, connectBound);
    }

    /** The same run under another experiment id. */
    public RunResult withExperiment(String id) {
        return new RunResult(id, workload, nature, mode, tasks, concurrency, repeat, wallSeconds,
                throughputPerSecond, latencyMs, cpuSeconds, peakInFlight, peakThreads, peakRssBytes, gcSeconds,
                pinnedEvents, checksum, completed, failed, prediction, efficiency, error, lostUpdates,
                refusedConnections, childStartMs, channel, messageBytes, bytesPerSecond, carriers, heapBytesPerTask,
                stalled, threadDump, notMeasured, connectBound);
    }
}
