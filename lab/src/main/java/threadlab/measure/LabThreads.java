package threadlab.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of the lab's own measuring threads that live across runs: JFR's threads (names
 * starting {@value #JFR_PREFIX}: the stream that delivers pinned events, JFR's periodic tasks),
 * read per thread through {@link ThreadMXBean}. The meter's sampler counts its own
 * ({@link Sampler#cpuNanos}). Where the JVM measures no thread CPU time, the answer is absent (null).
 */
final class LabThreads {

    static final String JFR_PREFIX = "JFR ";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LabThreads() {}

    /** Whether this JVM measures the CPU time of its threads (turning it on where it is off). */
    static boolean cpuTimeKnown() {
        try {
            if (!THREADS.isThreadCpuTimeSupported()) {
                return false;
            }
            if (!THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** CPU time so far of each live JFR thread, by thread id; empty where unknown. */
    static Map<Long, Long> jfrCpuNanos() {
        Map<Long, Long> cpu = new HashMap<>();
        try {
            for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
                if (info != null && info.getThreadName().startsWith(JFR_PREFIX)) {
                    long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                    if (nanos >= 0) {
                        cpu.put(info.getThreadId(), nanos);
                    }
                }
            }
        } catch (RuntimeException e) {
            cpu.clear();
        }
        return cpu;
    }

    /** The CPU the JFR threads used between two readings: threads that began in between count from 0. */
    static long jfrCpuBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        return sum;
    }

    /** The calling thread's CPU time so far, or -1 where unknown. */
    static long currentThreadCpuNanos() {
        try {
            return THREADS.getCurrentThreadCpuTime();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
