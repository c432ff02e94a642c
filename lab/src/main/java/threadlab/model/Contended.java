package threadlab.model;

/**
 * The calibrated cost of a contended hand-off: one task's time while {@code parallel} tasks update
 * the same state at once, the median of the calibration's rounds, and the fastest and slowest of
 * them. On a virtual machine the cost of a cache line or a lock passing between two cores changes
 * from one round to the next, and the spread is kept so a run outside the band can be held to it.
 *
 * @param taskSeconds the median round's time, NaN where not measured
 * @param fastestSeconds the fastest round's, NaN where not measured
 * @param slowestSeconds the slowest round's, NaN where not measured
 * @param parallel the tasks at once in a round, 0 where not measured
 */
public record Contended(double taskSeconds, double fastestSeconds, double slowestSeconds, int parallel) {

    /** Not measured: the workload has no shared state, or the machine one core. */
    public static final Contended NONE = new Contended(Double.NaN, Double.NaN, Double.NaN, 0);

    /** Two tasks at once, the same time in every round (tests, and a spread not recorded). */
    public static Contended pair(double taskSeconds) {
        return Double.isNaN(taskSeconds) ? NONE : new Contended(taskSeconds, taskSeconds, taskSeconds, 2);
    }

    /** Whether this was measured. */
    public boolean measured() {
        return parallel >= 2 && !Double.isNaN(taskSeconds) && taskSeconds > 0;
    }
}
