package threadlab.experiment;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Measured (full profile, 2 cores AMD EPYC, JDK 25.0.3, Linux; round-trip p50 of 8 bytes):
 * see the README's "Between processes" section for the table this run produced.
 */
final class IpcChannelsExperiment implements Experiment {

    static final int SMALL = 8;
    static final int LARGE = 64 * 1024;

    @Override
    public String id() {
        return "ipc-channels";
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
