package threadlab.child;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import threadlab.ipc.Channel;
import threadlab.ipc.ChannelClient;
import threadlab.ipc.Connection;

/**
 * {@code echo}, the child JVM of the {@code ipc-channels} experiment: connects to its parent over
 * one channel and sends back every fixed-size message it receives, byte for byte, until the
 * channel ends. The thread that echoes is named {@value #THREAD}, so the parent can find where it
 * runs ({@code threadlab.measure.CorePlacement}).
 *
 * <p>Arguments: channel label, address, message bytes.
 */
public final class EchoKind implements ChildKind {

    /** The name of the thread that echoes, in this child and in the lab's in-process twin; the OS keeps 15 characters. */
    public static final String THREAD = "threadlab-echo";

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public boolean exitsWhenStdinCloses(List<String> args) {
        return Channel.of(args.get(0)) != Channel.PIPE;
    }

    @Override
    public int run(long parentPid, List<String> args) throws IOException {
        Channel channel = Channel.of(args.get(0));
        int bytes = Integer.parseInt(args.get(2));
        Thread.currentThread().setName(THREAD);
        try (Connection connection = ChannelClient.connect(channel, args.get(1), parentPid)) {
            DataInputStream in = new DataInputStream(connection.in());
            OutputStream out = connection.out();
            byte[] message = new byte[bytes];
            while (true) {
                in.readFully(message);
                out.write(message);
                out.flush();
            }
        } catch (EOFException e) {
            // the parent closed the channel: done
        }
        Runtime.getRuntime().halt(0);
        return 0;
    }
}
