package threadlab.lesson.ipcchannels;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.ipc.Channel;
import threadlab.mode.Mode;

/**
 * {@code ipc-channels}: what one message costs between two JVMs, by channel. A parent sends a
 * fixed-size message to a child JVM, which echoes it; one round trip at a time, the reply checked
 * byte for byte. Over pipes (the child's stdin and stdout), loopback TCP, a Unix domain socket
 * (absent where the OS lacks it), and a memory-mapped file holding two ring buffers whose readers
 * spin, then yield, then park. Beside them, the same echo between two threads of one JVM.
 * 8-byte messages measure the latency of a round trip (its percentiles); 64 KiB messages the
 * throughput ({@code bytesPerSecond}: message bytes per second, each way).
 *
 * <p>Each run also records where the two ends ran ({@code sameCoreShare}, see {@link EchoOver}).
 *
 * <p>Measured, full profile (100,000 round trips of 8 bytes and 20,000 of 64 KiB per run, 5 runs
 * each; median and min..max over the runs), 2026-12-02 18:30 UTC, 2 cores Intel Xeon (KVM),
 * JDK 25.0.3 Temurin, Linux 6.18, nothing else running; the two ends ran on two cores in every run
 * but one:
 * <pre>
 *   channel                          8 B round trip p50   p99      64 KiB each way
 *   shared memory                     1 µs (1..1)          4 µs    2,954 MB/s
 *   pipes                            63 µs (55..64)      106 µs      633 MB/s
 *   Unix domain socket               64 µs (5..65)       115 µs    1,305 MB/s
 *   loopback TCP                     71 µs (6..76)       135 µs      638 MB/s
 *   two threads (SynchronousQueue)   10 µs (1..64)       103 µs      813 MB/s
 * </pre>
 * A blocking channel's round trip was either a few microseconds or 55-76 µs, run by run; with the
 * lab pinned to one core ({@code taskset -c 0}) every run was fast (pipes 3 µs, TCP 6 µs at 8 B).
 */
public final class IpcChannelsExperiment implements Experiment {

    static final int SMALL = 8;
    static final int LARGE = 64 * 1024;

    @Override
    public String id() {
        return "ipc-channels";
    }

    @Override
    public boolean runsInChildJvms() {
        return true;
    }

    @Override
    public String summary() {
        return "echo a message to a child JVM over pipes, TCP, a Unix socket, shared memory, vs two threads: 8 B round trip, 64 KiB throughput";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int repeats = full ? 5 : 4;
        List<Trial> trials = new ArrayList<>();
        for (int bytes : new int[] {SMALL, LARGE}) {
            int tasks = bytes == SMALL ? (full ? 100_000 : 10_000) : (full ? 20_000 : 2_000);
            String spec = "message:bytes=" + bytes;
            trials.add(Trial.of(spec, new EchoInProcess(), tasks, repeats));
            for (Channel channel : Channel.values()) {
                Mode mode = new EchoOver(channel);
                trials.add(Trial.of(spec, mode, tasks, repeats));
            }
        }
        return trials;
    }
}
