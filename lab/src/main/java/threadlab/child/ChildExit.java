package threadlab.child;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * How the lab ends a child JVM politely: close its stdin (every child exits at the end of its
 * input), give it {@value #EXIT_WAIT_MILLIS} ms, kill it if it is still there, and read its stderr
 * to the end so that its last lines are kept. Interrupted, it kills the child at once and keeps the
 * interrupt.
 */
public final class ChildExit {

    public static final long EXIT_WAIT_MILLIS = 5_000;

    private ChildExit() {}

    public static void closeStdinAndAwait(Process process, StderrTail stderr) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed: the child is on its way out
        }
        try {
            if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            stderr.awaitEnd();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
