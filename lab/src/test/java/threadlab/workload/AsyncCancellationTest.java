package threadlab.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.measure.TaskProbe;
import threadlab.mode.Modes;

/**
 * Interrupting an {@code async} run mid-wait: it throws {@link InterruptedException}, every
 * pending task ends (cancelled, counted as failed), no client socket stays open, and the
 * context's threads are gone.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class AsyncCancellationTest {

    private static final int TASKS = 200;

    @Test
    void interruptingASocketRunLeavesNoPendingOperationAndNoOpenSocket() throws Exception {
        assumeTrue(OpenSockets.available(), "needs Linux /proc to count sockets");
        try (Workload socket = Workloads.create("socket:latencyMs=3000,bytes=64")) {
            TaskProbe probe = new TaskProbe();
            var thrown = new AtomicReference<Throwable>();
            Thread runner = startRun(socket, probe, thrown);
            awaitTrue(() -> probe.inFlight() == TASKS && OpenSockets.clientsOf(socket) == TASKS);

            runner.interrupt();
            runner.join();

            assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
            assertThat(probe.inFlight()).isZero();
            assertThat(probe.completed()).isZero();
            assertThat(probe.failed()).isEqualTo(TASKS);
            assertThat(OpenSockets.clientsOf(socket))
                    .as("client sockets still open")
                    .isZero();
            awaitTrue(() -> asyncThreads().isEmpty());
        }
    }

    @Test
    void interruptingASleepRunLeavesNoPendingTimer() throws Exception {
        try (Workload sleeps = Workloads.create("sleep:ms=60000")) {
            TaskProbe probe = new TaskProbe();
            var thrown = new AtomicReference<Throwable>();
            Thread runner = startRun(sleeps, probe, thrown);
            awaitTrue(() -> probe.inFlight() == TASKS);

            runner.interrupt();
            runner.join();

            assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
            assertThat(probe.inFlight()).isZero();
            assertThat(probe.failed()).isEqualTo(TASKS);
            awaitTrue(() -> asyncThreads().isEmpty());
        }
    }

    private static Thread startRun(Workload workload, TaskProbe probe, AtomicReference<Throwable> thrown) {
        return Thread.ofPlatform().name("cancel-test-runner").start(() -> {
            try {
                Modes.parse("async").run(workload, TASKS, probe);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited 30 s for the condition").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static List<String> asyncThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("async-"))
                .toList();
    }
}
