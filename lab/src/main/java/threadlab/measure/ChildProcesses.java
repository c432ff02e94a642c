package threadlab.measure;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the lab's child JVMs cost, for the run that is being measured: the CPU time of every child
 * that ended (read just before it was told to exit, through {@link ProcessHandle.Info}) and how
 * long each took to start. The resident memory of live children is sampled by {@link Meter}.
 */
public final class ChildProcesses {

    private static final LongAdder ENDED_CPU_NANOS = new LongAdder();
    private static final Recorder START_MICROS = new Recorder(3);
    private static volatile boolean anyStarted;

    private ChildProcesses() {}

    /** Adds the CPU time of a child that is about to end; absent (null) adds nothing. */
    public static void addCpu(Duration cpu) {
        if (cpu != null) {
            ENDED_CPU_NANOS.add(cpu.toNanos());
        }
    }

    /** Records how long a child took from launch to ready. */
    public static void recordStart(long nanos) {
        anyStarted = true;
        START_MICROS.recordValue(Math.max(0, (nanos + 500) / 1000));
    }

    /**
     * CPU time of every child so far, in nanoseconds: those that ended plus those alive now. The
     * difference of two readings is what the children used in between, also for a pool's workers
     * that were alive, and busy, before the first reading.
     */
    static long cpuNanosSoFar() {
        return ENDED_CPU_NANOS.sum() + cpuNanosOfLiveChildren();
    }

    /** Start latencies recorded since the last call. */
    static Histogram takeStartLatencies() {
        return START_MICROS.getIntervalHistogram();
    }

    /** The CPU time used so far by this JVM's live children; 0 until a child has been started. */
    private static long cpuNanosOfLiveChildren() {
        if (!anyStarted) {
            return 0;
        }
        return ProcessHandle.current().children()
                .map(ChildProcesses::cpuOf)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Duration::toNanos)
                .sum();
    }

    /** The resident memory of this JVM's live children; 0 until a child has been started. */
    static long residentBytesOfLiveChildren() {
        if (!anyStarted) {
            return 0;
        }
        return ProcessHandle.current().children().mapToLong(p -> Host.residentBytes(p.pid())).sum();
    }

    /** The CPU time a live or just-ended process has used, or null where the OS does not say. */
    public static Duration cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(null);
    }
}
