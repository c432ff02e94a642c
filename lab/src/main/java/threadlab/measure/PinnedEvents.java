package threadlab.measure;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.consumer.RecordingStream;

/**
 * Counts JFR {@code jdk.VirtualThreadPinned} events during a run: a virtual thread that blocked
 * while it could not unmount from its carrier (inside {@code synchronized} before JDK 24, in a
 * native frame or a class initialiser on every JDK). The threshold is zero, so every pinned block
 * counts, however short. Where JFR is not available the count is absent (null).
 *
 * <p>One stream serves the whole JVM, started at the first run and never stopped: starting and
 * stopping a stream for each run cost 0.2-0.5 s of CPU and about 0.55 s of wall time per run, the
 * idle stream about 0.5% of one core (2 cores, AMD EPYC, JDK 25.0.3). A run is bracketed by two
 * {@link RunMarkEvent}s; its count is the number of pinned events the stream delivered between
 * them. The stream delivers its events about once a second, so reading a run's count waits,
 * idle, for its end mark: up to a second after the run's clock has stopped, at most
 * {@value #WAIT_SECONDS} s, after which the count is absent. The meter waits only for a run whose
 * tasks started on virtual threads, the only ones that can pin; for any other it forgets the
 * run's start mark ({@link #forget}).
 * The stream runs on a daemon thread, so it never keeps the JVM alive.
 */
final class PinnedEvents {

    static final String EVENT = "jdk.VirtualThreadPinned";
    static final long WAIT_SECONDS = 10;

    private static final Object LOCK = new Object();
    private static final AtomicLong NEXT_MARK = new AtomicLong();
    /** Pinned events delivered so far, at each mark delivered and not yet read; guarded by LOCK. */
    private static final Map<Long, Long> COUNT_AT_MARK = new HashMap<>();
    /** Marks committed whose count no run will read; guarded by LOCK. */
    private static final Set<Long> FORGOTTEN = new HashSet<>();

    private static long delivered;
    private static Boolean started;

    private PinnedEvents() {}

    /** Commits a mark and returns its number, or -1 where JFR cannot record. */
    static long mark() {
        if (!ensureStarted()) {
            return -1;
        }
        long mark = NEXT_MARK.getAndIncrement();
        new RunMarkEvent(mark).commit();
        return mark;
    }

    /**
     * The pinned events delivered between marks {@code from} and {@code to} (committed in that
     * order), after waiting for both to be delivered; null if either is -1 or did not arrive in time.
     */
    static Long between(long from, long to) throws InterruptedException {
        if (from < 0 || to < 0) {
            return null;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (LOCK) {
            while (!COUNT_AT_MARK.containsKey(to)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    COUNT_AT_MARK.remove(from);
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(LOCK, left);
            }
            Long start = COUNT_AT_MARK.remove(from);
            long end = COUNT_AT_MARK.remove(to);
            return start == null ? null : end - start;
        }
    }

    /** Whether mark {@code mark} has been delivered and not yet read. */
    static boolean delivered(long mark) {
        synchronized (LOCK) {
            return COUNT_AT_MARK.containsKey(mark);
        }
    }

    /** No count will be read at {@code mark} (-1: none was made): its delivery is dropped. */
    static void forget(long mark) {
        if (mark < 0) {
            return;
        }
        synchronized (LOCK) {
            if (COUNT_AT_MARK.remove(mark) == null) {
                FORGOTTEN.add(mark);
            }
        }
    }

    private static boolean ensureStarted() {
        synchronized (LOCK) {
            if (started == null) {
                started = start();
            }
            return started;
        }
    }

    private static boolean start() {
        try {
            RecordingStream stream = new RecordingStream();
            stream.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
            stream.enable(RunMarkEvent.NAME);
            stream.setMaxAge(Duration.ofMinutes(1));
            stream.onEvent(EVENT, e -> {
                synchronized (LOCK) {
                    delivered++;
                }
            });
            stream.onEvent(RunMarkEvent.NAME, e -> {
                synchronized (LOCK) {
                    long sequence = e.getLong("sequence");
                    if (!FORGOTTEN.remove(sequence)) {
                        COUNT_AT_MARK.put(sequence, delivered);
                        LOCK.notifyAll();
                    }
                }
            });
            Thread.ofPlatform()
                    .daemon()
                    .name(LabThreads.JFR_PREFIX + "Event Stream (pinned)")
                    .start(() -> {
                        try {
                            stream.start();
                        } catch (RuntimeException e) {
                            // closed or failed: marks stop arriving, and counts are absent
                        }
                    });
            return awaitLive(stream);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Commits marks until the stream delivers one: the recording has begun, and the stream has
     * parsed its first events, before the first run. Called holding LOCK.
     */
    private static boolean awaitLive(RecordingStream stream) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            new RunMarkEvent(NEXT_MARK.getAndIncrement()).commit();
            LOCK.wait(100);
            if (!COUNT_AT_MARK.isEmpty()) {
                COUNT_AT_MARK.clear();
                return true;
            }
        }
        stream.close();
        return false;
    }
}
