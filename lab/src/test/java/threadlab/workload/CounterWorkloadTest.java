package threadlab.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import threadlab.measure.TaskProbe;
import threadlab.mode.Modes;

class CounterWorkloadTest {

    @ParameterizedTest
    @ValueSource(strings = {"synchronized", "reentrant", "atomic", "adder"})
    void aGuardedCounterLosesNothing(String lock) throws Exception {
        try (Workload w = Workloads.create("counter:lock=" + lock + ",increments=50000")) {
            TaskProbe probe = new TaskProbe();
            Modes.parse("platform-pool:4").run(w, 8, probe);
            assertThat(w.lostUpdates(8)).hasValue(0);
            assertThat(w.runChecksum(probe.combinedChecksum())).isEqualTo(400_000);
            assertThat(w.deterministic()).isTrue();
        }
    }

    /** Lost updates depend on the hardware and the JIT: reported as a number, never asserted to happen. */
    @ParameterizedTest
    @ValueSource(strings = {"virtual", "platform-pool:4"})
    void anUnguardedCounterReportsWhatItLost(String mode) throws Exception {
        try (Workload w = Workloads.create("counter:lock=none,increments=50000")) {
            TaskProbe probe = new TaskProbe();
            Modes.parse(mode).run(w, 8, probe);
            long observed = w.runChecksum(probe.combinedChecksum());
            assertThat(w.lostUpdates(8)).hasValue(400_000 - observed);
            assertThat(observed).isBetween(1L, 400_000L);
            assertThat(w.deterministic()).isFalse();
        }
    }
}
