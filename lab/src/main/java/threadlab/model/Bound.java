package threadlab.model;

/**
 * One limit on how fast a run can go. A run's prediction is the largest of the bounds that apply
 * ({@link Bounds}): the one that binds.
 */
public interface Bound {

    /** The bound's name, as written in {@code prediction.bound}. */
    String name();

    /** What this bound allows for the run, or null where it does not apply (a figure it needs is missing). */
    Estimate estimate(RunFacts facts);
}
