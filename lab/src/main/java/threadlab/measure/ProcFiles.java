package threadlab.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux keeps in {@code /proc} about a process's memory, read without a library: the
 * resident set size and its high-water mark ({@code VmRSS}, {@code VmHWM} in
 * {@code /proc/<pid>/status}), and the proportional set size ({@code Pss} in
 * {@code /proc/<pid>/smaps_rollup}), which divides each shared page among the processes that map
 * it, so N children that map one file (an AOT cache, the JDK's modules) count it once in total.
 * Where the files are absent (macOS, Windows, a kernel before 4.14 for {@code smaps_rollup}) every
 * reader answers null; the callers then fall back to OSHI or record the value as absent.
 */
final class ProcFiles {

    private static final Path PROC = Path.of("/proc");
    static final boolean PRESENT = Files.isReadable(PROC.resolve("self").resolve("status"));

    /** The unit of {@code /proc/stat}'s times: ticks a second, the same on every architecture. */
    private static final long USER_HZ = 100;

    private ProcFiles() {}

    /** The resident set size of process {@code pid} now, in bytes, or null where it cannot be read. */
    static Long residentBytes(long pid) {
        return kibField(read(pid, "status"), "VmRSS:");
    }

    /** This process's resident high-water mark since it started or since {@link #resetPeak}, in bytes; null where absent. */
    static Long ownPeakResidentBytes() {
        return kibField(read(ProcessHandle.current().pid(), "status"), "VmHWM:");
    }

    /** The proportional set size of process {@code pid} now, in bytes, or null where the kernel does not report it. */
    static Long proportionalBytes(long pid) {
        return kibField(read(pid, "smaps_rollup"), "Pss:");
    }

    /**
     * Resets this process's resident high-water mark to its current resident size (writing 5 to
     * {@code /proc/self/clear_refs}, Linux 4.0+), so {@link #ownPeakResidentBytes} is the peak of
     * one run. Returns false where that cannot be done; the mark then spans the process's life.
     */
    static boolean resetPeak() {
        if (!PRESENT) {
            return false;
        }
        try {
            Files.writeString(PROC.resolve("self").resolve("clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The value of the line that starts with {@code name} (as {@code VmHWM:   123456 kB}) in
     * {@code text}, in bytes; null when the text or the line is absent or not in kB.
     */
    static Long kibField(String text, String name) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(name)) {
                String[] parts = line.substring(name.length()).trim().split("\\s+");
                if (parts.length != 2 || !parts[1].equals("kB")) {
                    return null;
                }
                try {
                    return Long.parseLong(parts[0]) * 1024;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The time every core has spent busy since boot, in nanoseconds, from the first line of
     * {@code /proc/stat} ({@code cpu  user nice system idle iowait irq softirq steal ...}, in
     * USER_HZ, 100 a second on every architecture Linux exports it for): all but idle and I/O wait;
     * null where the file is absent or not in that form.
     */
    static Long machineBusyNanos() {
        if (!PRESENT) {
            return null;
        }
        String text;
        try {
            text = Files.readString(PROC.resolve("stat"), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return busyNanos(text);
    }

    /** The busy time in {@code /proc/stat}'s text, as {@link #machineBusyNanos()} reads it; null if not in that form. */
    static Long busyNanos(String stat) {
        int end = stat.indexOf('\n');
        String first = end < 0 ? stat : stat.substring(0, end);
        String[] f = first.trim().split("\\s+");
        if (f.length < 9 || !f[0].equals("cpu")) {
            return null;
        }
        try {
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                busy += Long.parseLong(f[i]);
            }
            return busy * (1_000_000_000L / USER_HZ);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String read(long pid, String file) {
        if (!PRESENT) {
            return null;
        }
        try {
            return Files.readString(PROC.resolve(Long.toString(pid)).resolve(file), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
