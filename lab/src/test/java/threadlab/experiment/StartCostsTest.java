package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many starts in a row each mode makes for a run, and that each is measured here. */
class StartCostsTest {

    private final StartCosts costs = new StartCosts();

    @Test
    void aThreadPerTaskStartsOneForEveryTask() throws InterruptedException {
        StartCosts.Starts starts = costs.of("platform-per-task", 10, 10);
        assertThat(starts.count()).isEqualTo(10);
        assertThat(starts.eachSeconds()).isPositive().isFinite();
    }

    @Test
    void aPoolStartsNoMoreThanItsThreads() throws InterruptedException {
        assertThat(costs.of("platform-pool:4", 10, 4).count()).isEqualTo(4);
        assertThat(costs.of("platform-pool:4", 3, 4).count()).isEqualTo(3);
    }

    @Test
    void aProcessPerTaskWaitsForOneChildJvmWhoseLaunchesOverlap() throws InterruptedException {
        StartCosts.Starts starts = costs.of("process-per-task", 3, 3);
        assertThat(starts.count()).isEqualTo(1);
        assertThat(starts.eachSeconds())
                .as("a child JVM's start takes longer than a platform thread's")
                .isGreaterThan(costs.of("platform-per-task", 1, 1).eachSeconds());
    }

    @Test
    void aForkJoinPoolsWorkersAreNotCountedAsStarts() throws InterruptedException {
        assertThat(costs.of("forkjoin:2", 10, 2)).isEqualTo(StartCosts.Starts.NONE);
    }
}
