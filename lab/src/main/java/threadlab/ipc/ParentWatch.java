package threadlab.ipc;

import java.io.IOException;
import java.io.InputStream;
import threadlab.process.ParentWatchdog;

/**
 * Keeps a child JVM from outliving its parent, whatever channel it talks over: the child exits
 * when its stdin closes (the parent closed it, or the parent died and the OS closed it), and a
 * watchdog also ends it within {@value #WATCHDOG_MILLIS} ms of the parent's death.
 */
public final class ParentWatch {

    public static final long WATCHDOG_MILLIS = 100;

    private ParentWatch() {}

    /**
     * Starts the watch.
     *
     * @param stdinIsChannel true when stdin carries the messages (the pipe channel): then the
     *     channel's own end of input ends the child, and stdin is not read here
     */
    public static void start(long parentPid, boolean stdinIsChannel) {
        if (!stdinIsChannel) {
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
        ParentWatchdog.start(parentPid, WATCHDOG_MILLIS);
    }
}
