package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import threadlab.lesson.carrierstarvation.CarrierStarvationExperiment;
import threadlab.lesson.pinning.PinnedShare;
import threadlab.lesson.threadlocalfootprint.ThreadLocalFootprintExperiment;
import threadlab.result.RunResult;

/**
 * The four pitfall experiments, as this build's quick run recorded them: each ran every planned
 * run in a child JVM with its own carrier count, to completion (none hung past its bound: a stall is
 * recorded as data), and the numbers show what each lesson teaches.
 */
class PitfallExperimentsIT {

    @Test
    void pinningCountsPinnedEventsPerWayOfBlockingOnOneAndTwoCarriers() throws Exception {
        List<RunResult> runs = complete("pinning");
        assertThat(runs).extracting(RunResult::carriers).containsOnly(1, 2).contains(1, 2);
        assertThat(pinned(runs, "block=class-init")).allMatch(r -> PinnedShare.pinsTasks(r.pinnedEvents(), r.tasks()));
        assertThat(pinned(runs, "block=reentrant-lock"))
                .noneMatch(r -> PinnedShare.pinsTasks(r.pinnedEvents(), r.tasks()));
        boolean synchronizedPins = Runtime.version().feature() < 24;
        assertThat(pinned(runs, "block=synchronized"))
                .allMatch(r -> PinnedShare.pinsTasks(r.pinnedEvents(), r.tasks()) == synchronizedPins);
    }

    @Test
    void aWayOfBlockingPinsWhenMostOfItsTasksPinnedNotForOneStrayEvent() {
        assertThat(PinnedShare.pinsTasks(50L, 50)).isTrue();
        assertThat(PinnedShare.pinsTasks(25L, 50)).isTrue();
        assertThat(PinnedShare.pinsTasks(1L, 50)).isFalse();
        assertThat(PinnedShare.pinsTasks(0L, 50)).isFalse();
        assertThat(PinnedShare.pinsTasks(null, 50)).isFalse();
    }

    @Test
    void carrierStarvationDelaysTheIoTasksOnVirtualThreadsOnlyOnceTheHogsHoldEveryCarrier() throws Exception {
        List<RunResult> runs = complete("carrier-starvation");
        assertThat(runs).extracting(RunResult::carriers).containsOnly(CarrierStarvationExperiment.CARRIERS);
        // With 4 hogs on 2 carriers, a woken I/O task cannot end before the first two hogs have computed for hogMs.
        assertThat(runs)
                .filteredOn(r -> r.mode().equals("virtual") && r.workload().contains("hogs=4"))
                .isNotEmpty()
                .allMatch(r -> r.latencyMs().p99() >= 200);
    }

    @Test
    void threadLocalFootprintMeasuresTheLiveHeapPerTask() throws Exception {
        List<RunResult> runs = complete("threadlocal-footprint");
        assertThat(runs).allMatch(r -> r.heapBytesPerTask() != null && r.heapBytesPerTask() >= 0);
        assertThat(runs).extracting(RunResult::mode).contains("virtual", ThreadLocalFootprintExperiment.POOL);
    }

    @Test
    void carrierDeadlockEndsWithinItsTimeoutAndSaysWhetherItStalled() throws Exception {
        List<RunResult> runs = complete("carrier-deadlock");
        assertThat(runs).allMatch(r -> r.stalled() != null);
        assertThat(runs)
                .filteredOn(r -> r.workload().contains("pin=class-init"))
                .isNotEmpty()
                .allMatch(RunResult::stalled)
                .allMatch(r -> r.threadDump() != null);
        assertThat(runs)
                .filteredOn(r -> r.workload().contains("pin=synchronized"))
                .isNotEmpty()
                .allMatch(r -> r.stalled() == (Runtime.version().feature() < 24));
    }

    private static List<RunResult> complete(String id) throws Exception {
        List<RunResult> runs = BuildRun.runs(id);
        assertThat(runs).hasSize(BuildRun.planned(id));
        assertThat(runs)
                .allMatch(
                        r -> r.error() == null && r.failed() == 0 && r.completed() == r.tasks(),
                        "every run complete, without error");
        return runs;
    }

    /** The runs of one way of blocking, each with its pinned events counted. */
    private static List<RunResult> pinned(List<RunResult> runs, String variant) {
        Predicate<RunResult> of = r -> r.workload().contains(variant);
        List<RunResult> counted = runs.stream().filter(of).toList();
        assertThat(counted).isNotEmpty().extracting(RunResult::pinnedEvents).doesNotContainNull();
        return counted;
    }
}
