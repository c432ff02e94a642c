package threadlab.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.mode.Modes;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * The pinned-event count comes from real JFR {@code jdk.VirtualThreadPinned} events: virtual
 * threads that sleep inside a class initialiser are pinned on every JDK, so the count is at
 * least one; inside {@code synchronized} they are pinned only before JDK 24 (JEP 491); inside a
 * ReentrantLock never.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PinnedEventsTest {

    private static final int TASKS = 4;

    @Test
    void sleepingInAClassInitialiserIsCountedAsPinned() throws Exception {
        assertThat(pinned("pinning:block=class-init,ms=5")).isGreaterThan(0);
    }

    @Test
    void sleepingInsideSynchronizedPinsOnlyBeforeJdk24() throws Exception {
        long pinned = pinned("pinning:block=synchronized,ms=5");
        if (Runtime.version().feature() >= 24) {
            assertThat(pinned).isZero();
        } else {
            assertThat(pinned).isGreaterThan(0);
        }
    }

    @Test
    void sleepingInsideAReentrantLockNeverPins() throws Exception {
        assertThat(pinned("pinning:block=reentrant-lock,ms=5")).isZero();
    }

    /** One stream serves every run: a run's count holds its own events only, none of the run before. */
    @Test
    void noPinnedEventOfOneRunIsCountedInTheNext() throws Exception {
        long first = pinned("pinning:block=class-init,ms=5");
        long second = pinned("pinning:block=reentrant-lock,ms=5");
        long third = pinned("pinning:block=class-init,ms=5");

        assertThat(first).isGreaterThan(0);
        assertThat(second).isZero();
        assertThat(third).isGreaterThan(0);
    }

    @Test
    void marksThatNeverArriveGiveNoCount() throws Exception {
        assertThat(PinnedEvents.between(-1, PinnedEvents.mark())).isNull();
    }

    private static long pinned(String spec) throws Exception {
        try (Workload workload = Workloads.create(spec)) {
            Measured m = Meter.measure(Modes.parse("virtual"), workload, TASKS, new TaskProbe(), done -> {});
            assertThat(m.completed()).isEqualTo(TASKS);
            Long pinned = m.pinnedEvents().await();
            assertThat(pinned).as("JFR is available in the test JVM").isNotNull();
            return pinned;
        }
    }
}
