package threadlab.lesson.virtualoverhead;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.workload.Checksums;
import threadlab.workload.Workload;

/**
 * The plain JDK loop that the lab's {@code virtual} mode is held against: submit every task to
 * {@link Executors#newVirtualThreadPerTaskExecutor()} and close it, with no per-task timing. Only
 * the checksum and the count are kept, so its result can still be checked. Not in the mode
 * catalog: it is a baseline, not an execution model.
 */
public final class BareVirtualLoop implements Mode {

    public static final String ID = "jdk-virtual-loop";

    /** How a sentence names this mode. */
    public static final String WORDS = "the bare JDK loop";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int concurrency(int tasks) {
        return tasks;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) {
        LongAdder done = new LongAdder();
        LongAdder checksums = new LongAdder();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tasks; i++) {
                int index = i;
                executor.submit(() -> {
                    checksums.add(Checksums.ofTask(index, workload.runTask(index)));
                    done.increment();
                    return null;
                });
            }
        }
        probe.addUnmeasured(done.sum(), checksums.sum());
    }
}
