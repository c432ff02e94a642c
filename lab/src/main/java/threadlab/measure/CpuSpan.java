package threadlab.measure;

import java.util.function.LongSupplier;

/**
 * The CPU a stretch of a calibration cost, less what the JIT spent compiling meanwhile: the JIT's
 * threads are this process's, and compiling the code under test is not what the code costs once
 * compiled. Read from a clock of the caller's choice (this process's CPU, or with its children's
 * or a server's added), which gives -1 where it is not known.
 */
public final class CpuSpan {

    private final LongSupplier cpuNanos;
    private final long cpu0;
    private final long jit0;

    private CpuSpan(LongSupplier cpuNanos) {
        this.cpuNanos = cpuNanos;
        this.jit0 = ProcessCpu.jitMillis();
        this.cpu0 = cpuNanos.getAsLong();
    }

    /** Starts a span on {@code cpuNanos}, a CPU clock in nanoseconds that reads -1 where unknown. */
    public static CpuSpan start(LongSupplier cpuNanos) {
        return new CpuSpan(cpuNanos);
    }

    /** Starts a span on this process's CPU. */
    public static CpuSpan ofProcess() {
        return new CpuSpan(ProcessCpu::nanos);
    }

    /**
     * CPU seconds since the start less the JIT's compiling since then, not clipped at 0 (a sum of
     * spans is clipped once), NaN where either reading of the clock is unknown.
     */
    public double seconds() {
        long cpu1 = cpuNanos.getAsLong();
        long jit = Math.max(0, ProcessCpu.jitMillis() - jit0);
        if (cpu0 < 0 || cpu1 < 0) {
            return Double.NaN;
        }
        return (cpu1 - cpu0) / 1e9 - jit / 1e3;
    }
}
