package threadlab.mode;

import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/** {@code sequential}: one task after another on the calling thread; the baseline. */
final class Sequential implements Mode {

    @Override
    public String id() {
        return "sequential";
    }

    @Override
    public int concurrency(int tasks) {
        return 1;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) {
        for (int i = 0; i < tasks; i++) {
            probe.run(workload, i);
        }
    }
}
