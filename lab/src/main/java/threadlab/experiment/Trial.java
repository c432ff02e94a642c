package threadlab.experiment;

import java.util.List;
import threadlab.mode.Mode;
import threadlab.workload.WorkloadSpec;

/**
 * One cell of an experiment: a workload's tasks in one mode, repeated. A trial with
 * {@code jvmFlags} runs in a child JVM started with those flags (one carrier thread, say), which
 * measures it as this JVM would and hands back its results; its mode must then be one that
 * {@link Experiment#mode} can rebuild from the id.
 */
public record Trial(WorkloadSpec workload, Mode mode, int tasks, int repeats, List<String> jvmFlags) {

    public Trial {
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** A trial run in this JVM. */
    public Trial(WorkloadSpec workload, Mode mode, int tasks, int repeats) {
        this(workload, mode, tasks, repeats, List.of());
    }

    public static Trial of(String workload, Mode mode, int tasks, int repeats) {
        return new Trial(WorkloadSpec.parse(workload), mode, tasks, repeats);
    }

    /** The same trial, run in a child JVM with these flags. */
    public Trial inChildJvm(List<String> flags) {
        return new Trial(workload, mode, tasks, repeats, flags);
    }

    public boolean inChildJvm() {
        return !jvmFlags.isEmpty();
    }
}
