package threadlab.lesson.ipc;

import java.util.List;
import threadlab.child.PoolOptions;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.ipc.Channel;
import threadlab.mode.Modes;

/**
 * {@code ipc}: the round trip of a no-op task. In one JVM, handing a task to a pool thread and
 * back costs a few microseconds; to a worker JVM it crosses two processes and a channel: pipes
 * ({@code transport=pipe}) or the pool's default, a mapped ring buffer (see {@code ipc-channels}); in
 * batches ({@code chunk}) that cost is shared by every task of the batch, as Python's
 * {@code map(chunksize=)} does. The pools are started and warmed before the clock starts.
 */
public final class IpcExperiment implements Experiment {

    @Override
    public String id() {
        return "ipc";
    }

    @Override
    public boolean runsInChildJvms() {
        return true;
    }

    @Override
    public String summary() {
        return "no-op task round trip: in-process hand-off vs process-pool over pipes and over shared memory, unbatched vs batched (chunk=100)";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int tasks = full ? 50_000 : 5_000;
        int repeats = full ? 5 : 3;
        PoolOptions batched = PoolOptions.of(1).withChunk(100);
        PoolOptions pipes = PoolOptions.of(1).withTransport(Channel.PIPE);
        return List.of(
                Trial.of("sleep:ms=0", Modes.parse("platform-pool:1"), tasks, repeats),
                Trial.of("sleep:ms=0", Modes.parse("process-pool:1", 1, pipes), tasks, repeats),
                Trial.of("sleep:ms=0", Modes.parse("process-pool:1"), tasks, repeats),
                Trial.of("sleep:ms=0", Modes.parse("process-pool:2", 2, pipes), tasks, repeats),
                Trial.of(
                        "sleep:ms=0",
                        Modes.parse("process-pool:2", 2, PoolOptions.of(2).withTransport(Channel.SHARED_MEMORY)),
                        tasks,
                        repeats),
                Trial.of("sleep:ms=0", Modes.parse("process-pool:2", 2, batched), tasks, repeats));
    }
}
