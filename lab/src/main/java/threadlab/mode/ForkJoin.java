package threadlab.mode;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code forkjoin:N}: a {@link ForkJoinPool} of parallelism N, fed by divide and conquer: the
 * range of task indexes is split in halves until one task remains, and idle workers steal halves
 * from busy ones. Built for CPU work; a task that blocks holds its worker.
 */
final class ForkJoin implements Mode {

    private final int parallelism;

    ForkJoin(int parallelism) {
        this.parallelism = parallelism;
    }

    @Override
    public String id() {
        return "forkjoin:" + parallelism;
    }

    @Override
    public int concurrency(int tasks) {
        return Math.min(tasks, parallelism);
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) {
        if (tasks == 0) {
            return;
        }
        try (ForkJoinPool pool = new ForkJoinPool(parallelism, ForkJoin::worker, null, false)) {
            pool.invoke(new Split(workload, probe, 0, tasks));
        }
    }

    private static ForkJoinWorkerThread worker(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("forkjoin-" + thread.getPoolIndex());
        return thread;
    }

    /** Tasks [from, to): run one, or split in two and run both halves. */
    private static final class Split extends RecursiveAction {
        private final transient Workload workload;
        private final transient TaskProbe probe;
        private final int from;
        private final int to;

        Split(Workload workload, TaskProbe probe, int from, int to) {
            this.workload = workload;
            this.probe = probe;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                probe.run(workload, from);
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new Split(workload, probe, from, middle), new Split(workload, probe, middle, to));
        }
    }
}
