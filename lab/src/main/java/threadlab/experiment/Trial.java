package threadlab.experiment;

import threadlab.mode.Mode;
import threadlab.workload.WorkloadSpec;

/** One cell of an experiment: a workload's tasks in one mode, repeated. */
public record Trial(WorkloadSpec workload, Mode mode, int tasks, int repeats) {

    public static Trial of(String workload, Mode mode, int tasks, int repeats) {
        return new Trial(WorkloadSpec.parse(workload), mode, tasks, repeats);
    }
}
