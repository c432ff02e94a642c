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
 * <p>Socket sweeps stop at 5,000 in flight: each round trip holds two file descriptors in this
 * one process (client and server end), and a common limit is 20,000 or less.
 */
public final class IoScalingExperiment implements Experiment {

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
                full ? "socket:latencyMs=20,bytes=256" : "socket:latencyMs=10,bytes=256",
                full ? List.of(100, 1_000, 5_000) : List.of(100, 500),
                pools,
                repeats);
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
