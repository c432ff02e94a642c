package threadlab.measure;

/**
 * This process's CPU time (all threads, user + system), with its children's where asked, and JIT
 * time, for calibrations outside a metered run.
 */
public final class ProcessCpu {

    private ProcessCpu() {}

    /** Nanoseconds of CPU so far, or -1 where the JVM does not offer it. */
    public static long nanos() {
        return JvmCounters.processCpuNanos();
    }

    /**
     * Nanoseconds of CPU so far of this process and its children (a loopback server, say), as a
     * metered run counts them; -1 where either is unknown. Children's CPU comes in the OS's ticks
     * (10 ms on Linux), so a difference of two readings is only as fine as that.
     */
    public static long withChildrenNanos() {
        long own = nanos();
        long children = ChildProcesses.cpuNanosSoFar();
        return own < 0 || children < 0 ? -1 : own + children;
    }

    /** Milliseconds the JIT has spent compiling so far, 0 where the JVM does not say. */
    public static long jitMillis() {
        return Math.max(0, JvmCounters.compilationMillis());
    }
}
