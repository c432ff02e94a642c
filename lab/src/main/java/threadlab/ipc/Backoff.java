package threadlab.ipc;

import java.io.EOFException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import threadlab.machine.TimedPark;

/**
 * How a side of a shared-memory channel waits for the other: nothing in the OS wakes it, so it
 * polls. The strategy, and why:
 * <ol>
 *   <li>spin ({@link Thread#onSpinWait}): a reply that is on its way is seen within nanoseconds,
 *       with no system call and no wake-up. The spin is adaptive, between {@value #MIN_SPINS} and
 *       {@value #MAX_SPINS} rounds: it doubles each time a wait ended while spinning and halves each
 *       time it did not. Measured on 2 busy cores: a pure echo's reply comes within the spin
 *       (p50 0.4 µs with 2,000 rounds against 10 µs with 100), while in the process pool the
 *       reply is often tens of microseconds away (the parent hands each task between two of its
 *       own threads) and a long spin only takes the core that the other side needs;</li>
 *   <li>then {@link Thread#yield} for {@value #YIELDS} rounds: still looks, but gives the core to
 *       any thread that wants it (on 2 cores, often the very thread that will answer);</li>
 *   <li>then park for {@value #FIRST_PARK_NANOS} ns, doubling up to {@value #MAX_PARK_NANOS} ns: an idle
 *       side costs about 2,000 short wake-ups a second, at the price of up to half a millisecond to
 *       notice the next message.</li>
 * </ol>
 * While parked it also asks whether the peer is still alive, so a peer that died (killed, crashed)
 * ends the wait with an {@link EOFException} instead of a hang.
 *
 * <p>Where timed parks are coarse ({@link TimedPark#coarse()}: Windows rounds a timed wait up to
 * at least 1 ms, often to its 15.6 ms tick) step 3 would oversleep by two orders of magnitude, so
 * there the wait never parks: it keeps yielding, asking after the peer every
 * {@value #YIELDS_PER_CHECK} yields. That costs a core while idle, which is why the process pool
 * does not choose shared memory there ({@code ProcessPool.automaticTransport}).
 */
final class Backoff {

    static final int MIN_SPINS = 64;
    static final int MAX_SPINS = 4_096;
    static final int YIELDS = 200;
    static final long FIRST_PARK_NANOS = 20_000;
    static final long MAX_PARK_NANOS = 500_000;
    static final int YIELDS_PER_CHECK = 1_024;

    private final BooleanSupplier peerAlive;
    private final boolean parks;
    private int spins = 1_024;
    private int round;
    private long park;

    Backoff(BooleanSupplier peerAlive) {
        this(peerAlive, !TimedPark.coarse());
    }

    /** With {@code parks} false, the third step yields instead of parking (for coarse timed parks). */
    Backoff(BooleanSupplier peerAlive, boolean parks) {
        this.peerAlive = peerAlive;
        this.parks = parks;
    }

    /** Something arrived: adapt the spin to how long the wait was, and start the next one spinning. */
    void reset() {
        if (round > 0) {
            spins = round <= spins ? Math.min(MAX_SPINS, spins * 2) : Math.max(MIN_SPINS, spins / 2);
        }
        round = 0;
    }

    /**
     * Waits a little, more the longer nothing has come.
     *
     * @throws EOFException if the peer is found dead
     */
    void pause() throws EOFException {
        if (round < spins) {
            Thread.onSpinWait();
        } else if (round < spins + YIELDS) {
            Thread.yield();
        } else if (!parks) {
            Thread.yield();
            if ((round - spins - YIELDS) % YIELDS_PER_CHECK == YIELDS_PER_CHECK - 1 && !peerAlive.getAsBoolean()) {
                throw new EOFException("the other side of the shared-memory channel is gone");
            }
        } else {
            park = round == spins + YIELDS ? FIRST_PARK_NANOS : Math.min(MAX_PARK_NANOS, park * 2);
            LockSupport.parkNanos(park);
            if (!peerAlive.getAsBoolean()) {
                throw new EOFException("the other side of the shared-memory channel is gone");
            }
        }
        round++;
    }
}
