package threadlab.workload;

import java.util.List;
import threadlab.InvalidInputException;

/** The workload catalog: every workload the lab knows, built from its text spec. */
public final class Workloads {

    private static final List<WorkloadType> TYPES = List.of(
            new WorkloadType("sleep", Nature.IO, "sleep:ms=1000",
                    "Thread.sleep for ms: the classic demo's blocking wait; task i returns (i+1)+(i+2)", SleepWorkload::new),
            new WorkloadType("socket", Nature.IO, "socket:latencyMs=10,bytes=64",
                    "a blocking round trip to the lab's loopback server, which answers after latencyMs", SocketWorkload::new),
            new WorkloadType("cpu", Nature.CPU, "cpu:work=1000000",
                    "work rounds of 64-bit hashing on one core; no waiting, no shared state", CpuWorkload::new),
            new WorkloadType("mixed", Nature.MIXED, "mixed:cpuWork=200000,ioMs=10",
                    "cpuWork rounds of hashing, then a sleep of ioMs: where do threads stop helping?", MixedWorkload::new),
            new WorkloadType("counter", Nature.CONTENDED, "counter:lock=synchronized,increments=100000",
                    "every task adds increments to one shared counter; lock=none|synchronized|reentrant|atomic|adder",
                    CounterWorkload::new),
            new WorkloadType("fault", Nature.IO, "fault:kind=exit,task=0,ms=0",
                    "task number task= breaks its child JVM (kind=exit|halt|oom|chatty|hang), the others sleep ms: child JVMs only",
                    FaultWorkload::new),
            new WorkloadType("message", Nature.IO, "message:bytes=8",
                    "one fixed-size message, echoed back by a peer over a channel (ipc-channels); elsewhere copied in memory",
                    MessageWorkload::new),
            new WorkloadType("mapped-counter", Nature.CONTENDED, "mapped-counter:update=atomic,increments=1000000",
                    "adds increments to one counter outside the heap via a VarHandle; update=plain|atomic|local; shared-memory-counter maps it into child JVMs",
                    MappedCounterWorkload::new),
            new WorkloadType("pinning", Nature.IO, "pinning:block=synchronized,ms=10",
                    "sleep ms inside a lock of its own or a class initialiser; block=synchronized|reentrant-lock|class-init",
                    PinningWorkload::new),
            new WorkloadType("starvation", Nature.MIXED, "starvation:hogs=2,hogMs=300,ioMs=50",
                    "tasks 1..hogs compute hogMs without blocking, the others sleep ioMs: carrier starvation",
                    StarvationWorkload::new),
            new WorkloadType("threadlocal", Nature.IO, "threadlocal:cache=threadlocal,kb=4,holdMs=1000",
                    "fill and hash a kb scratch buffer, then wait holdMs; cache=threadlocal|shared",
                    ThreadLocalCacheWorkload::new),
            new WorkloadType("carrier-deadlock", Nature.IO, "carrier-deadlock:pin=synchronized,holdMs=100,waitMs=3000",
                    "task 0 holds a lock for holdMs; the others wait for it from a pinning frame, giving up after waitMs",
                    CarrierDeadlockWorkload::new));

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
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown workload '" + name + "'; valid: "
                        + String.join(", ", TYPES.stream().map(WorkloadType::name).toList())));
    }
}
