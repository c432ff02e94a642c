package threadlab.workload;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code counter:lock=K,increments=N}: every task adds N to one shared counter. With a lock (or
 * an atomic) the total is exactly tasks × N in every mode; with {@code lock=none} updates are
 * lost and the run reports how many. The run checksum is the counter's final value.
 */
final class CounterWorkload extends CatalogWorkload {

    static final List<String> LOCKS = List.of("none", "synchronized", "reentrant", "atomic", "adder");

    private final String lock;
    private final long increments;
    private final SharedCounter counter;

    CounterWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("lock", "increments"));
        this.lock = spec.choice("lock", "synchronized", LOCKS);
        this.increments = spec.longParam("increments", 100_000, 1, 1_000_000_000);
        this.counter = SharedCounter.of(lock);
    }

    @Override
    public long runTask(int index) {
        for (long i = 0; i < increments; i++) {
            counter.increment();
        }
        return increments;
    }

    /** Locks and a single atomic serialise every increment; no lock and a striped adder do not. */
    @Override
    public double serialFraction() {
        return lock.equals("none") || lock.equals("adder") ? 0.0 : 1.0;
    }

    @Override
    public long runChecksum(long combinedTaskChecksums) {
        return counter.get();
    }

    @Override
    public boolean deterministic() {
        return !lock.equals("none");
    }

    @Override
    public String childProcessLimitation() {
        return "a shared counter does not cross processes: each child JVM would count in its own memory";
    }

    @Override
    public OptionalLong lostUpdates(int tasksCompleted) {
        return OptionalLong.of(tasksCompleted * increments - counter.get());
    }
}
