package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import threadlab.result.RunResult;
import threadlab.workload.SocketFields;
import threadlab.workload.WorkloadSpec;

/**
 * Which bound a {@code socket} sweep sat under, said from its own runs rather than assumed: at its
 * largest task count, the CPU the runs used (client and server, their median, spread over the
 * machine's cores) against the time each task waits by design ({@code latencyMs} x
 * {@code rounds}). More CPU than wait: the round trips are CPU-bound, and the cores, not Little's
 * law, set the pace; less: waiting binds. An experiment that sweeps both regimes on purpose gets
 * one labelled sentence for each.
 */
public final class SocketRegime {

    private SocketRegime() {}

    /** The sentence for {@code workload}'s cells, or empty where it is not a socket workload or its runs lack the figures. */
    public static Optional<String> sentence(String workload, List<ModeCell> cells, int cores) {
        if (!workload.startsWith("socket:") || cores <= 0) {
            return Optional.empty();
        }
        WorkloadSpec spec;
        try {
            spec = WorkloadSpec.parse(workload);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        long latency = spec.longParam("latencyMs", 10, 0, Long.MAX_VALUE);
        long rounds = spec.longParam("rounds", 1, 1, Long.MAX_VALUE);
        var byTasks = ExperimentRuns.byTasks(cells);
        if (byTasks.isEmpty()) {
            return Optional.empty();
        }
        int tasks = byTasks.lastKey();
        List<Double> cpu = new ArrayList<>();
        List<Double> perRoundTrip = new ArrayList<>();
        List<Double> serverShare = new ArrayList<>();
        for (ModeCell cell : byTasks.get(tasks)) {
            for (RunResult run : cell.runs()) {
                SocketFields fields = run.measured() ? run.extra(SocketFields.class) : null;
                if (run.cpuSeconds() == null
                        || fields == null
                        || fields.roundTrips() == null
                        || fields.roundTrips() == 0) {
                    continue;
                }
                cpu.add(run.cpuSeconds());
                perRoundTrip.add(run.cpuSeconds() / fields.roundTrips());
                if (fields.serverCpuSeconds() != null && run.cpuSeconds() > 0) {
                    serverShare.add(fields.serverCpuSeconds() / run.cpuSeconds());
                }
            }
        }
        if (cpu.isEmpty()) {
            return Optional.empty();
        }
        double cpuOnCores = Stats.median(cpu) / Math.min(cores, tasks);
        double wait = latency * rounds / 1e3;
        boolean cpuBound = cpuOnCores > wait;
        return Optional.of(String.format(
                "%s at %s in flight is %s: its runs' CPU, %s µs per round trip%s, needs %s s on %d cores, %s the %s s"
                        + " each task waits, so %s.",
                workload,
                Formats.count(tasks),
                cpuBound ? "CPU-bound, on purpose" : "I/O-bound",
                Formats.number(Stats.median(perRoundTrip) * 1e6),
                serverShare.isEmpty()
                        ? ""
                        : " (the server's JVM " + Formats.percent(Stats.median(serverShare)) + " of it)",
                Formats.seconds(cpuOnCores),
                Math.min(cores, tasks),
                cpuBound ? "more than" : "less than",
                Formats.seconds(wait),
                cpuBound ? "the cores, not Little's law, set its pace" : "waiting sets its pace (Little's law)"));
    }
}
