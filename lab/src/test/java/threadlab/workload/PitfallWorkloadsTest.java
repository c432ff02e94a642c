package threadlab.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.InvalidInputException;
import threadlab.measure.Host;
import threadlab.measure.Measured;
import threadlab.measure.Meter;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.mode.Modes;

/**
 * The pitfall workloads do what their specs say, in this JVM: a carrier deadlock stalls (and
 * says so, with a thread dump) only when the waiters are pinned, and always ends by its timeout;
 * every task of the other workloads returns the same checksum in any mode.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PitfallWorkloadsTest {

    @Test
    void waitersPinnedInClassInitialisersStallUntilTheyGiveUpAndTheDumpShowsThem() throws Exception {
        try (Workload w = Workloads.create("carrier-deadlock:pin=class-init,holdMs=50,waitMs=1500")) {
            Measured m = Meter.measure(
                    Modes.parse("virtual"), w, Host.carrierParallelism() + 1, new TaskProbe(), done -> {});
            assertThat(m.failed()).isZero();
            assertThat(w.stalled()).isTrue();
            assertThat(w.threadDump()).contains("CarrierDeadlockWorkload");
        }
    }

    @Test
    void waitersInSynchronizedStallExactlyWhenTheJdkPinsThere() throws Exception {
        try (Workload w = Workloads.create("carrier-deadlock:pin=synchronized,holdMs=50,waitMs=1500")) {
            Measured m = Meter.measure(
                    Modes.parse("virtual"), w, Host.carrierParallelism() + 1, new TaskProbe(), done -> {});
            assertThat(m.failed()).isZero();
            assertThat(w.stalled()).isEqualTo(Runtime.version().feature() < 24);
        }
    }

    @Test
    void aClassInitialiserBlockRunsItsActionOnceAndPassesItsFailureOn() throws Exception {
        int[] runs = {0};
        ClassInitBlock.run(() -> runs[0]++);
        ClassInitBlock.run(() -> runs[0]++);
        assertThat(runs[0]).isEqualTo(2);
        assertThatThrownBy(() -> ClassInitBlock.run(() -> {
                    throw new IllegalStateException("inside <clinit>");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("inside <clinit>");
    }

    @Test
    void everyPitfallWorkloadGivesTheSameChecksumOnVirtualAndPlatformThreads() throws Exception {
        for (String spec : new String[] {
            "pinning:block=class-init,ms=1",
            "starvation:hogs=2,hogMs=5,ioMs=2",
            "threadlocal:cache=threadlocal,kb=1,holdMs=1",
            "threadlocal:cache=shared,kb=1,holdMs=1"
        }) {
            assertThat(checksum(spec, "virtual")).as(spec).isEqualTo(checksum(spec, "platform-pool:3"));
        }
        assertThat(checksum("threadlocal:cache=threadlocal,kb=1,holdMs=1", "virtual"))
                .isEqualTo(checksum("threadlocal:cache=shared,kb=1,holdMs=1", "virtual"));
    }

    @Test
    void badParametersAreRefusedWithTheChoices() {
        assertThatThrownBy(() -> Workloads.create("pinning:block=volatile"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("synchronized, reentrant-lock, class-init");
        assertThatThrownBy(() -> Workloads.create("threadlocal:cache=scoped"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("threadlocal, shared");
        assertThatThrownBy(() -> Workloads.create("carrier-deadlock:pin=native"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Workloads.create("starvation:hogs=-1")).isInstanceOf(InvalidInputException.class);
    }

    private static long checksum(String spec, String mode) throws Exception {
        try (Workload w = Workloads.create(spec);
                Mode m = Modes.parse(mode)) {
            TaskProbe probe = new TaskProbe();
            m.run(w, 6, probe);
            assertThat(probe.failed()).as(spec + " in " + mode).isZero();
            return w.runChecksum(probe.combinedChecksum());
        }
    }
}
