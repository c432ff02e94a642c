package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoChildLeftBehind.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ProcessPoolTest {

    private static final ChildJvm JVM = ChildJvm.standard().plus(List.of("-Xmx64m"));

    private static Outcomes submitAll(ProcessPool pool, String spec, int tasks) throws InterruptedException {
        Outcomes outcomes = new Outcomes(tasks);
        for (int i = 0; i < tasks; i++) {
            pool.submit(spec, i, outcomes);
        }
        return outcomes;
    }

    @Test
    void runsEveryTaskOnceWithTheWorkloadsChecksum() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(2), JVM)) {
            Outcomes outcomes = submitAll(pool, "sleep:ms=1", 10).awaitAll();
            assertThat(outcomes.failed()).isEmpty();
            assertThat(outcomes.byTask())
                    .hasSize(10)
                    .allSatisfy((i, ends) -> assertThat(ends).containsExactly("ok"));
            assertThat(pool.workersStarted()).isEqualTo(2);
        }
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "SIGKILL is a Unix signal; destroyForcibly is TerminateProcess there")
    void aWorkerKilledMidTaskFailsOnlyThatTask20TimesInARow() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(2), JVM)) {
            for (int round = 0; round < 20; round++) {
                Outcomes outcomes = submitAll(pool, "sleep:ms=800", 2);
                outcomes.awaitFirstStart();
                long victim = awaitTwoBusyWorkers(pool).get(0);
                Thread.sleep(100);
                new ProcessBuilder("kill", "-9", Long.toString(victim)).start().waitFor();
                outcomes.awaitAll();
                assertThat(outcomes.failed()).as("round %d", round).hasSize(1);
                assertThat(outcomes.errorOf(outcomes.failed().get(0)))
                        .contains("worker pid " + victim + " died while running a task")
                        .contains("killed by signal 9 SIGKILL");
                assertThat(outcomes.byTask())
                        .allSatisfy((i, ends) -> assertThat(ends).hasSize(1));
            }
            // two workers, then one replacement per kill except the last: replacements start with the next task
            assertThat(pool.workersStarted()).isEqualTo(21);
        }
    }

    private static List<Long> awaitTwoBusyWorkers(ProcessPool pool) throws InterruptedException {
        List<Long> pids = pool.workerPids();
        while (pids.size() < 2) {
            Thread.sleep(5);
            pids = pool.workerPids();
        }
        return pids;
    }

    @Test
    void aTaskPastItsTimeoutHasItsWorkerReplaced() throws Exception {
        var options = PoolOptions.of(1).withTaskTimeout(Duration.ofMillis(500));
        try (ProcessPool pool = new ProcessPool(options, JVM)) {
            Outcomes outcomes =
                    submitAll(pool, "fault:kind=hang,task=1,ms=5", 4).awaitAll();
            assertThat(outcomes.failed()).containsExactly(1);
            assertThat(outcomes.errorOf(1))
                    .startsWith("timed out after 500 ms: worker pid")
                    .endsWith("killed and replaced");
            assertThat(pool.workersStarted()).isEqualTo(2);
        }
    }

    /** CPython gh-115634: a pool recycling workers (max_tasks_per_child) with tasks still queued hung. */
    @Test
    void recyclingWorkersKeepsCompletingQueuedTasks() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(2).withMaxTasksPerChild(1), JVM)) {
            Outcomes outcomes = submitAll(pool, "sleep:ms=1", 12).awaitAll();
            assertThat(outcomes.failed()).isEmpty();
            assertThat(pool.workersStarted()).isEqualTo(12);
        }
    }

    @Test
    void aBadSpecInTheChildIsAnErrorReplyAndTheWorkerSurvives() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1), JVM)) {
            Outcomes bad = submitAll(pool, "nap:ms=1", 1).awaitAll();
            assertThat(bad.errorOf(0)).startsWith("bad workload spec in worker: unknown workload 'nap'");
            Outcomes good = submitAll(pool, "sleep:ms=1", 1).awaitAll();
            assertThat(good.failed()).isEmpty();
            assertThat(pool.workersStarted()).isEqualTo(1);
        }
    }

    @Test
    void eachWayToDieIsReportedAndTheWorkerReplaced() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1), JVM)) {
            assertThat(submitAll(pool, "fault:kind=exit,task=0", 2).awaitAll().errorOf(0))
                    .endsWith("exit code 3");
            assertThat(submitAll(pool, "fault:kind=halt,task=0", 2).awaitAll().errorOf(0))
                    .endsWith("exit code 42");
            assertThat(submitAll(pool, "fault:kind=oom,task=0", 2).awaitAll().errorOf(0))
                    .contains("exit code 3")
                    .contains("OutOfMemoryError");
            Outcomes after = submitAll(pool, "sleep:ms=1", 3).awaitAll();
            assertThat(after.failed()).isEmpty();
        }
    }

    @Test
    void aChattyChildNeverBlocks() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1), JVM)) {
            Outcomes outcomes = submitAll(pool, "fault:kind=chatty,task=0", 3).awaitAll();
            assertThat(outcomes.failed()).isEmpty();
        }
    }

    @Test
    void inABatchOnlyTheTaskThatKillsTheWorkerIsBlamed() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1).withChunk(4), JVM)) {
            Outcomes outcomes = submitAll(pool, "fault:kind=exit,task=5", 8).awaitAll();
            assertThat(outcomes.failed()).containsExactly(5);
            assertThat(outcomes.byTask())
                    .hasSize(8)
                    .allSatisfy((i, ends) -> assertThat(ends).hasSize(1));
        }
    }

    @Test
    void breakOnCrashFailsEveryPendingTaskLikeBrokenProcessPool() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1).withBreakOnCrash(true), JVM)) {
            Outcomes outcomes =
                    submitAll(pool, "fault:kind=exit,task=2,ms=1", 6).awaitAll();
            assertThat(outcomes.byTask().get(0)).containsExactly("ok");
            assertThat(outcomes.byTask().get(1)).containsExactly("ok");
            assertThat(IntStream.range(2, 6).mapToObj(outcomes::errorOf))
                    .allMatch(e -> e.startsWith("BrokenProcessPool: "));
            assertThat(submitAll(pool, "sleep:ms=1", 1).awaitAll().errorOf(0)).startsWith("BrokenProcessPool: ");
        }
    }

    @Test
    void closeFinishesQueuedWork() throws Exception {
        Outcomes outcomes;
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1), JVM)) {
            outcomes = submitAll(pool, "sleep:ms=20", 6);
        }
        assertThat(outcomes.awaitAll().failed()).isEmpty();
    }

    @Test
    void closeNowKillsWorkersAndFailsQueuedTasks() throws Exception {
        ProcessPool pool = new ProcessPool(PoolOptions.of(1), JVM);
        Outcomes outcomes = submitAll(pool, "sleep:ms=5000", 6);
        outcomes.awaitFirstStart();
        pool.closeNow();
        outcomes.awaitAll();
        assertThat(outcomes.failed()).hasSize(6);
        assertThat(outcomes.errorOf(5)).isEqualTo("the process pool was closed before the task ran");
        assertThat(pool.workerPids()).isEmpty();
    }

    @Test
    void submissionsWaitWhileThePoolIsFull() throws Exception {
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1).withMaxPending(2), JVM)) {
            Outcomes outcomes = new Outcomes(3);
            pool.submit("sleep:ms=300", 0, outcomes);
            pool.submit("sleep:ms=300", 1, outcomes);
            Thread submitter = Thread.ofVirtual().start(() -> {
                try {
                    pool.submit("sleep:ms=1", 2, outcomes);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            outcomes.awaitFirstStart();
            assertThat(submitter.join(Duration.ofMillis(100)))
                    .as("third submit returned while two were pending")
                    .isFalse();
            outcomes.awaitAll();
            submitter.join();
            assertThat(outcomes.failed()).isEmpty();
        }
    }
}
