package threadlab.workload;

import java.util.function.Function;

/**
 * One entry of the workload catalog: its name, nature, an example spec, one line of explanation,
 * and how to build it from a spec.
 */
public record WorkloadType(
        String name, Nature nature, String example, String summary, Function<WorkloadSpec, Workload> factory) {

    /**
     * Builds a workload from a spec whose name is this type's.
     *
     * @throws threadlab.InvalidInputException if a parameter is unknown or out of range
     */
    public Workload create(WorkloadSpec spec) {
        return factory.apply(spec);
    }
}
