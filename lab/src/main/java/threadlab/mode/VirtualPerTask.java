package threadlab.mode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code virtual}: a virtual thread per task ({@link Executors#newVirtualThreadPerTaskExecutor}),
 * all started at once. A blocked virtual thread unmounts from its carrier, so a handful of
 * carriers serve any number of waiting tasks.
 */
final class VirtualPerTask implements Mode {

    @Override
    public String id() {
        return "virtual";
    }

    @Override
    public int concurrency(int tasks) {
        return tasks;
    }

    /** The carriers virtual threads compute on: at most one task each. */
    @Override
    public int workers(int tasks) {
        return Math.min(tasks, carriers());
    }

    /** The virtual-thread scheduler's parallelism in this JVM: its system property where set, else the cores. */
    static int carriers() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            int set = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", cores);
            return set > 0 ? set : cores;
        } catch (SecurityException e) {
            return cores;
        }
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            probe.startAll(tasks, i -> executor.execute(() -> probe.run(workload, i)));
        }
    }
}
