package threadlab.model;

import threadlab.result.Prediction;
import threadlab.workload.Nature;

/**
 * The laws the lab holds every run against, as {@link Bounds}: each gives the shortest wall time
 * the run could take, so {@code efficiency = predicted / measured} is at most about 1 and says how
 * close a mode came to the limit.
 *
 * <table>
 *   <caption>The bounds</caption>
 *   <tr><th>bound</th><th>law</th><th>predicted wall time</th></tr>
 *   <tr><td>waiting</td><td>Little's law (L = λW)</td><td>⌈tasks / in-flight⌉ × one task's time</td></tr>
 *   <tr><td>cpu</td><td>the cores</td><td>tasks × CPU per task / min(cores, workers)</td></tr>
 *   <tr><td>start-cost</td><td>starts in a row</td><td>starts × one start + the last task</td></tr>
 *   <tr><td>serial-fraction</td><td>Amdahl</td><td>tasks × t × (s + (1 − s) / min(cores, workers))</td></tr>
 *   <tr><td>contention</td><td>contended hand-off</td><td>tasks × a task's contended time / tasks at once</td></tr>
 * </table>
 */
public final class Laws {

    private Laws() {}

    /**
     * The prediction for a run known by its shape, wait and single-threaded task time alone, or
     * null where no bound applies.
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
        return Bounds.predict(RunFacts.of(nature, tasks, concurrency, cores, waitSeconds, taskSeconds, serialFraction));
    }

    /** Measured against predicted: predicted wall / measured wall, or null without a prediction. */
    public static Double efficiency(Prediction prediction, double measuredWallSeconds) {
        if (prediction == null || measuredWallSeconds <= 0) {
            return null;
        }
        return prediction.wallSeconds() / measuredWallSeconds;
    }
}
