package threadlab.experiment;

/**
 * Work sizes shared by the experiments. They are fixed numbers, not calibrated per machine, so
 * that the same experiment runs the same specs everywhere and results from two machines can be
 * compared cell by cell; only the seconds differ.
 */
public final class Sizes {

    /**
     * Rounds of {@code cpu} hashing that take about one second on one core of the reference
     * machine (AMD EPYC, JDK 25); other machines are faster or slower by their single-core speed.
     */
    public static final long CPU_ROUNDS_PER_SECOND = 450_000_000L;

    private Sizes() {}

    /** Rounds for about {@code millis} ms of CPU on the reference machine. */
    public static long cpuRoundsFor(double millis) {
        return Math.round(CPU_ROUNDS_PER_SECOND * millis / 1000.0);
    }
}
