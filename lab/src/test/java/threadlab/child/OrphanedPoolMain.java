package threadlab.child;

import java.util.List;

/**
 * A parent JVM for {@link ParentDeathTest}: starts a pool of two workers busy with long sleeps,
 * prints their pids on one line, then waits to be killed. {@code args[0]}, if given, names the
 * pool's transport (a channel label).
 */
public final class OrphanedPoolMain {

    public static void main(String[] args) throws Exception {
        PoolOptions options = args.length > 0
                ? PoolOptions.of(2).withTransport(threadlab.ipc.Channel.of(args[0]))
                : PoolOptions.of(2);
        ProcessPool pool = new ProcessPool(options, ChildJvm.standard());
        Outcomes outcomes = new Outcomes(2);
        pool.submit("sleep:ms=600000", 0, outcomes);
        pool.submit("sleep:ms=600000", 1, outcomes);
        List<Long> pids = pool.workerPids();
        while (pids.size() < 2) {
            Thread.sleep(10);
            pids = pool.workerPids();
        }
        System.out.println("workers " + pids.get(0) + " " + pids.get(1));
        System.out.flush();
        Thread.sleep(600_000);
    }
}
