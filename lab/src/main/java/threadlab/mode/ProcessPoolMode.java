package threadlab.mode;

import java.util.concurrent.CountDownLatch;
import threadlab.child.ChildJvm;
import threadlab.child.PoolOptions;
import threadlab.child.ProcessPool;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code process-pool:N}: N child JVMs, started once and reused, each rebuilding the workload from
 * its text spec and running the tasks it is sent (see {@link ProcessPool}). The pool stays warm
 * from one run to the next until the mode is closed, as a long-lived {@code ProcessPoolExecutor}
 * would; the first run (an experiment's warm-up) pays for starting it. A transport asked for by
 * name that this machine cannot set up ({@code transport=unix-socket} where there are none) is
 * not measured here, rather than measured over the pipes the pool would fall back to.
 */
final class ProcessPoolMode implements Mode {

    private final PoolOptions options;
    private ProcessPool pool;

    ProcessPoolMode(PoolOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        StringBuilder id = new StringBuilder("process-pool:").append(options.workers());
        if (options.chunk() > 1) {
            id.append(" chunk=").append(options.chunk());
        }
        if (options.maxTasksPerChild() > 0) {
            id.append(" maxTasksPerChild=").append(options.maxTasksPerChild());
        }
        if (options.breakOnCrash()) {
            id.append(" onCrash=break");
        }
        if (options.transport() != null) {
            id.append(" transport=").append(options.transport().label());
        }
        return id.toString();
    }

    @Override
    public int concurrency(int tasks) {
        return Math.min(tasks, options.workers());
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        String limitation = workload.childProcessLimitation();
        if (limitation != null) {
            probe.refused(0, tasks, new UnsupportedOperationException(limitation));
            return;
        }
        if (pool == null) {
            pool = new ProcessPool(options, ChildJvm.standard());
        }
        if (options.transport() != null && pool.transport() != options.transport()) {
            // Asked for one channel and given pipes: measuring them under the other's name would be false.
            probe.notMeasured(
                    "transport " + options.transport().label() + " is not available here (the pool would fall back to "
                            + pool.transport().label() + ")");
            pool.close();
            pool = null;
            return;
        }
        String spec = workload.spec().toString();
        CountDownLatch done = new CountDownLatch(tasks);
        ProcessPool.Callback callback = new ProcessPool.Callback() {
            @Override
            public void started(int index) {
                probe.started();
            }

            @Override
            public void ended(int index, long checksum, long latencyNanos, String error) {
                probe.endedAndTell(index, checksum, latencyNanos, error);
                done.countDown();
            }

            @Override
            public void requeued(int index) {
                probe.requeued();
            }
        };
        try {
            for (int i = 0; i < tasks; i++) {
                pool.submit(spec, i, callback);
            }
            done.await();
        } catch (InterruptedException e) {
            pool.closeNow();
            pool = null;
            throw e;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
