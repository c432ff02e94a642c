package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import threadlab.lesson.carrierstarvation.CarrierStarvationExperiment;
import threadlab.lesson.threadlocalfootprint.ThreadLocalFootprintExperiment;
import threadlab.measure.Host;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * The four pitfall experiments run their quick profile in child JVMs with their own carrier
 * counts, each within its bound (the timeout of each test), and record what they show as data.
 */
class PitfallExperimentsTest {

    @TempDir
    Path runDir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void pinningCountsPinnedEventsPerWayOfBlockingOnOneAndTwoCarriers() throws Exception {
        List<RunResult> runs = run("pinning");
        assertThat(runs).extracting(RunResult::carriers).containsOnly(1, 2).contains(1, 2);
        assertThat(pinned(runs, "block=class-init")).allMatch(p -> p > 0);
        assertThat(pinned(runs, "block=reentrant-lock")).allMatch(p -> p == 0);
        boolean synchronizedPins = Runtime.version().feature() < 24;
        assertThat(pinned(runs, "block=synchronized")).allMatch(p -> (p > 0) == synchronizedPins);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void carrierStarvationDelaysTheIoTasksOnVirtualThreadsOnlyOnceTheHogsHoldEveryCarrier() throws Exception {
        List<RunResult> runs = run("carrier-starvation");
        assertThat(runs).extracting(RunResult::carriers).containsOnly(CarrierStarvationExperiment.CARRIERS);
        // With 4 hogs on 2 carriers, a woken I/O task cannot end before the first two hogs have computed for hogMs.
        assertThat(runs).filteredOn(r -> r.mode().equals("virtual") && r.workload().contains("hogs=4"))
                .isNotEmpty().allMatch(r -> r.latencyMs().p99() >= 200);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void threadLocalFootprintMeasuresTheLiveHeapPerTask() throws Exception {
        List<RunResult> runs = run("threadlocal-footprint");
        assertThat(runs).allMatch(r -> r.heapBytesPerTask() != null && r.heapBytesPerTask() >= 0);
        assertThat(runs).extracting(RunResult::mode).contains("virtual", ThreadLocalFootprintExperiment.POOL);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void carrierDeadlockEndsWithinItsTimeoutAndSaysWhetherItStalled() throws Exception {
        List<RunResult> runs = run("carrier-deadlock");
        assertThat(runs).allMatch(r -> r.stalled() != null);
        assertThat(runs).filteredOn(r -> r.workload().contains("pin=class-init"))
                .isNotEmpty().allMatch(RunResult::stalled).allMatch(r -> r.threadDump() != null);
        assertThat(runs).filteredOn(r -> r.workload().contains("pin=synchronized"))
                .isNotEmpty().allMatch(r -> r.stalled() == (Runtime.version().feature() < 24));
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aChildJvmThatCannotStartIsRecordedAsFailedRunsSayingWhy() throws Exception {
        Trial broken = Trial.of("pinning:block=synchronized,ms=1", threadlab.mode.Modes.parse("virtual"), 3, 2)
                .inChildJvm(List.of("-XX:+NoSuchOptionInAnyJdk"));
        var recorded = new java.util.ArrayList<RunResult>();
        ChildTrials.run("pinning", List.of(broken), null, new ChildTrials.Sink() {
            @Override
            public void starting(Trial trial, int repeat) {}

            @Override
            public void ended(RunResult result) {
                recorded.add(result);
            }
        });
        assertThat(recorded).hasSize(2).allMatch(r -> r.failed() == 3 && r.completed() == 0)
                .allMatch(r -> r.error().contains("the child JVM ended before this run") && r.error().contains("NoSuchOptionInAnyJdk"));
    }

    private List<RunResult> run(String id) throws Exception {
        Experiment experiment = Experiments.select(List.of(id)).get(0);
        var runner = new ExperimentRunner(runDir, new Results(Results.SCHEMA, "t", id, LocalDateTime.now().toString(),
                Host.environment(), List.of()), new ExperimentRunner.Listener() {}, new PrintWriter(new StringWriter(), true));
        runner.run(id, experiment.plan(Profile.QUICK, 2), false, null);
        List<RunResult> runs = ResultsFile.read(runDir).runs();
        int expected = experiment.plan(Profile.QUICK, 2).stream().mapToInt(Trial::repeats).sum();
        assertThat(runs).hasSize(expected);
        assertThat(runs).allMatch(r -> r.error() == null && r.failed() == 0 && r.completed() == r.tasks(),
                "every run complete, without error");
        return runs;
    }

    private static List<Long> pinned(List<RunResult> runs, String variant) {
        Predicate<RunResult> of = r -> r.workload().contains(variant);
        List<Long> counts = runs.stream().filter(of).map(RunResult::pinnedEvents).toList();
        assertThat(counts).isNotEmpty().doesNotContainNull();
        return counts;
    }
}
