package threadlab.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/** Each mode keeps the promise its id makes about how many tasks run at once. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ConcurrencyBoundsTest {

    @ParameterizedTest
    @CsvSource({"platform-pool:2, 2", "virtual-bounded:5, 5", "forkjoin:2, 2", "sequential, 1", "async:5, 5"})
    void aBoundedModeNeverExceedsItsBound(String id, int bound) throws Exception {
        TaskProbe probe = new TaskProbe();
        try (Workload sleeps = Workloads.create("sleep:ms=10")) {
            Modes.parse(id).run(sleeps, 40, probe);
        }
        assertThat(probe.completed()).isEqualTo(40);
        assertThat(probe.peakInFlight()).isBetween(1, bound);
    }

    @ParameterizedTest
    @CsvSource({
        "virtual, 1000",
        "platform-per-task, 200",
        "platform-pool:50, 50",
        "virtual-bounded:20, 20",
        "forkjoin:3, 3"
    })
    void aModeReachesItsFullConcurrency(String id, int tasks) throws Exception {
        TaskProbe probe = new TaskProbe();
        Modes.parse(id).run(new BarrierWorkload(tasks), tasks, probe);
        assertThat(probe.error()).isNull();
        assertThat(probe.completed()).isEqualTo(tasks);
        assertThat(probe.peakInFlight()).isEqualTo(tasks);
    }
}
