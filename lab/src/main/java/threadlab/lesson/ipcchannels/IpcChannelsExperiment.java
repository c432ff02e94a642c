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
 * <p>Measured, full profile (100,000 round trips of 8 bytes and 20,000 of 64 KiB per run, 5 runs
 * each; medians), 2026-11-26 01:24 UTC, 2 cores AMD EPYC, JDK 25.0.3 Temurin, Linux 6.18, on a
 * machine shared with other builds (load average 6 to 7):
 * <pre>
 *   channel              8 B round trip p50   p99      64 KiB each way
 *   shared memory        under 1 µs           10 µs    1,989 MB/s
 *   pipes                10 µs                60 µs    1,274 MB/s
 *   Unix domain socket   16 µs                50 µs    1,194 MB/s
 *   loopback TCP         25 µs                65 µs      938 MB/s
 *   two threads (SynchronousQueue)  19 µs     61 µs    2,319 MB/s
 * </pre>
 * Latencies are recorded to the microsecond; the shared-memory p50 was 0 (under half a
 * microsecond) in four runs of five and 8 µs in one.
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
        int repeats = full ? 5 : 2;
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
