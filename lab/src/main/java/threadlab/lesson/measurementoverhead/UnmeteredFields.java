package threadlab.lesson.measurementoverhead;

/**
 * The fields measurement-overhead adds to a run of {@link Unmetered}, whose {@code wallSeconds}
 * is the child JVM's own {@link System#nanoTime} reading of its timed part:
 * {@code meteredWallSeconds}, the lab meter's wall around the whole run (the child JVM's start,
 * its warm-up and its exit included); {@code unmeteredSequentialSeconds}, the same tasks one after
 * another on the child's main thread, timed the same way (runs with 2 or more workers); and
 * {@code unmeteredCpuSeconds} and {@code unmeteredJitSeconds}, the child process's own CPU time and
 * JIT compilation time over the part {@code wallSeconds} covers (null where its JVM does not say).
 */
public record UnmeteredFields(
        Double meteredWallSeconds,
        Double unmeteredSequentialSeconds,
        Double unmeteredCpuSeconds,
        Double unmeteredJitSeconds) {}
