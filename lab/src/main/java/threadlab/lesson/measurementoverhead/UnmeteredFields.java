package threadlab.lesson.measurementoverhead;

/**
 * The fields measurement-overhead adds to a run of {@link Unmetered}, whose {@code wallSeconds}
 * is the child JVM's own {@link System#nanoTime} reading of its timed part:
 * {@code meteredWallSeconds}, the lab meter's wall around the whole run (the child JVM's start,
 * its warm-up and its exit included); {@code unmeteredSequentialSeconds}, the same tasks one after
 * another on the child's main thread, timed the same way (runs with 2 or more workers); and
 * {@code unmeteredCpuSeconds} and {@code unmeteredJitSeconds}, the child process's own CPU time and
 * JIT compilation time over the part {@code wallSeconds} covers (null where its JVM does not say);
 * and {@code loadAverage}, the machine's one-minute load average as the run ended (null where the
 * OS does not say), since other programs on the cores weigh on a speedup as much as a meter could.
 */
public record UnmeteredFields(
        Double meteredWallSeconds,
        Double unmeteredSequentialSeconds,
        Double unmeteredCpuSeconds,
        Double unmeteredJitSeconds,
        Double loadAverage) {}
