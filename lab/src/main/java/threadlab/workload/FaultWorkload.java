package threadlab.workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code fault:kind=K,task=I,ms=M}: every task sleeps M ms, except task I, which breaks the child
 * JVM it runs in: {@code exit} calls {@code System.exit(3)}, {@code halt} halts the JVM at once,
 * {@code oom} fills the heap, {@code chatty} writes 4 MiB to stderr first (and then succeeds),
 * {@code hang} never returns. It is the process pool's crash lesson, and its test; it refuses to
 * run outside a worker JVM, so that it can never take the lab down with it.
 */
final class FaultWorkload extends CatalogWorkload {

    static final List<String> KINDS = List.of("exit", "halt", "oom", "chatty", "hang");

    private final String kind;
    private final long faultyTask;
    private final long millis;

    FaultWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("kind", "task", "ms"));
        this.kind = spec.choice("kind", "exit", KINDS);
        this.faultyTask = spec.longParam("task", 0, 0, Integer.MAX_VALUE);
        this.millis = spec.longParam("ms", 0, 0, 3_600_000);
    }

    @Override
    public long runTask(int index) throws InterruptedException {
        if (!DisposableJvm.here()) {
            throw new IllegalStateException(
                    "fault tasks break the JVM they run in: run them in process-pool or process-per-task");
        }
        if (index == faultyTask) {
            switch (kind) {
                case "exit" -> System.exit(3);
                case "halt" -> Runtime.getRuntime().halt(42);
                case "oom" -> {
                    List<long[]> hoard = new ArrayList<>();
                    while (true) {
                        hoard.add(new long[1 << 20]);
                    }
                }
                case "chatty" -> {
                    String line = "x".repeat(1023);
                    for (int i = 0; i < 4096; i++) {
                        System.err.println(line);
                    }
                }
                case "hang" -> Thread.sleep(Long.MAX_VALUE);
                default -> throw new IllegalStateException("unknown fault " + kind);
            }
        }
        if (millis > 0) {
            Thread.sleep(millis);
        }
        return index;
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(millis);
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("sleep:ms=0");
    }
}
