package threadlab.workload;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import threadlab.InvalidInputException;

/**
 * The workload catalog: every workload the lab knows, the core's general ones and the lessons' own,
 * built from its text spec.
 */
public final class Workloads {

    private static final List<WorkloadType> CORE = List.of(
            new WorkloadType(
                    "sleep",
                    Nature.IO,
                    "sleep:ms=1000",
                    "Thread.sleep for ms: the classic demo's blocking wait; task i returns (i+1)+(i+2)",
                    SleepWorkload::new),
            new WorkloadType(
                    "socket",
                    Nature.IO,
                    "socket:latencyMs=10,bytes=64,rounds=1",
                    "rounds blocking round trips over one connection to the lab's loopback server (a child JVM), each answered after latencyMs",
                    SocketWorkload::new),
            new WorkloadType(
                    "cpu",
                    Nature.CPU,
                    "cpu:work=1000000",
                    "work rounds of 64-bit hashing on one core; no waiting, no shared state",
                    CpuWorkload::new),
            new WorkloadType(
                    "mixed",
                    Nature.MIXED,
                    "mixed:cpuWork=200000,ioMs=10",
                    "cpuWork rounds of hashing, then a sleep of ioMs: where do threads stop helping?",
                    MixedWorkload::new),
            new WorkloadType(
                    "counter",
                    Nature.CONTENDED,
                    "counter:lock=synchronized,increments=100000",
                    "every task adds increments to one shared counter; lock=none|synchronized|reentrant|atomic|adder",
                    CounterWorkload::new),
            new WorkloadType(
                    "fault",
                    Nature.IO,
                    "fault:kind=exit,task=0,ms=0",
                    "task number task= breaks its child JVM (kind=exit|halt|oom|chatty|hang), the others sleep ms: child JVMs only",
                    FaultWorkload::new));

    /** The core's workloads, then each lesson's, from every {@link WorkloadCatalog} on the class path. */
    private static final List<WorkloadType> TYPES = Stream.concat(
                    CORE.stream(),
                    ServiceLoader.load(WorkloadCatalog.class).stream().flatMap(p -> p.get().workloads().stream()))
            .toList();

    private Workloads() {}

    public static List<WorkloadType> types() {
        return TYPES;
    }

    /**
     * Builds the workload a spec describes.
     *
     * @throws InvalidInputException if the spec is malformed, names no known workload, or has an
     *     unknown or out-of-range parameter
     */
    public static Workload create(String spec) {
        return create(WorkloadSpec.parse(spec));
    }

    /** As {@link #create(String)}, from a parsed spec. */
    public static Workload create(WorkloadSpec spec) {
        return type(spec.name()).create(spec);
    }

    /**
     * Checks a spec without keeping the workload (and without leaving a server running).
     *
     * @throws InvalidInputException as {@link #create(String)}
     */
    public static WorkloadSpec validate(String spec) {
        WorkloadSpec parsed = WorkloadSpec.parse(spec);
        type(parsed.name()).create(parsed).close();
        return parsed;
    }

    /**
     * The catalog entry called {@code name}.
     *
     * @throws InvalidInputException if there is none, listing the valid names
     */
    public static WorkloadType type(String name) {
        return TYPES.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown workload '" + name + "'; valid: "
                        + String.join(
                                ", ", TYPES.stream().map(WorkloadType::name).toList())));
    }
}
