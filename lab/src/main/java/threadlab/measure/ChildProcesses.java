package threadlab.measure;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the lab's child JVMs cost, for the run that is being measured: the CPU time of every child
 * that ended (read just before it was told to exit) and how long each took to start. The memory
 * of live children is sampled by {@link MemoryPeaks}.
 *
 * <p>A child's CPU time comes from {@link ProcessHandle.Info#totalCpuDuration()} where the JDK
 * fills it (Linux, Windows), else from OSHI ({@link Host#cpuNanos}): the JDK's macOS
 * implementation gives it for the current process only, so there the children's share would
 * silently be 0. Where neither can say, the run's CPU time is unknown (null), never the parent's
 * alone: {@link #cpuNanosSoFar} and {@link #unknownSoFar} tell the meter.
 */
public final class ChildProcesses {

    private static final LongAdder ENDED_CPU_NANOS = new LongAdder();
    private static final LongAdder ENDED_UNKNOWN = new LongAdder();
    private static final Recorder START_MICROS = new Recorder(3);
    private static volatile boolean anyStarted;
    private static volatile Function<ProcessHandle, Duration> reader = ChildProcesses::read;

    private ChildProcesses() {}

    /** Adds the CPU time of a child that is about to end; absent (null) makes the run's CPU time unknown. */
    public static void addCpu(Duration cpu) {
        if (cpu != null) {
            ENDED_CPU_NANOS.add(cpu.toNanos());
        } else {
            ENDED_UNKNOWN.increment();
        }
    }

    /**
     * Says a child was started whose start is not timed here (an echo partner, a child that runs
     * one task and exits), so that the live children's CPU is read from now on: until a child has
     * started, the meter reads none, to spare a walk over the process table per run.
     */
    public static void started() {
        anyStarted = true;
    }

    /** Records how long a child took from launch to ready. */
    public static void recordStart(long nanos) {
        anyStarted = true;
        START_MICROS.recordValue(Math.max(0, (nanos + 500) / 1000));
    }

    /**
     * CPU time of every child so far, in nanoseconds: those that ended plus those alive now; -1 if
     * a live child's cannot be read. The difference of two readings is what the children used in
     * between, also for a pool's workers that were alive, and busy, before the first reading.
     */
    public static long cpuNanosSoFar() {
        long live = cpuNanosOfLiveChildren();
        return live < 0 ? -1 : ENDED_CPU_NANOS.sum() + live;
    }

    /** How many ended children's CPU time could not be read so far; a change during a run makes its CPU unknown. */
    static long unknownSoFar() {
        return ENDED_UNKNOWN.sum();
    }

    /** Whether this JVM has started a child yet. */
    static boolean anyStarted() {
        return anyStarted;
    }

    /** Start latencies recorded since the last call. */
    static Histogram takeStartLatencies() {
        return START_MICROS.getIntervalHistogram();
    }

    /** The CPU time used so far by this JVM's live children; 0 until a child has been started, -1 if one's is unknown. */
    private static long cpuNanosOfLiveChildren() {
        if (!anyStarted) {
            return 0;
        }
        long sum = 0;
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            Duration cpu = cpuOf(child);
            if (cpu != null) {
                sum += cpu.toNanos();
            } else if (child.isAlive()) {
                return -1;
            }
        }
        return sum;
    }

    /**
     * The memory of this JVM's live children now, in bytes: {@code [resident, proportional]}; 0
     * each until a child has been started; -1 where a live child's cannot be read (the
     * proportional size everywhere but Linux); the proportional size is 0 unless {@code withPss}.
     */
    static long[] memoryOfLiveChildren(boolean withPss) {
        if (!anyStarted) {
            return new long[] {0, 0};
        }
        long rss = 0;
        long pss = 0;
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            long bytes = Host.residentBytes(child.pid());
            Long proportional = withPss ? ProcFiles.proportionalBytes(child.pid()) : Long.valueOf(0);
            if (bytes < 0) {
                rss = -1;
            } else if (rss >= 0) {
                rss += bytes;
            }
            if (proportional == null && child.isAlive()) {
                pss = -1;
            } else if (pss >= 0 && proportional != null) {
                pss += proportional;
            }
        }
        return new long[] {rss, pss};
    }

    /** The CPU time a live or just-ended process has used, or null where neither the JDK nor OSHI can say. */
    public static Duration cpuOf(ProcessHandle process) {
        return reader.apply(process);
    }

    private static Duration read(ProcessHandle process) {
        Duration jdk = process.info().totalCpuDuration().orElse(null);
        if (jdk != null) {
            return jdk;
        }
        long oshi = Host.cpuNanos(process.pid());
        return oshi < 0 ? null : Duration.ofNanos(oshi);
    }

    /** Replaces how a child's CPU time is read, for tests standing in for an OS that does not say; null restores it. */
    static void readCpuWith(Function<ProcessHandle, Duration> cpu) {
        reader = cpu == null ? ChildProcesses::read : cpu;
    }
}
