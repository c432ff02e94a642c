package threadlab.experiment;

import java.util.List;

/**
 * A question the lab answers by measurement: a workload, the modes to compare, the sweep, the
 * repetitions. An experiment only plans; {@link ExperimentRunner} runs the plan.
 */
public interface Experiment {

    /** The id users type: {@code seed}, {@code io-scaling}. */
    String id();

    /** One line: the question it answers. */
    String summary();

    /** The trials to run, in order, for a profile on a machine with {@code cores} cores. */
    List<Trial> plan(Profile profile, int cores);

    /** Whether each task's end is printed as it happens (the classic demo's output). */
    default boolean narrated() {
        return false;
    }
}
