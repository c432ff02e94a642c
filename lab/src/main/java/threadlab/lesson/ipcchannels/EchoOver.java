package threadlab.lesson.ipcchannels;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import threadlab.child.ChildJvm;
import threadlab.child.ConnectedChild;
import threadlab.child.EchoKind;
import threadlab.ipc.Channel;
import threadlab.ipc.IpcFolder;
import threadlab.measure.CorePlacement;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.result.AddsFields;
import threadlab.result.RunResult;
import threadlab.workload.Workload;

/**
 * For {@code ipc-channels}: each task sends one {@code message} workload message to a child JVM
 * over one {@link Channel} and waits for its echo, one round trip at a time; the latency is the
 * round trip and the reply is checked byte for byte. The child is started, connected and warmed
 * up (a few thousand unmeasured round trips, so both JITs have compiled the loop) on the first
 * run and kept until the mode is closed; its files live in an {@link IpcFolder} removed at close.
 * Between two round trips, every few milliseconds, it samples whether this thread
 * and the child's echoing thread last ran on one core ({@link CorePlacement}): where both ends
 * block, that decides the round trip's cost as much as the channel does.
 * A channel the OS lacks is reported as not measured here (no task started, none failed). Not in
 * the mode catalog: it only runs the {@code message} workload.
 */
final class EchoOver implements Mode, AddsFields {

    /** Why an echo's runs carry no prediction. */
    static final String ROUND_TRIP_UNMODELLED = "each task is one round trip to a peer, one at a time: the run measures"
            + " that round trip (the channel, the copies, waking the peer), which is the lesson's measurement, not a"
            + " bound's";

    private final Channel channel;
    private IpcFolder folder;
    private ConnectedChild child;
    private int childBytes;
    private DataInputStream in;
    private OutputStream out;
    private Optional<CorePlacement> placement = Optional.empty();

    EchoOver(Channel channel) {
        this.channel = channel;
    }

    @Override
    public String id() {
        return "echo:" + channel.label();
    }

    /** Names the channel the messages crossed: this mode's. */
    @Override
    public RunResult addTo(RunResult run) {
        return run.with(run.extra(TransferFields.class).over(channel.label()).placed(sameCoreShare()));
    }

    Channel channel() {
        return channel;
    }

    @Override
    public int concurrency(int tasks) {
        return 1;
    }

    /** A round trip's cost is what this mode measures: no bound here models it. */
    @Override
    public String unmodelled() {
        return EchoOver.ROUND_TRIP_UNMODELLED;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        if (!(workload instanceof MessageWorkload messages)) {
            probe.refused(0, tasks, new UnsupportedOperationException(id() + " runs only the message workload"));
            return;
        }
        if (!channel.available()) {
            probe.notMeasured(channel.label() + " is not available on this OS");
            return;
        }
        byte[] message = messages.newMessage();
        byte[] reply = new byte[message.length];
        try {
            connect(messages, message, reply);
        } catch (IOException e) {
            close();
            probe.refused(0, tasks, e);
            return;
        }
        placement.ifPresent(CorePlacement::reset);
        for (int i = 0; i < tasks; i++) {
            probe.started();
            long start = System.nanoTime();
            try {
                roundTrip(messages, i, message, reply);
                long latency = System.nanoTime() - start;
                probe.ended(i, messages.check(message, reply), latency, null);
            } catch (IOException | RuntimeException e) {
                probe.ended(i, 0, System.nanoTime() - start, TaskProbe.describe(e));
                if (e instanceof IOException) {
                    close();
                    probe.refused(i + 1, tasks, e);
                    return;
                }
            }
            if (placement.isPresent()) {
                placement.get().sampleIfDue(System.nanoTime());
            }
            if (Thread.interrupted()) {
                close();
                throw new InterruptedException();
            }
        }
    }

    private void roundTrip(MessageWorkload messages, int index, byte[] message, byte[] reply) throws IOException {
        messages.stamp(index, message);
        out.write(message);
        out.flush();
        in.readFully(reply);
    }

    /** Starts (or keeps) the child for this message size and warms both sides up. */
    private void connect(MessageWorkload messages, byte[] message, byte[] reply) throws IOException {
        if (child != null && child.isAlive() && childBytes == messages.bytes()) {
            return;
        }
        close();
        folder = IpcFolder.create();
        child = ConnectedChild.start(
                ChildJvm.standard(), channel, folder, "echo", "echo", Integer.toString(messages.bytes()));
        childBytes = messages.bytes();
        in = new DataInputStream(child.connection().in());
        out = child.connection().out();
        int warmUp = (int) Math.min(5_000, Math.max(100, 20_000_000L / messages.bytes()));
        for (int i = 0; i < warmUp; i++) {
            roundTrip(messages, i, message, reply);
            messages.check(message, reply);
        }
        placement = CorePlacement.against(child.pid(), EchoKind.THREAD);
    }

    /** The child's pid, or -1 when none runs: for tests. */
    long childPid() {
        return child == null ? -1 : child.pid();
    }

    /** Ends the child and removes its files. */
    @Override
    public void close() {
        if (child != null) {
            child.close();
            child = null;
        }
        placement = Optional.empty();
        if (folder != null) {
            folder.close();
            folder = null;
        }
    }

    /** The share of the last run's samples with both ends on one core; null where none was taken. */
    Double sameCoreShare() {
        return placement.map(CorePlacement::sameCoreShare).orElse(null);
    }
}
