package threadlab.measure;

/**
 * A run's count of pinned events, which may still be on its way: JFR delivers the run's end mark
 * up to a second after the run's clock has stopped (see {@link PinnedEvents}). The runner goes on
 * measuring and reads it once it has come, so that second is spent measuring instead of waiting.
 */
public final class PinnedCount {

    private static final PinnedCount ABSENT = new PinnedCount(-1, -1, null, true);

    private final long from;
    private final long to;
    private Long count;
    private boolean known;

    private PinnedCount(long from, long to, Long count, boolean known) {
        this.from = from;
        this.to = to;
        this.count = count;
        this.known = known;
    }

    /** A count known already (null: absent). */
    public static PinnedCount of(Long count) {
        return count == null ? ABSENT : new PinnedCount(-1, -1, count, true);
    }

    /** The events JFR delivers between marks {@code from} and {@code to}, committed in that order. */
    static PinnedCount between(long from, long to) {
        return new PinnedCount(from, to, null, false);
    }

    /** Whether {@link #await()} would return at once. */
    public synchronized boolean ready() {
        return known || PinnedEvents.delivered(to);
    }

    /**
     * The count, waiting for JFR to deliver the run's end mark if it has not yet (at most
     * {@value PinnedEvents#WAIT_SECONDS} s); null where it is absent, or if interrupted while
     * waiting (the interrupt is kept).
     */
    public synchronized Long await() {
        if (!known) {
            try {
                count = PinnedEvents.between(from, to);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                count = null;
            }
            known = true;
        }
        return count;
    }
}
