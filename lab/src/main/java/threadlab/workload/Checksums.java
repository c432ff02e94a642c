package threadlab.workload;

/**
 * Order-independent checksums: a run's checksum is the wrapping sum of {@link #ofTask} over its
 * tasks, so it does not depend on the order the tasks finished in, yet changes if a task is
 * lost, repeated or computes a different value.
 */
public final class Checksums {

    private Checksums() {}

    /** A well-mixed 64-bit value for task {@code index} having returned {@code value}. */
    public static long ofTask(int index, long value) {
        return mix(value ^ mix(index + 0x9E3779B97F4A7C15L));
    }

    /** The SplitMix64 finaliser: every input bit affects every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The form written to results: 16 lower-case hex digits. */
    public static String hex(long checksum) {
        return String.format("%016x", checksum);
    }
}
