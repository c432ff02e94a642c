package threadlab.model;

import threadlab.result.Prediction;
import threadlab.workload.Nature;

/**
 * The laws the lab holds every run against. Each gives the shortest wall time the run could
 * take, so {@code efficiency = predicted / measured} is at most about 1 and says how close a mode
 * came to the limit.
 *
 * <table>
 *   <caption>Which law for which nature</caption>
 *   <tr><th>nature</th><th>law</th><th>predicted wall time</th></tr>
 *   <tr><td>IO</td><td>Little's law (L = λW)</td><td>⌈tasks / in-flight⌉ × wait</td></tr>
 *   <tr><td>CPU, CONTENDED</td><td>Amdahl</td><td>tasks × t × (s + (1 − s) / min(cores, workers))</td></tr>
 *   <tr><td>MIXED</td><td>the slower bound</td><td>max(Little's-law rounds of whole tasks, CPU parts on the cores)</td></tr>
 * </table>
 *
 * <p>{@code t} is one task's single-threaded time, measured beforehand; {@code s} the workload's
 * serial fraction (1 for a counter behind one lock).
 */
public final class Laws {

    private Laws() {}

    /**
     * The prediction for a run, or null where no law applies (a workload that neither waits nor
     * was timed).
     *
     * @param concurrency the most tasks the mode runs at once
     * @param waitSeconds how long each task waits by design
     * @param taskSeconds one task's measured single-threaded time, wait included; NaN if not measured
     */
    public static Prediction predict(
            Nature nature,
            int tasks,
            int concurrency,
            int cores,
            double waitSeconds,
            double taskSeconds,
            double serialFraction) {
        if (tasks <= 0) {
            return null;
        }
        int inFlight = Math.max(1, Math.min(tasks, concurrency));
        int parallel = Math.max(1, Math.min(inFlight, cores));
        return switch (nature) {
            case IO ->
                waitSeconds <= 0
                        ? null
                        : of(
                                "littles-law",
                                tasks,
                                rounds(tasks, inFlight) * waitSeconds,
                                String.format(
                                        "%d round(s) of %,d in flight x %.0f ms wait",
                                        rounds(tasks, inFlight), inFlight, waitSeconds * 1e3));
            case CPU, CONTENDED ->
                Double.isNaN(taskSeconds)
                        ? null
                        : of(
                                "amdahl",
                                tasks,
                                tasks * taskSeconds * (serialFraction + (1 - serialFraction) / parallel),
                                String.format(
                                        "%,d tasks x %.3f ms single-thread, serial fraction %.0f%%, on %d core(s)",
                                        tasks, taskSeconds * 1e3, serialFraction * 100, parallel));
            case MIXED -> {
                if (Double.isNaN(taskSeconds)) {
                    yield null;
                }
                double cpuPart = Math.max(0, taskSeconds - waitSeconds);
                double waitBound = rounds(tasks, inFlight) * taskSeconds;
                double cpuBound = tasks * cpuPart / parallel;
                yield of(
                        "mixed-bound",
                        tasks,
                        Math.max(waitBound, cpuBound),
                        String.format(
                                "max(%d round(s) x %.3f ms, %,d x %.3f ms CPU on %d core(s))",
                                rounds(tasks, inFlight), taskSeconds * 1e3, tasks, cpuPart * 1e3, parallel));
            }
        };
    }

    /** Measured against predicted: predicted wall / measured wall, or null without a prediction. */
    public static Double efficiency(Prediction prediction, double measuredWallSeconds) {
        if (prediction == null || measuredWallSeconds <= 0) {
            return null;
        }
        return prediction.wallSeconds() / measuredWallSeconds;
    }

    private static long rounds(int tasks, int inFlight) {
        return (tasks + inFlight - 1) / inFlight;
    }

    private static Prediction of(String model, int tasks, double wallSeconds, String basis) {
        return new Prediction(model, wallSeconds, wallSeconds > 0 ? tasks / wallSeconds : 0, basis);
    }
}
