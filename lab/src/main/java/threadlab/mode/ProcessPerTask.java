package threadlab.mode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import threadlab.child.ChildJvm;
import threadlab.child.OneShotChild;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code process-per-task}: a new child JVM for every task, all started at once; each rebuilds
 * the workload from its spec, runs its one task, answers, and exits. A task's latency runs from
 * the launch to the answer, so it shows what a process costs to start.
 */
final class ProcessPerTask implements Mode {

    @Override
    public String id() {
        return "process-per-task";
    }

    @Override
    public int concurrency(int tasks) {
        return tasks;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        String limitation = workload.childProcessLimitation();
        if (limitation != null) {
            probe.refused(0, tasks, new UnsupportedOperationException(limitation));
            return;
        }
        ChildJvm jvm = ChildJvm.standard();
        String spec = workload.spec().toString();
        var launchers = Thread.ofPlatform().name("process-task-", 1).factory();
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(launchers)) {
            probe.startAll(
                    tasks,
                    i -> executor.execute(() -> {
                        probe.started();
                        long start = System.nanoTime();
                        OneShotChild.Result r = OneShotChild.run(jvm, spec, i);
                        probe.endedAndTell(i, r.checksum(), System.nanoTime() - start, r.error());
                    }));
        }
    }
}
