package threadlab.measure;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/**
 * The JVM's own cumulative counters, read through its management beans: process CPU time (all
 * threads, user + system), GC time, JIT compilation time, and the live platform-thread peak. Virtual threads are not
 * platform threads and do not count in the peak: that is the point of showing it.
 */
final class JvmCounters {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private JvmCounters() {}

    /** Process CPU time in nanoseconds, or -1 where the JVM does not offer it. */
    static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        try {
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                return sun.getProcessCpuTime();
            }
        } catch (LinkageError e) {
            // a runtime without the jdk.management module (a jlink image): no process CPU time
        }
        return -1;
    }

    /** Total time spent in garbage collection so far in milliseconds, or -1 where unknown. */
    static long gcMillis() {
        long total = 0;
        boolean known = false;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long t = gc.getCollectionTime();
            if (t >= 0) {
                total += t;
                known = true;
            }
        }
        return known ? total : -1;
    }

    /**
     * Total time the JIT compilers have spent compiling so far, in milliseconds (summed over the
     * compiler threads), or -1 where the JVM does not monitor it.
     */
    static long compilationMillis() {
        try {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Bytes of heap in use now (live objects and garbage not yet collected), or -1 where unknown. */
    static long heapUsedBytes() {
        try {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Starts a new peak of live platform threads at the current count. */
    static void resetPeakThreads() {
        THREADS.resetPeakThreadCount();
    }

    /** The most live platform threads since the last reset. */
    static int peakThreads() {
        return THREADS.getPeakThreadCount();
    }
}
