package threadlab.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import threadlab.measure.TaskProbe;
import threadlab.workload.AsyncWorkload;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadType;
import threadlab.workload.Workloads;

/** The async mode: failures with their cause, its bound, and what it refuses. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class AsyncCallbacksTest {

    @Test
    void anExceptionInsideAChainIsAFailedTaskWithItsCause() throws Exception {
        var errors = new ConcurrentLinkedQueue<Throwable>();
        TaskProbe probe = new TaskProbe((index, checksum, latency, error) -> errors.add(error));
        Modes.parse("async").run(new FailingChainWorkload(), 5, probe);

        assertThat(probe.completed()).isZero();
        assertThat(probe.failed()).isEqualTo(5);
        assertThat(probe.inFlight()).isZero();
        assertThat(errors)
                .hasSize(5)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("step 2 of task "));
        assertThat(probe.error())
                .isEqualTo("5 tasks failed, first: IllegalStateException: "
                        + errors.peek().getMessage());
    }

    @Test
    void aRefusedConnectionIsAFailedTaskWithItsCauseAndIsCounted() throws Exception {
        var errors = new ConcurrentLinkedQueue<Throwable>();
        TaskProbe probe = new TaskProbe((index, checksum, latency, error) -> errors.add(error));
        Workload socket = threadlab.workload.RefusingSocket.create(
                "socket:latencyMs=1"); // the server is gone: its port is closed
        Modes.parse("async").run(socket, 3, probe);

        assertThat(probe.failed()).isEqualTo(3);
        assertThat(errors).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOf(java.net.ConnectException.class));
        assertThat(socket.refusedConnections()).hasValue(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 64})
    void asyncNNeverHasMoreThanNOperationsInFlight(int bound) throws Exception {
        var workload = new LiveCountingWorkload();
        TaskProbe probe = new TaskProbe();
        Modes.parse("async:" + bound).run(workload, 300, probe);

        assertThat(probe.completed()).isEqualTo(300);
        assertThat(workload.peak()).as("operations the workload saw at once").isBetween(1, bound);
        assertThat(probe.peakInFlight()).as("tasks the probe saw at once").isBetween(1, bound);
    }

    @Test
    void plainAsyncHasEveryTaskInFlightAtOnce() throws Exception {
        TaskProbe probe = new TaskProbe();
        Mode async = Modes.parse("async", 2);
        assertThat(async.id()).isEqualTo("async");
        try (Workload sleeps = Workloads.create("sleep:ms=500")) {
            async.run(sleeps, 2_000, probe);
        }
        assertThat(probe.completed()).isEqualTo(2_000);
        assertThat(probe.peakInFlight()).isEqualTo(2_000);
    }

    @Test
    void aWorkloadWithoutANonBlockingFormIsRefusedAsTheRunsError() throws Exception {
        TaskProbe probe = new TaskProbe();
        try (Workload counter = Workloads.create("counter:lock=synchronized,increments=10")) {
            Modes.parse("async:3").run(counter, 4, probe);
            assertThat(counter.runChecksum(0)).as("the shared counter").isZero();
        }
        assertThat(probe.completed()).isZero();
        assertThat(probe.failed()).isEqualTo(4);
        assertThat(probe.error()).contains("has no non-blocking form", "counter:lock=synchronized");
    }

    @Test
    void theCatalogLineNamesExactlyTheWorkloadsWithoutANonBlockingForm() {
        String summary = Modes.types().stream()
                .filter(t -> t.name().equals("async"))
                .findFirst()
                .orElseThrow()
                .summary();
        List<String> refused = Workloads.types().stream()
                .filter(t -> !(create(t) instanceof AsyncWorkload))
                .map(WorkloadType::name)
                .toList();
        assertThat(refused)
                .containsExactly("counter", "fault", "pinning", "starvation", "threadlocal", "carrier-deadlock");
        assertThat(summary)
                .contains(String.join(", ", refused) + (refused.size() == 1 ? " has" : " have")
                        + " no non-blocking form");
    }

    private static Workload create(WorkloadType type) {
        try (Workload workload = Workloads.create(type.example())) {
            return workload;
        }
    }
}
