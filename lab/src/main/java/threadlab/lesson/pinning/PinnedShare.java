package threadlab.lesson.pinning;

/**
 * When a run's pinned events say its tasks pinned. Each task of the pinning workload blocks once,
 * so a way of blocking that pins gives one {@code jdk.VirtualThreadPinned} event per task. JFR also
 * records blocks that pin elsewhere in the JVM: once, on JDK 25 with 2 carriers, a run of 50 sleeps
 * inside {@code synchronized} counted 1 while every other run of it counted 0. Recorded to a file
 * (six quick runs of the lesson, 2 cores, AMD EPYC VM, JDK 25.0.3), such an event reads "Contended
 * monitor enter", "Freeze or preempt failed", in {@code BuiltinClassLoader.loadClassOrNull}: two
 * virtual threads loading the same class at once, one waiting on the loader's lock under the VM's
 * own call into the loader, a native frame it cannot unmount across. So a way of blocking pins
 * when at least half of the run's tasks pinned.
 */
public final class PinnedShare {

    private PinnedShare() {}

    /** Whether {@code events} pinned events in a run of {@code tasks} tasks mean the tasks pinned. */
    public static boolean pinsTasks(Long events, int tasks) {
        return events != null && tasks > 0 && 2 * events >= tasks;
    }
}
