package threadlab.process;

/**
 * Ends a child JVM soon after its parent's death, however the parent died (a kill, a crash): a
 * daemon thread that checks on the parent every so often and halts this JVM once it is gone.
 * Closing stdin is the polite way to end a child; this is the way that always works.
 */
public final class ParentWatchdog {

    private ParentWatchdog() {}

    /** Starts watching {@code parentPid}, checking every {@code periodMillis} ms. */
    public static void start(long parentPid, long periodMillis) {
        Thread.ofPlatform().daemon().name("parent-watchdog").start(() -> {
            while (true) {
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
                if (!ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                    Runtime.getRuntime().halt(0);
                }
            }
        });
    }
}
