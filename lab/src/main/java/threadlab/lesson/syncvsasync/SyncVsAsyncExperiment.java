package threadlab.lesson.syncvsasync;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code sync-vs-async}: the same waiting tasks written two ways, at 100 to 100,000 in flight.
 * Blocking code on a virtual thread per task ({@code virtual}) against a callback chain over
 * timers and non-blocking NIO ({@code async}), with a platform pool as the pre-Loom blocking
 * baseline. Little's law predicts the first two alike (every task in flight); the question is
 * what each costs to get there: CPU time per task, threads, memory, tail latency.
 *
 * <p>Every task is started at once, so in flight = tasks. The platform pool has
 * min(tasks, 1,000) threads (500 in the quick profile) and runs only up to 10,000 tasks: at
 * 100,000 sleeps of 1 s, 1,000 threads need 100 rounds, 100 s a run. Socket sweeps stop at 5,000
 * in flight: each round trip holds two file descriptors in this one process (client and server
 * end), and a common limit is 20,000 or less.
 *
 * <p>Measured ({@code run sync-vs-async}, full profile, 3 runs a cell, medians; 2 cores, AMD EPYC,
 * JDK 25.0.3 Temurin, Linux, shared with other builds at load average 12 to 28, so every figure is
 * low and noisy). CPU per task is the whole process's CPU time over the tasks, the in-process
 * loopback server's share included.
 * <pre>
 * workload        in flight  mode                 tasks/s  Little's law  p99 ms  CPU/task  threads
 * sleep:ms=1000      10,000  async                  8,386           84%   1,171     37 us       19
 * sleep:ms=1000      10,000  virtual                8,375           84%   1,018     52 us       16
 * sleep:ms=1000      10,000  platform-pool:1000       825           83%   1,704    179 us    1,016
 * sleep:ms=1000     100,000  async                 61,501           62%   1,204      7 us       16
 * sleep:ms=1000     100,000  virtual               32,989           33%   2,376      8 us       15
 * socket:200ms,64B    5,000  async                  3,670           15%     440    266 us       19
 * socket:200ms,64B    5,000  virtual                2,638           11%   1,389    306 us       16
 * socket:200ms,64B    5,000  platform-pool:1000     1,873           37%     970    314 us    1,016
 * </pre>
 * Sleeps tie up to 10,000 in flight: both reach the same share of Little's law, and async spends
 * less CPU per task. At 100,000 async keeps more of the limit. Socket round trips are bound by
 * the CPU that 5,000 loopback connections cost (both ends in this process), not by waiting.
 */
public final class SyncVsAsyncExperiment implements Experiment {

    private static final int POOL_UP_TO_TASKS = 10_000;

    @Override
    public String id() {
        return "sync-vs-async";
    }

    @Override
    public String summary() {
        return "sleep and socket at 100..100,000 in flight: async callbacks vs blocking virtual threads vs a platform pool";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int repeats = full ? 3 : 1;
        int pool = full ? 1_000 : 500;
        List<Trial> trials = new ArrayList<>();
        sweep(
                trials,
                full ? "sleep:ms=1000" : "sleep:ms=100",
                full ? List.of(100, 1_000, 10_000, 100_000) : List.of(100, 1_000, 10_000),
                pool,
                repeats);
        sweep(
                trials,
                full ? "socket:latencyMs=200,bytes=64" : "socket:latencyMs=20,bytes=64",
                full ? List.of(100, 1_000, 5_000) : List.of(100, 1_000),
                pool,
                repeats);
        return trials;
    }

    private static void sweep(List<Trial> trials, String workload, List<Integer> inFlight, int pool, int repeats) {
        for (int tasks : inFlight) {
            trials.add(Trial.of(workload, Modes.parse("async"), tasks, repeats));
            trials.add(Trial.of(workload, Modes.parse("virtual"), tasks, repeats));
            if (tasks <= POOL_UP_TO_TASKS) {
                trials.add(Trial.of(workload, Modes.parse("platform-pool:" + Math.min(tasks, pool)), tasks, repeats));
            }
        }
    }
}
