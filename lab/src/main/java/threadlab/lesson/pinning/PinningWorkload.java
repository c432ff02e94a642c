package threadlab.lesson.pinning;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import threadlab.workload.CatalogWorkload;
import threadlab.workload.ClassInitBlock;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.WorkloadType;

/**
 * {@code pinning:block=synchronized|reentrant-lock|class-init,ms=N}: each task sleeps N ms while
 * holding a lock of its own (no two tasks share one, so nothing is contended) or while inside a
 * class initialiser of its own. Only where the virtual thread is pinned does the sleep keep its
 * carrier: inside {@code synchronized} up to JDK 23, inside a class initialiser on every JDK so
 * far. Never with {@code reentrant-lock}: a {@code java.util.concurrent} lock parks and unmounts.
 * Pinned, N tasks need N × ms / carriers; unpinned, about ms for all of them.
 */
public final class PinningWorkload extends CatalogWorkload {

    /** The ways to block, in the order the lesson shows them. */
    public static final List<String> BLOCKS = List.of("synchronized", "reentrant-lock", "class-init");

    /** The catalog entry: name, nature, an example, one line of explanation. */
    public static final WorkloadType TYPE = new WorkloadType(
            "pinning",
            Nature.IO,
            "pinning:block=synchronized,ms=10",
            "sleep ms inside a lock of its own or a class initialiser; block=" + String.join("|", BLOCKS),
            PinningWorkload::new);

    private final String block;
    private final long millis;
    /** Each task's monitor is published here, so the JIT cannot prove it private and elide the lock. */
    private volatile Object lastMonitor;

    PinningWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("block", "ms"));
        this.block = spec.choice("block", "synchronized", BLOCKS);
        this.millis = spec.longParam("ms", 10, 0, 60_000);
    }

    @Override
    public long runTask(int index) throws Exception {
        switch (block) {
            case "synchronized" -> {
                Object lock = new Object();
                lastMonitor = lock;
                synchronized (lock) {
                    sleep();
                }
            }
            case "reentrant-lock" -> {
                ReentrantLock lock = new ReentrantLock();
                lock.lock();
                try {
                    sleep();
                } finally {
                    lock.unlock();
                }
            }
            default -> ClassInitBlock.run(this::sleep);
        }
        return (index + 1L) + (index + 2L);
    }

    private void sleep() throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(millis);
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("pinning:block=" + block + ",ms=0");
    }
}
