package threadlab.lesson.pinning;

/**
 * When a run's pinned events say its tasks pinned. Each task of the pinning workload blocks once,
 * so a way of blocking that pins gives one {@code jdk.VirtualThreadPinned} event per task. A few
 * events in a run whose tasks did not pin come from elsewhere: once, on JDK 25 with 2 carriers, a
 * run of 50 sleeps inside {@code synchronized} counted 1 (where JFR records a block that cannot
 * unmount anywhere in the JVM, for example a contended lock under a native frame), while every other
 * run of it counted 0. So a way of blocking pins when at least half of the run's tasks pinned.
 */
public final class PinnedShare {

    private PinnedShare() {}

    /** Whether {@code events} pinned events in a run of {@code tasks} tasks mean the tasks pinned. */
    public static boolean pinsTasks(Long events, int tasks) {
        return events != null && tasks > 0 && 2 * events >= tasks;
    }
}
