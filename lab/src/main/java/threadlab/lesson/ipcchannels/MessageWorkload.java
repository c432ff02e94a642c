package threadlab.lesson.ipcchannels;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import threadlab.result.AddsFields;
import threadlab.result.RunResult;
import threadlab.workload.AsyncContext;
import threadlab.workload.AsyncWorkload;
import threadlab.workload.CatalogWorkload;
import threadlab.workload.Checksums;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.WorkloadType;

/**
 * {@code message:bytes=N}: each task is one fixed-size message sent to a peer and echoed back,
 * for the channel experiments. Message {@code i} is a fixed pseudo-random body of N bytes whose
 * first and last 8 bytes carry {@code i} (so a reply to another message is caught, and a torn one
 * too); the task's value is a hash of the reply's stamped ends. Run by an ordinary mode, a task
 * "echoes" by copying the array in memory, so the checksum is the same everywhere.
 */
public final class MessageWorkload extends CatalogWorkload implements AsyncWorkload, AddsFields {

    /** The catalog entry: name, nature, an example, one line of explanation. */
    public static final WorkloadType TYPE = new WorkloadType(
            "message",
            Nature.IO,
            "message:bytes=8",
            "one fixed-size message, echoed back by a peer over a channel (ipc-channels); elsewhere copied in memory",
            MessageWorkload::new);

    public static final int MAX_BYTES = 1 << 20;

    private final byte[] body;

    MessageWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("bytes"));
        int bytes = (int) spec.longParam("bytes", 8, 8, MAX_BYTES);
        this.body = new byte[bytes];
        long z = 0x5EEDL;
        for (int i = 0; i < body.length; i++) {
            z = Checksums.mix(z + i);
            body[i] = (byte) z;
        }
    }

    /** Records the message size and bytes per second; the channel is the mode's id unless the mode names its own. */
    @Override
    public RunResult addTo(RunResult run) {
        return run.with(new TransferFields(run.mode(), bytes(), run.throughputPerSecond() * bytes(), null));
    }

    /** The message size in bytes. */
    public int bytes() {
        return body.length;
    }

    /** A new buffer holding the message body; {@link #stamp} turns it into message {@code i}. */
    public byte[] newMessage() {
        return body.clone();
    }

    /** Makes {@code message} (from {@link #newMessage}) message number {@code index}. */
    public void stamp(int index, byte[] message) {
        ByteBuffer b = ByteBuffer.wrap(message);
        long tag = Checksums.mix(index + 1L);
        b.putLong(message.length - 8, ~tag);
        b.putLong(0, tag);
    }

    /**
     * The task's value from the reply to {@code sent}, or an exception naming the first byte that
     * differs: a reply must be the message, byte for byte.
     */
    public long check(byte[] sent, byte[] reply) {
        int at = Arrays.mismatch(sent, reply);
        if (at >= 0) {
            throw new IllegalStateException("echo differs from the message at byte " + at + " of " + sent.length);
        }
        ByteBuffer b = ByteBuffer.wrap(reply);
        return Checksums.mix(b.getLong(0) ^ b.getLong(reply.length - 8) * 31 + reply.length);
    }

    /** Non-blocking: the copy and the check are computing, done on the asynchronous CPU pool. */
    @Override
    public CompletableFuture<Long> startTask(int index, AsyncContext async) {
        return CompletableFuture.supplyAsync(() -> runTask(index), async.cpu());
    }

    /** Outside a channel: the message is copied in memory and checked. */
    @Override
    public long runTask(int index) {
        byte[] message = newMessage();
        stamp(index, message);
        return check(message, message.clone());
    }
}
