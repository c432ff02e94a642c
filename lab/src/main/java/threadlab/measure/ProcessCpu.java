package threadlab.measure;

/** This process's CPU time (all threads, user + system) and JIT time, for calibrations outside a metered run. */
public final class ProcessCpu {

    private ProcessCpu() {}

    /** Nanoseconds of CPU so far, or -1 where the JVM does not offer it. */
    public static long nanos() {
        return JvmCounters.processCpuNanos();
    }

    /** Milliseconds the JIT has spent compiling so far, 0 where the JVM does not say. */
    public static long jitMillis() {
        return Math.max(0, JvmCounters.compilationMillis());
    }
}
