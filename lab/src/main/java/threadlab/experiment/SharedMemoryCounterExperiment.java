package threadlab.experiment;

import java.util.ArrayList;
import java.util.List;
import threadlab.mode.Modes;

/**
 * {@code shared-memory-counter}: processes share nothing by default, until they map one file;
 * then they meet the races threads meet. Two child JVMs add 1,000,000 each to one counter in a
 * memory-mapped file: a plain read-modify-write (updates lost, counted), {@code getAndAdd} through
 * a VarHandle on the mapped buffer (none lost), and a count kept by each process, added once at
 * the end. Beside them, the same workload on two threads of one JVM (a direct buffer), and the
 * {@code counter} workload on a heap field: no lock, {@code AtomicLong}, {@code LongAdder}.
 */
final class SharedMemoryCounterExperiment implements Experiment {

    static final int CHILDREN = 2;

    @Override
    public String id() {
        return "shared-memory-counter";
    }

    @Override
    public String summary() {
        return "2 child JVMs add to one counter in a mapped file: plain (lost updates), getAndAdd, per-process; vs 2 threads";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int repeats = full ? 5 : 2;
        long increments = full ? 10_000_000 : 1_000_000;
        List<Trial> trials = new ArrayList<>();
        for (String update : List.of("plain", "atomic", "local")) {
            String spec = "mapped-counter:update=" + update + ",increments=" + increments;
            trials.add(Trial.of(spec, new IncrementInChildren(CHILDREN), CHILDREN, repeats));
            trials.add(Trial.of(spec, Modes.parse("platform-pool:" + CHILDREN, CHILDREN), CHILDREN, repeats));
        }
        for (String lock : List.of("none", "atomic", "adder")) {
            trials.add(Trial.of("counter:lock=" + lock + ",increments=" + increments,
                    Modes.parse("platform-pool:" + CHILDREN, CHILDREN), CHILDREN, repeats));
        }
        return trials;
    }
}
