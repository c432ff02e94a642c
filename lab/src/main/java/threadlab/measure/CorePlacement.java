package threadlab.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether two threads that hand work to each other ran on one core or on two: the calling thread
 * and a peer thread found by name, in this process or another. Where both ends block, that can
 * decide a round trip's cost more than the channel between them: a thread woken on the core that
 * just went idle runs at once, one woken on another core must be signalled there first (an
 * interprocessor interrupt, which a virtual machine sends through its hypervisor).
 *
 * <p>Each {@link #sample} (about 16-20 µs: two small files) reads the core each thread last ran on (field 39, {@code processor}, of
 * Linux's {@code /proc/<pid>/task/<tid>/stat}; the calling thread's from
 * {@code /proc/thread-self/stat}) and counts whether they were the same. {@link #sameCoreShare}
 * is the share of samples in which they were. {@link #sampleIfDue}, called between two hand-offs,
 * samples once every {@value #EVERY_MILLIS} ms, so the probe costs under 0.5% of the run's wall
 * time and nothing of any hand-off's latency. Where the OS keeps no such record (macOS, Windows)
 * there is no probe ({@link #against} is empty), and the share is reported as absent.
 */
public final class CorePlacement {

    private static final Path PROC = Path.of("/proc");
    /** Field 39 of a stat line is the core; counted from field 3, the first after the command's closing parenthesis. */
    private static final int PROCESSOR = 39 - 3;

    /** How often {@link #sampleIfDue} samples. */
    static final long EVERY_MILLIS = 4;

    private final Path peerStat;
    private long nextNanos;
    private boolean sampledYet;
    private int samples;
    private int sameCore;

    private CorePlacement(Path peerStat) {
        this.peerStat = peerStat;
    }

    /**
     * A probe of the calling thread against the thread of process {@code pid} whose name (the OS's,
     * at most 15 characters) is {@code threadName}; empty where the OS keeps no record of where
     * threads ran, or no such thread lives.
     */
    public static Optional<CorePlacement> against(long pid, String threadName) {
        if (lastCore(PROC.resolve("thread-self").resolve("stat")) == null) {
            return Optional.empty();
        }
        Path tasks = PROC.resolve(Long.toString(pid)).resolve("task");
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                if (threadName.equals(readOrNull(thread.resolve("comm")))) {
                    return Optional.of(new CorePlacement(thread.resolve("stat")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Forgets the samples so far: the next share is of one run. */
    public void reset() {
        samples = 0;
        sameCore = 0;
        sampledYet = false;
    }

    /** Samples if this is the first call since {@link #reset}, or {@value #EVERY_MILLIS} ms have passed since the last sample. */
    public void sampleIfDue(long nowNanos) {
        if (!sampledYet || nowNanos - nextNanos >= 0) {
            sampledYet = true;
            nextNanos = nowNanos + EVERY_MILLIS * 1_000_000;
            sample();
        }
    }

    /** Reads where both threads last ran and counts whether it was one core; a reading that fails is not counted. */
    public void sample() {
        Integer own = lastCore(PROC.resolve("thread-self").resolve("stat"));
        Integer peer = lastCore(peerStat);
        if (own != null && peer != null) {
            samples++;
            if (own.equals(peer)) {
                sameCore++;
            }
        }
    }

    /** The share of samples in which both threads had last run on one core; null with no sample. */
    public Double sameCoreShare() {
        return samples == 0 ? null : (double) sameCore / samples;
    }

    /** The core a thread last ran on, from its stat file; null where unreadable or not in that form. */
    static Integer lastCore(Path stat) {
        return processorField(readOrNull(stat));
    }

    /** Field 39 of a {@code /proc/.../stat} line; null if the text is absent or not in that form. */
    static Integer processorField(String stat) {
        if (stat == null) {
            return null;
        }
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return null;
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        if (fields.length <= PROCESSOR) {
            return null;
        }
        try {
            return Integer.parseInt(fields[PROCESSOR]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String readOrNull(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
