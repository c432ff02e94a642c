package threadlab.experiment;

import java.util.List;
import threadlab.mode.Mode;
import threadlab.mode.Modes;

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

    /**
     * The mode with this id, for a trial rebuilt in a child JVM: a catalog mode by default; an
     * experiment that plans child-JVM trials in a mode of its own rebuilds it here.
     */
    default Mode mode(String id) {
        return Modes.parse(id);
    }

    /**
     * Whether what it measures runs in child JVMs it starts (a trial child with its own flags, the
     * workers or children it times), so that {@code run --jdk} can run it on another JDK.
     */
    default boolean runsInChildJvms() {
        return false;
    }

    /** Whether each task's end is printed as it happens (the classic demo's output). */
    default boolean narrated() {
        return false;
    }
}
