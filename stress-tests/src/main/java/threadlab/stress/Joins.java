package threadlab.stress;

/**
 * Joins a thread from a jcstress actor, whose methods may not throw checked exceptions.
 * No test interrupts its actors; if one is interrupted anyway the sample fails loudly
 * (jcstress records the test as an error) instead of reading half-finished state.
 */
final class Joins {

    private Joins() {}

    /**
     * Waits for {@code thread} to end. On return every write {@code thread} made is visible to
     * the caller: the end of a thread happens-before a successful join (JLS 17.4.5).
     *
     * @throws IllegalStateException if the caller is interrupted while waiting
     */
    static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("actor interrupted while joining " + thread, e);
        }
    }
}
