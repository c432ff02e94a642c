package threadlab.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A waiting side asks after its peer while it waits, and ends the wait when the peer is gone.
 * Parking, it asks after every park; where timed parks are coarse (Windows' rule, applied here on
 * any OS) it never parks and asks every {@link Backoff#YIELDS_PER_CHECK} yields instead.
 */
class BackoffTest {

    private static final int PAST_SPIN_AND_YIELD = Backoff.MAX_SPINS + Backoff.YIELDS;

    @Test
    void parkingItAsksAfterThePeerAtEveryPark() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Backoff parking = new Backoff(() -> asked.incrementAndGet() > 0, true);
        for (int i = 0; i < PAST_SPIN_AND_YIELD + 10; i++) {
            parking.pause();
        }
        assertThat(asked.get()).isBetween(10, 10 + PAST_SPIN_AND_YIELD - Backoff.MIN_SPINS);
    }

    @Test
    void whereParksAreCoarseItYieldsAndAsksEveryThousandYields() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Backoff yielding = new Backoff(() -> asked.incrementAndGet() > 0, false);
        int rounds = PAST_SPIN_AND_YIELD + 5 * Backoff.YIELDS_PER_CHECK;
        for (int i = 0; i < rounds; i++) {
            yielding.pause();
        }
        assertThat(asked.get()).isBetween(5, 5 + PAST_SPIN_AND_YIELD / Backoff.YIELDS_PER_CHECK + 1);
    }

    @Test
    void aPeerFoundDeadEndsTheWaitEitherWay() {
        for (boolean parks : new boolean[] {true, false}) {
            Backoff backoff = new Backoff(() -> false, parks);
            assertThatThrownBy(() -> {
                        for (int i = 0; i < PAST_SPIN_AND_YIELD + 2 * Backoff.YIELDS_PER_CHECK; i++) {
                            backoff.pause();
                        }
                    })
                    .as("parks=" + parks)
                    .isInstanceOf(EOFException.class);
        }
    }
}
