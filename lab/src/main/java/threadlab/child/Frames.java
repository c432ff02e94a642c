package threadlab.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The parent-child protocol: length-prefixed binary frames over the worker's channel (its stdin
 * and stdout, or a mapped ring buffer: see {@link ProcessPool}), written with
 * {@link DataOutputStream} (big-endian). Only text specs, indexes and numbers cross:
 * no class names, no Java serialization.
 *
 * <pre>
 * frame   = int length, byte type, payload          (length counts type and payload)
 * parent -> child
 *   'W'   = UTF workload spec                       (the workload for the tasks that follow)
 *   'T'   = int n, n x int index                    (run these tasks, in order)
 *   'I'   = UTF workload spec, int n                (initializer: run tasks 0..n-1, discard)
 * child -> parent
 *   'H'   = long pid                                (ready: sent once, after the initializer)
 *   'R'   = int n, n x reply                        (one reply per task of a 'T' frame)
 *   reply = int index, long checksum, long latencyNanos, byte ok, [UTF error if ok == 0]
 * </pre>
 *
 * A child exits when its stdin closes; a parent that dies closes it, whatever killed it.
 */
final class Frames {

    static final byte WORKLOAD = 'W';
    static final byte TASKS = 'T';
    static final byte INITIALIZER = 'I';
    static final byte HELLO = 'H';
    static final byte RESULTS = 'R';

    /** The longest error text sent back; the rest is cut (a UTF string holds at most 64 KiB). */
    static final int MAX_ERROR_CHARS = 2_000;

    private Frames() {}

    /** Reads one frame's type and leaves its payload in {@code in}; -1 at a clean end of stream. */
    static int readType(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (java.io.EOFException e) {
            return -1;
        }
        if (length < 1) {
            throw new IOException("bad frame length " + length);
        }
        return in.readUnsignedByte();
    }

    static void writeWorkload(DataOutputStream out, String spec) throws IOException {
        byte[] utf = utf(spec);
        out.writeInt(1 + utf.length);
        out.writeByte(WORKLOAD);
        out.write(utf);
    }

    static void writeInitializer(DataOutputStream out, String spec, int tasks) throws IOException {
        byte[] utf = utf(spec);
        out.writeInt(1 + utf.length + 4);
        out.writeByte(INITIALIZER);
        out.write(utf);
        out.writeInt(tasks);
    }

    static void writeTasks(DataOutputStream out, int[] indexes, int from, int to) throws IOException {
        out.writeInt(1 + 4 + 4 * (to - from));
        out.writeByte(TASKS);
        out.writeInt(to - from);
        for (int i = from; i < to; i++) {
            out.writeInt(indexes[i]);
        }
    }

    static void writeHello(DataOutputStream out, long pid) throws IOException {
        out.writeInt(1 + 8);
        out.writeByte(HELLO);
        out.writeLong(pid);
    }

    /** A UTF string as {@link DataOutputStream#writeUTF} writes it, to know its length first. */
    private static byte[] utf(String s) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream(s.length() + 2);
        new DataOutputStream(bytes).writeUTF(s);
        return bytes.toByteArray();
    }

    /** Writes a results frame: one reply per task. */
    static void writeResults(DataOutputStream out, TaskReply[] replies, int count) throws IOException {
        var body = new java.io.ByteArrayOutputStream(16 + 21 * count);
        var data = new DataOutputStream(body);
        data.writeByte(RESULTS);
        data.writeInt(count);
        for (int i = 0; i < count; i++) {
            TaskReply r = replies[i];
            data.writeInt(r.index());
            data.writeLong(r.checksum());
            data.writeLong(r.latencyNanos());
            data.writeByte(r.error() == null ? 1 : 0);
            if (r.error() != null) {
                String e = r.error();
                data.writeUTF(e.length() > MAX_ERROR_CHARS ? e.substring(0, MAX_ERROR_CHARS) : e);
            }
        }
        out.writeInt(body.size());
        body.writeTo(out);
    }

    /** Reads the payload of a results frame whose type was just read. */
    static TaskReply[] readResults(DataInputStream in) throws IOException {
        int n = in.readInt();
        TaskReply[] replies = new TaskReply[n];
        for (int i = 0; i < n; i++) {
            int index = in.readInt();
            long checksum = in.readLong();
            long latency = in.readLong();
            boolean ok = in.readByte() == 1;
            replies[i] = new TaskReply(index, checksum, latency, ok ? null : in.readUTF());
        }
        return replies;
    }
}
