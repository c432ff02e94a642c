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
 * 100,000 sleeps of 1 s, 1,000 threads need 100 rounds, 100 s a run (socket tasks: up to 1,000).
 * The loopback server runs in a child JVM of its own, so each socket task in flight holds one
 * descriptor here (10,000 in flight fit the common limit of 20,000; a connect beyond the limit
 * fails with the limit named).
 *
 * <p>Sleeps, measured before the socket regimes were split ({@code run sync-vs-async}, full
 * profile, 3 runs a cell, medians; 2 cores, AMD EPYC, JDK 25.0.3 Temurin, Linux, load average 12 to
 * 28):
 * <pre>
 * workload        in flight  mode                 tasks/s  Little's law  p99 ms  CPU/task  threads
 * sleep:ms=1000      10,000  async                  8,386           84%   1,171     37 us       19
 * sleep:ms=1000      10,000  virtual                8,375           84%   1,018     52 us       16
 * sleep:ms=1000      10,000  platform-pool:1000       825           83%   1,704    179 us    1,016
 * sleep:ms=1000     100,000  async                 61,501           62%   1,204      7 us       16
 * sleep:ms=1000     100,000  virtual               32,989           33%   2,376      8 us       15
 * </pre>
 *
 * <p>Socket tasks run in two regimes, each on purpose and labelled in the report from the runs'
 * own CPU against their wait. How the latency was chosen: 10,000 tasks in flight, server in its
 * child JVM, measured with {@code run --workload socket:... --modes virtual,async --tasks 10000}
 * (2 cores, AMD EPYC VM, Linux 6.18, JDK 25.0.3 Temurin, load average 19 to 29 from other builds
 * on the same machine; CPU is the lab's and the server's, per round trip answered):
 * <pre>
 * spec (bytes=64)             mode     wall s   tasks/s  CPU s  server CPU s  CPU/round trip  refused
 * latencyMs=1,rounds=1        virtual   17.04       587   3.86          1.33          386 us        0
 * latencyMs=1,rounds=1        virtual   14.87       673   3.05          0.82          305 us        0
 * latencyMs=1,rounds=1        async     10.28       973   2.02          0.68          202 us        0
 * latencyMs=1,rounds=1        async      7.18     1,393   1.55          0.45          155 us        0
 * latencyMs=1,rounds=10       virtual   16.83       594   9.02          3.91           90 us        0
 * latencyMs=1,rounds=10       virtual   10.80       926   7.55          3.32           76 us        0
 * latencyMs=1,rounds=10       async     15.63       640   5.94          2.67           59 us        0
 * latencyMs=1,rounds=10       async     15.63       640   6.32          2.84           63 us        0
 * latencyMs=2000,rounds=10    virtual   39.97       250  10.80          4.70          108 us        0
 * latencyMs=2000,rounds=10    async     59.01       170   7.51          3.42           75 us        0
 * </pre>
 * A connect costs about 200 to 300 us of CPU, a round trip over an open connection 60 to 90 us
 * (about 40% of it in the server's JVM). The CPU bound of {@link #WAITING_FULL} at 10,000 in
 * flight is therefore 10,000 x 10 x 90 to 108 us / 2 cores = 4.5 to 5.4 s against 20 s of waiting: on an idle
 * machine waiting binds (Little's law: 500 tasks/s). In this run it did not: the lab got about
 * 0.27 of a core (10.8 CPU-s in 40 s) from a machine whose other builds kept the load average
 * at 25, and reached 50% ({@code virtual}) and 34% ({@code async}) of Little's law. The CPU-bound
 * specs reached 10 to 35% of their CPU bound (CPU-s over wall x 2 cores) for the same reason. Every
 * run had 0 refused and 0 failed connections.
 *
 * <p>The same runs once more, 20 minutes later, when the load average had fallen to 3.0 to 5.3
 * (same machine, same commands, one run each; CPU share = CPU-s / (wall x 2 cores), the share of
 * the CPU bound reached, the bound being the run's own CPU per task x tasks / 2 cores):
 * <pre>
 * spec (bytes=64)             mode     wall s   tasks/s  CPU s  server CPU s  CPU/round trip  refused  bound
 * latencyMs=2000,rounds=10    virtual   22.08       453  14.82          6.53          148 us        0  91% of Little's law
 * latencyMs=2000,rounds=10    async     22.17       451   7.16          3.38           72 us        0  90% of Little's law
 * latencyMs=1,rounds=1        virtual    2.96     3,374   3.83          1.31          383 us        0  65% of CPU
 * latencyMs=1,rounds=1        async      2.21     4,516   2.66          0.96          266 us        0  60% of CPU
 * latencyMs=1,rounds=10       virtual    6.96     1,437   9.21          4.00           92 us        0  66% of CPU
 * latencyMs=1,rounds=10       async      3.20     3,122   5.55          2.53           56 us        0  87% of CPU
 * </pre>
 * With the machine to itself, waiting binds {@link #WAITING_FULL} as chosen: its CPU bound,
 * 10,000 x 10 x 148 us / 2 cores = 7.4 s (virtual, the dearer), is well under its 20 s of waiting,
 * and both modes reach 90% of Little's law. The CPU-bound specs mostly stay under 85% of their
 *  CPU bound, most likely (not measured here) because the connects come in a burst that the server's single accept queue
 * serialise (the client holds them at the backlog cap of 4,096), so the cores idle part of the
 * ramp; only async with 10 rounds a connection, where connects weigh least, reaches 87%.
 */
public final class SyncVsAsyncExperiment implements Experiment {

    private static final int POOL_UP_TO_TASKS = 10_000;

    /** A pool of 1,000 on 10,000 socket tasks that wait 20 s each is 10 rounds, 200 s a run: it stops at 1,000. */
    private static final int SOCKET_POOL_UP_TO_TASKS = 1_000;

    /** Waiting binds: 10 x 2 s over one connection; at 10,000 in flight about a quarter of 2 cores (javadoc). */
    static final String WAITING_FULL = "socket:latencyMs=2000,bytes=64,rounds=10";

    /** Waiting binds at up to 1,000 in flight: 2 x 200 ms, about 1,000 / 0.2 s x 205 us, one of the 2 cores. */
    static final String WAITING_QUICK = "socket:latencyMs=200,bytes=64,rounds=2";

    /** The CPU-bound regime, on purpose: a connect and one round trip of 1 ms. */
    static final String CPU_BOUND_ONE_ROUND = "socket:latencyMs=1,bytes=64,rounds=1";

    /** CPU-bound too, with the connect's cost spread over 10 round trips of 1 ms. */
    static final String CPU_BOUND_TEN_ROUNDS = "socket:latencyMs=1,bytes=64,rounds=10";

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
                full ? WAITING_FULL : WAITING_QUICK,
                full ? List.of(100, 1_000, 10_000) : List.of(100, 1_000),
                pool,
                repeats);
        sweep(trials, CPU_BOUND_ONE_ROUND, full ? List.of(1_000, 10_000) : List.of(1_000), pool, repeats);
        if (full) {
            sweep(trials, CPU_BOUND_TEN_ROUNDS, List.of(1_000, 10_000), pool, repeats);
        }
        return trials;
    }

    private static void sweep(List<Trial> trials, String workload, List<Integer> inFlight, int pool, int repeats) {
        for (int tasks : inFlight) {
            trials.add(Trial.of(workload, Modes.parse("async"), tasks, repeats));
            trials.add(Trial.of(workload, Modes.parse("virtual"), tasks, repeats));
            if (tasks <= POOL_UP_TO_TASKS && !(workload.startsWith("socket:") && tasks > SOCKET_POOL_UP_TO_TASKS)) {
                trials.add(Trial.of(workload, Modes.parse("platform-pool:" + Math.min(tasks, pool)), tasks, repeats));
            }
        }
    }
}
