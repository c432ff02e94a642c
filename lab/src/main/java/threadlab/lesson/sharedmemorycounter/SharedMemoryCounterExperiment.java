package threadlab.lesson.sharedmemorycounter;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code shared-memory-counter}: processes share nothing by default, until they map one file;
 * then they meet the races threads meet. Two child JVMs add 1,000,000 each to one counter in a
 * memory-mapped file: a plain read-modify-write (updates lost, counted), {@code getAndAdd} through
 * a VarHandle on the mapped buffer (none lost), and a count kept by each process, added once at
 * the end. Beside them, the same workload on two threads of one JVM (a direct buffer), and the
 * {@code counter} workload on a heap field: no lock, {@code AtomicLong}, {@code LongAdder}.
 *
 * <p>Measured, full profile (2 x 10,000,000 increments, 5 runs each), 2026-11-26 01:26 UTC, 2 cores
 * AMD EPYC, JDK 25.0.3 Temurin, Linux 6.18, machine shared with other builds (load average about
 * 7): the plain read-modify-write lost a median 43% of the 20,000,000 increments across two child
 * JVMs (27% to 44%), 45% across two threads on a direct buffer, 2% across two threads on a heap
 * field (whose loop the JIT compiles differently); {@code getAndAdd} and the per-process counts
 * lost none. {@code getAndAdd} across the two processes cost 4.7 ns per increment.
 */
public final class SharedMemoryCounterExperiment implements Experiment {

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
            trials.add(Trial.of(
                    "counter:lock=" + lock + ",increments=" + increments,
                    Modes.parse("platform-pool:" + CHILDREN, CHILDREN),
                    CHILDREN,
                    repeats));
        }
        return trials;
    }
}
