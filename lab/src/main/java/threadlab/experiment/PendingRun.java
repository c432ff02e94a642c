package threadlab.experiment;

import threadlab.measure.PinnedCount;
import threadlab.result.RunResult;

/**
 * A run measured and recorded but for its pinned-event count, which JFR delivers up to a second
 * after the run's clock has stopped; {@link #complete()} adds it, waiting for it if it has not come.
 */
record PendingRun(RunResult measured, PinnedCount pinned) {

    /** Whether {@link #complete()} would return at once. */
    boolean ready() {
        return pinned.ready();
    }

    /** The run with its pinned events (absent where JFR could not count them). */
    RunResult complete() {
        Long count = pinned.await();
        return count == null
                ? measured
                : measured.toBuilder().pinnedEvents(count).build();
    }
}
