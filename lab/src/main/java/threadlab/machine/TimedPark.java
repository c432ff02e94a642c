package threadlab.machine;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * How finely this OS times a short park ({@code LockSupport.parkNanos}), which a shared-memory
 * reader uses to wait between polls. Linux and macOS wake a 20 µs park after tens of
 * microseconds; Windows rounds a timed wait up to at least 1 ms and, at its default 15.6 ms timer
 * tick, often to a tick: there a poller that parks oversleeps by orders of magnitude, so the lab
 * does not let one park (see {@link #coarse()}).
 */
public final class TimedPark {

    static final long ASKED_NANOS = 20_000;
    private static final int SAMPLES = 5;

    private TimedPark() {}

    /** Whether timed parks are coarse here (Windows): the rule the shared-memory transport follows. */
    public static boolean coarse() {
        return OsLimits.windows();
    }

    /** The median time a park of 20 µs took, in microseconds, over a few parks. */
    public static double measuredMicros() {
        long[] took = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            LockSupport.parkNanos(ASKED_NANOS);
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        return took[SAMPLES / 2] / 1e3;
    }
}
