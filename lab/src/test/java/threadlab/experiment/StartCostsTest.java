package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import threadlab.model.Starts;

/** How many starts in a row each mode makes for a run, how many threads or JVMs it starts in all, and that each cost is measured here. */
class StartCostsTest {

    private final StartCosts costs = new StartCosts();

    @Test
    void aThreadPerTaskStartsOneForEveryTask() throws InterruptedException {
        Starts starts = costs.of("platform-per-task", 10, 10);
        assertThat(starts.serial()).isEqualTo(10);
        assertThat(starts.serialSeconds()).isPositive().isFinite();
        assertThat(starts.lives()).isEqualTo(10);
        assertThat(starts.lifeCpuSeconds())
                .as("a thread's life costs CPU")
                .isPositive()
                .isFinite();
    }

    @Test
    void aPoolStartsNoMoreThanItsThreads() throws InterruptedException {
        assertThat(costs.of("platform-pool:4", 10, 4).serial()).isEqualTo(4);
        assertThat(costs.of("platform-pool:4", 3, 4).serial()).isEqualTo(3);
    }

    @Test
    void aProcessPerTaskWaitsForOneChildJvmWhoseLaunchesOverlap() throws InterruptedException {
        Starts starts = costs.of("process-per-task", 3, 3);
        assertThat(starts.serial()).isEqualTo(1);
        assertThat(starts.lives()).as("a JVM for every task").isEqualTo(3);
        assertThat(starts.lifeCpuSeconds())
                .as("a child JVM's life costs more CPU than a platform thread's")
                .isGreaterThan(costs.of("platform-per-task", 1, 1).lifeCpuSeconds());
        assertThat(starts.serialSeconds())
                .as("a child JVM's start takes longer than a platform thread's")
                .isGreaterThan(costs.of("platform-per-task", 1, 1).serialSeconds());
    }

    @Test
    void aForkJoinPoolsWorkersAreNotCountedAsStarts() throws InterruptedException {
        assertThat(costs.of("forkjoin:2", 10, 2)).isEqualTo(Starts.NONE);
    }
}
