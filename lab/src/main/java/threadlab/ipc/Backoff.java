package threadlab.ipc;

import java.io.EOFException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a side of a shared-memory channel waits for the other: nothing in the OS wakes it, so it
 * polls. The strategy, and why:
 * <ol>
 *   <li>spin ({@link Thread#onSpinWait}) for about {@value #SPINS} rounds, tens of microseconds: a
 *       reply to a short message comes within a few, and a spinning reader sees it within
 *       nanoseconds, with no system call and no wake-up. This is what makes the round trip fast;</li>
 *   <li>then {@link Thread#yield} for {@value #YIELDS} rounds: keeps polling but gives the core to
 *       whoever wants it (on 2 cores, the peer itself may need it to answer);</li>
 *   <li>then park for {@value #FIRST_PARK_NANOS} ns, doubling up to {@value #MAX_PARK_NANOS} ns: an idle
 *       side costs almost no CPU, at the price of up to a millisecond to notice the next message.</li>
 * </ol>
 * While parked it also asks whether the peer is still alive, so a peer that died (killed, crashed)
 * ends the wait with an {@link EOFException} instead of a hang.
 */
final class Backoff {

    static final int SPINS = 2_000;
    static final int YIELDS = 100;
    static final long FIRST_PARK_NANOS = 20_000;
    static final long MAX_PARK_NANOS = 1_000_000;

    private final BooleanSupplier peerAlive;
    private int round;
    private long park;

    Backoff(BooleanSupplier peerAlive) {
        this.peerAlive = peerAlive;
    }

    /** Something arrived: the next wait starts spinning again. */
    void reset() {
        round = 0;
    }

    /**
     * Waits a little, more the longer nothing has come.
     *
     * @throws EOFException if the peer is found dead
     */
    void pause() throws EOFException {
        if (round < SPINS) {
            Thread.onSpinWait();
        } else if (round < SPINS + YIELDS) {
            Thread.yield();
        } else {
            park = round == SPINS + YIELDS ? FIRST_PARK_NANOS : Math.min(MAX_PARK_NANOS, park * 2);
            LockSupport.parkNanos(park);
            if (!peerAlive.getAsBoolean()) {
                throw new EOFException("the other side of the shared-memory channel is gone");
            }
        }
        round++;
    }
}
