package threadlab.child;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps a child JVM from outliving its parent, whatever channel it talks over and however the
 * parent ended. Two daemon threads, started by {@link ChildMain} for every kind:
 * <ul>
 *   <li>the stdin watch (unless stdin is the kind's own channel, or the kind must finish on its
 *       own: {@link ChildKind#exitsWhenStdinCloses}): the JVM halts when its stdin ends, which
 *       happens when the parent closes it (the polite way to end a child) or dies and the OS closes
 *       it;</li>
 *   <li>the watchdog: checks every {@value #WATCHDOG_MILLIS} ms that the parent is alive and halts
 *       the JVM once it is not (a kill, a crash: the way that always works).</li>
 * </ul>
 */
public final class ParentWatch {

    public static final long WATCHDOG_MILLIS = 100;

    private ParentWatch() {}

    /**
     * Starts the watch.
     *
     * @param exitWhenStdinCloses true to halt this JVM when stdin ends; false when stdin carries the
     *     messages (the pipe channel: its own end of input ends the child, and it is not read here)
     */
    public static void start(long parentPid, boolean exitWhenStdinCloses) {
        if (exitWhenStdinCloses) {
            Thread.ofPlatform().daemon().name("stdin-closed-watch").start(() -> {
                InputStream in = System.in;
                byte[] sink = new byte[256];
                try {
                    while (in.read(sink) >= 0) {
                        // nothing is sent on stdin; only its end matters
                    }
                } catch (IOException e) {
                    // closed all the same
                }
                Runtime.getRuntime().halt(0);
            });
        }
        Thread.ofPlatform().daemon().name("parent-watchdog").start(() -> {
            while (true) {
                try {
                    Thread.sleep(WATCHDOG_MILLIS);
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
