package threadlab.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/** When a mode's run returns, the threads it made are gone (or going: at most a moment's exit). */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class NoStrayThreadsTest {

    private static final List<String> LAB_THREADS =
            List.of("platform-pool-", "platform-task-", "forkjoin-", "loopback-", "async-");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sequential",
                "platform-pool:4",
                "platform-per-task",
                "virtual",
                "virtual-bounded:4",
                "forkjoin:4",
                "async",
                "async:4"
            })
    void aModeLeavesNoThreadBehind(String mode) throws Exception {
        for (String spec : List.of("sleep:ms=5", "socket:latencyMs=1")) {
            try (Workload workload = Workloads.create(spec)) {
                Modes.parse(mode).run(workload, 16, new TaskProbe());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!labThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(labThreads()).isEmpty();
    }

    private static List<String> labThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> LAB_THREADS.stream().anyMatch(name::startsWith))
                .toList();
    }
}
