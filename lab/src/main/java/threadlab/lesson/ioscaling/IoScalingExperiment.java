package threadlab.lesson.ioscaling;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code io-scaling}: many tasks that wait (a sleep, a loopback round trip) at growing task
 * counts. Little's law says throughput = in-flight / wait, so whoever keeps the most tasks in
 * flight wins: a pool of N caps it at N; a thread per task at whatever the OS allows; virtual
 * threads at however many tasks there are.
 *
 * <p>The conclusions rank the modes at the largest task count and give each one's share of the
 * limit there; a ranking is claimed only where the repeats' ranges do not overlap. So the quick
 * profile runs those cells 3 times rather than 2 (a range of 2 runs holds the median half the
 * time, of 3 runs three times in four), and the other cells, which only the growth sentence
 * reads, twice.
 *
 * <p>Socket tasks run in two regimes, each on purpose and labelled so in the report: round trips
 * that wait long enough for waiting to bind on 2 cores ({@link #WAITING_QUICK},
 * {@link #WAITING_FULL}: the CPU they need is about half of the cores'), and round trips so short
 * that the CPU of connects binds ({@link #CPU_BOUND}). The waiting sweep stops at 2,000 in flight
 * so that the pool of 100 stays within minutes (20 rounds of 2 s).
 */
public final class IoScalingExperiment implements Experiment {

    /**
     * Socket round trips where waiting binds: 2 x 100 ms over one connection. At 300 in flight
     * they need 300 / 0.1 s x (80 + 250 / 2) µs, about 0.6 of a core, of the CPU we measured per
     * round trip and per connect (see {@code SyncVsAsyncExperiment}); kept short for the quick
     * profile's budget (the pool of 50 needs 6 rounds).
     */
    static final String WAITING_QUICK = "socket:latencyMs=100,bytes=256,rounds=2";

    /** As {@link #WAITING_QUICK} at up to 2,000 in flight: 4 x 500 ms, about 0.6 of a core. */
    static final String WAITING_FULL = "socket:latencyMs=500,bytes=256,rounds=4";

    /**
     * The CPU-bound regime, on purpose: a connect and one round trip of 1 ms. Little's law would
     * allow 300,000 tasks/s at 300 in flight; the 2 cores allow a few thousand. The quick profile
     * runs 2,000 of them, 0.08 to 0.13 s a run on the 2-core machine of the README: at 300 (16 to 51
     * ms a run) the JIT and the pools' start decided the run more than the CPU did.
     */
    static final String CPU_BOUND = "socket:latencyMs=1,bytes=256,rounds=1";

    /** Repeats, at least, of the cells the ranking rests on (the largest task count). */
    static final int RANKED_REPEATS = 3;

    @Override
    public String id() {
        return "io-scaling";
    }

    @Override
    public String summary() {
        return "sleep and socket tasks up to 10,000: virtual vs platform pools vs a thread per task (Little's law)";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int repeats = full ? 3 : 2;
        List<Integer> pools = full ? List.of(100, 1000) : List.of(50, 200);
        List<Trial> trials = new ArrayList<>();
        sweep(
                trials,
                full ? "sleep:ms=100" : "sleep:ms=50",
                full ? List.of(100, 1_000, 10_000) : List.of(100, 1_000),
                pools,
                repeats);
        sweep(
                trials,
                full ? WAITING_FULL : WAITING_QUICK,
                full ? List.of(100, 1_000, 2_000) : List.of(100, 300),
                pools,
                repeats);
        sweep(trials, CPU_BOUND, full ? List.of(1_000, 5_000) : List.of(2_000), pools, repeats);
        return trials;
    }

    private static void sweep(
            List<Trial> trials, String workload, List<Integer> taskCounts, List<Integer> pools, int base) {
        int largest = taskCounts.get(taskCounts.size() - 1);
        for (int tasks : taskCounts) {
            int repeats = tasks == largest ? Math.max(base, RANKED_REPEATS) : base;
            trials.add(Trial.of(workload, Modes.parse("virtual"), tasks, repeats));
            for (int size : pools) {
                trials.add(Trial.of(workload, Modes.parse("platform-pool:" + size), tasks, repeats));
            }
            trials.add(Trial.of(workload, Modes.parse("platform-per-task"), tasks, repeats));
        }
    }
}
