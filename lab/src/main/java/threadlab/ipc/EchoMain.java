package threadlab.ipc;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The child JVM of the {@code ipc-channels} experiment: connects to its parent over one channel and
 * sends back every fixed-size message it receives, byte for byte, until the channel ends.
 *
 * <p>Arguments: channel label, address, parent pid, message bytes.
 */
public final class EchoMain {

    private EchoMain() {}

    public static void main(String[] args) throws IOException {
        Channel channel = Channel.of(args[0]);
        long parentPid = Long.parseLong(args[2]);
        int bytes = Integer.parseInt(args[3]);
        ParentWatch.start(parentPid, channel == Channel.PIPE);
        System.setOut(System.err);
        try (Connection connection = ChannelClient.connect(channel, args[1], parentPid)) {
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
    }
}
