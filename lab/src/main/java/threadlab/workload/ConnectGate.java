package threadlab.workload;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import threadlab.machine.OsLimits;

/**
 * Holds the connects to the lab's loopback server to the OS's listen backlog cap. A connect takes
 * a permit before it starts and gives it back when it completes or fails, so at most
 * {@link #bound()} connects are ever under way (in the kernel's queue of half-open connections) for
 * this workload at once; the server, in its own JVM, accepts a completed connection at once. Beyond
 * the cap the OS would drop connects (Linux and macOS retry them about 1 s later) or refuse them
 * (Windows), and a run would measure that, not its threads; held here, a connect waits its turn
 * instead, and the run records the bound.
 *
 * <p>Blocking code waits in {@link #acquire()} (a {@link Semaphore}: a waiting virtual thread
 * unmounts); callbacks use {@link #admit}, which starts the connect at once if a permit is free,
 * else when one is given back, on the thread giving it back. With no bound, both go straight on.
 */
final class ConnectGate {

    private final int bound;
    private final Semaphore permits;
    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger peakWaiting = new AtomicInteger();

    ConnectGate(int bound) {
        this.bound = bound;
        this.permits = bound > 0 ? new Semaphore(bound) : null;
    }

    /** The gate this machine needs: the backlog cap, or the override of {@link OsLimits#BACKLOG_PROPERTY}. */
    static ConnectGate forThisMachine() {
        return new ConnectGate(OsLimits.connectBound());
    }

    /** The most connects let wait for the server at once; 0 for no bound. */
    int bound() {
        return bound;
    }

    /** Waits for a permit to connect. */
    void acquire() throws InterruptedException {
        if (permits != null) {
            permits.acquire();
        }
        counted();
    }

    /** Runs {@code connect} once a permit is free: now, or later on the thread that frees one. */
    void admit(Runnable connect) {
        if (permits == null || permits.tryAcquire()) {
            counted();
            connect.run();
            return;
        }
        queued.add(connect);
        drain();
    }

    /** A connect completed or failed: its permit goes to a queued connect, or back. */
    void release() {
        if (permits == null) {
            waiting.decrementAndGet();
            return;
        }
        waiting.decrementAndGet();
        permits.release();
        drain();
    }

    /** The most connects that were waiting for the server at once. */
    int peakWaiting() {
        return peakWaiting.get();
    }

    /** Starts queued connects while permits are free (also closing the race of a release and a queueing). */
    private void drain() {
        while (!queued.isEmpty() && permits.tryAcquire()) {
            Runnable next = queued.poll();
            if (next == null) {
                permits.release();
                continue;
            }
            counted();
            next.run();
        }
    }

    private void counted() {
        int now = waiting.incrementAndGet();
        peakWaiting.accumulateAndGet(now, Math::max);
    }
}
