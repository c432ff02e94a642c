package threadlab.measure;

import java.lang.management.ManagementFactory;
import java.util.List;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;
import threadlab.result.EnvironmentInfo;

/**
 * What the lab asks of the host: its fingerprint, and this process's resident memory. OSHI does
 * the asking on Linux, macOS and Windows; where it cannot answer, the answer is null (absent),
 * never a guess and never a crash.
 */
public final class Host {

    private Host() {}

    /** OSHI's entry points, built once: the first use costs a few hundred milliseconds. */
    private static final class Oshi {
        static final SystemInfo INFO = create();

        private static SystemInfo create() {
            try {
                return new SystemInfo();
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }

    /** The fingerprint written at the top of every results file, with what this machine lets the lab show. */
    public static EnvironmentInfo environment() {
        EnvironmentInfo jvm = jvm();
        return new EnvironmentInfo(
                jvm.jdk(),
                jvm.vendor(),
                jvm.vm(),
                jvm.cores(),
                jvm.os(),
                jvm.arch(),
                jvm.cpu(),
                jvm.memoryBytes(),
                jvm.maxHeapBytes(),
                jvm.jvmArgs(),
                jvm.carrierParallelism(),
                HostFacts.facts());
    }

    /** The JVM's and the hardware's part of the fingerprint only. */
    public static EnvironmentInfo jvm() {
        Runtime runtime = Runtime.getRuntime();
        return new EnvironmentInfo(
                Runtime.version().toString(),
                System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"),
                runtime.availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                cpuName(),
                memoryBytes(),
                runtime.maxMemory(),
                List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                carrierParallelism());
    }

    /**
     * How many carrier threads virtual threads get: the scheduler's parallelism property if set,
     * else the number of available processors (the JDK's default).
     */
    public static int carrierParallelism() {
        String configured = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        if (configured != null) {
            try {
                return Integer.parseInt(configured.strip());
            } catch (NumberFormatException e) {
                // the JDK falls back to the default too
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** The CPU's model name, or null where the OS does not say. */
    public static String cpuName() {
        try {
            return Oshi.INFO == null
                    ? null
                    : Oshi.INFO
                            .getHardware()
                            .getProcessor()
                            .getProcessorIdentifier()
                            .getName()
                            .strip();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Long memoryBytes() {
        try {
            return Oshi.INFO == null
                    ? null
                    : Oshi.INFO.getHardware().getMemory().getTotal();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** A handle that reads this process's resident set size, or null where OSHI cannot. */
    public static ResidentMemory residentMemory() {
        try {
            if (Oshi.INFO == null) {
                return null;
            }
            OperatingSystem os = Oshi.INFO.getOperatingSystem();
            OSProcess self = os.getCurrentProcess();
            return self == null ? null : new ResidentMemory(self);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The resident set size of process {@code pid}, from {@code /proc} on Linux, else from OSHI: -1 where it cannot be read while the process
     * runs (unknown, never 0), 0 once the process has ended.
     */
    public static long residentBytes(long pid) {
        Long proc = ProcFiles.residentBytes(pid);
        if (proc != null) {
            return proc;
        }
        try {
            if (Oshi.INFO != null) {
                // OSHI gives no process where it cannot read one (or it is gone); a process it read is to be trusted,
                // 0 included (one that has exited and awaits its parent).
                OSProcess process = Oshi.INFO.getOperatingSystem().getProcess((int) pid);
                if (process != null) {
                    return Math.max(0, process.getResidentSetSize());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // unreadable: decided below
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? -1 : 0;
    }

    /**
     * The CPU time (user + system) process {@code pid} has used, in nanoseconds, as OSHI reads it
     * (the process's task info on macOS, its process times on Windows, {@code /proc} on Linux);
     * -1 where it cannot.
     */
    public static long cpuNanos(long pid) {
        try {
            if (Oshi.INFO == null) {
                return -1;
            }
            OSProcess process = Oshi.INFO.getOperatingSystem().getProcess((int) pid);
            if (process == null) {
                return -1;
            }
            long millis = process.getUserTime() + process.getKernelTime();
            return millis < 0 ? -1 : millis * 1_000_000;
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }

    /**
     * The CPU time every core of this machine has spent busy so far, in nanoseconds: user, nice,
     * system, interrupts, and steal (time a hypervisor gave to other machines, so lost to this one),
     * from {@code /proc/stat} on Linux, elsewhere as OSHI reads the system's tick counters (the
     * host statistics on macOS, the processor times on Windows; OSHI keeps a reading for 300 ms, so
     * there a run shorter than a second is read coarsely); -1 where it cannot. Idle and I/O wait
     * are not busy.
     */
    public static long machineBusyNanos() {
        Long proc = ProcFiles.machineBusyNanos();
        if (proc != null) {
            return proc;
        }
        try {
            if (Oshi.INFO == null) {
                return -1;
            }
            long[] ticks = Oshi.INFO.getHardware().getProcessor().getSystemCpuLoadTicks();
            if (ticks == null || ticks.length < CentralProcessor.TickType.values().length) {
                return -1;
            }
            long millis = 0;
            for (CentralProcessor.TickType type : CentralProcessor.TickType.values()) {
                if (type != CentralProcessor.TickType.IDLE && type != CentralProcessor.TickType.IOWAIT) {
                    millis += Math.max(0, ticks[type.getIndex()]);
                }
            }
            return millis <= 0 ? -1 : millis * 1_000_000;
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }

    /** This process's resident set size, read again at each call. */
    public static final class ResidentMemory {
        private final OSProcess process;

        private ResidentMemory(OSProcess process) {
            this.process = process;
        }

        /** The current resident set size in bytes, or -1 if it could not be read. */
        public long bytes() {
            try {
                return process.updateAttributes() ? process.getResidentSetSize() : -1;
            } catch (RuntimeException e) {
                return -1;
            }
        }
    }
}
