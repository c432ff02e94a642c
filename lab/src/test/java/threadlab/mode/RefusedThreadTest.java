package threadlab.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import threadlab.measure.TaskProbe;
import threadlab.workload.Nature;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/** When the OS refuses a thread, the run records how far it got and ends: no crash, no hang. */
class RefusedThreadTest {

    /** Makes four threads, then refuses as the JVM does when the OS has no more to give. */
    private static ThreadFactory refusingAfter(int allowed) {
        AtomicInteger made = new AtomicInteger();
        return task -> {
            if (made.incrementAndGet() > allowed) {
                throw new OutOfMemoryError(
                        "unable to create native thread: possibly out of memory or process/resource limits reached");
            }
            return Thread.ofPlatform().unstarted(task);
        };
    }

    @Test
    void aRefusedThreadIsReportedAsData() throws Exception {
        TaskProbe probe = new TaskProbe();
        try (Workload sleeps = Workloads.create("sleep:ms=5")) {
            new PlatformPerTask(refusingAfter(4)).run(sleeps, 10, probe);
        }
        assertThat(probe.completed()).isEqualTo(4);
        assertThat(probe.failed()).isEqualTo(6);
        assertThat(probe.error())
                .startsWith("refused to start task #5 of 10")
                .contains("unable to create native thread")
                .contains("6 tasks not started");
    }

    @Test
    void aFailingTaskIsCountedNotThrown() throws Exception {
        TaskProbe probe = new TaskProbe();
        Modes.parse("virtual").run(new FailingWorkload(2), 5, probe);
        assertThat(probe.completed()).isEqualTo(4);
        assertThat(probe.failed()).isEqualTo(1);
        assertThat(probe.error()).isEqualTo("1 tasks failed, first: IllegalStateException: task 2 broke");
    }

    /** Every task returns its index, except one, which throws. */
    private record FailingWorkload(int broken) implements Workload {
        @Override
        public WorkloadSpec spec() {
            return WorkloadSpec.parse("failing");
        }

        @Override
        public Nature nature() {
            return Nature.CPU;
        }

        @Override
        public long runTask(int index) {
            if (index == broken) {
                throw new IllegalStateException("task " + index + " broke");
            }
            return index;
        }
    }
}
