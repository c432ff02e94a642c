package threadlab.ipc;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** The child's side of a channel: connects to the address its parent's {@link ChannelListener} gave. */
public final class ChannelClient {

    private ChannelClient() {}

    /**
     * Connects to the parent. For {@link Channel#PIPE} the connection is this JVM's own stdin and
     * stdout; the caller must then not use {@code System.out} for anything else.
     *
     * @param parentPid the parent, the only owner a mapped file is accepted from
     * @throws IOException if the address is wrong or the mapped file is not the parent's
     */
    public static Connection connect(Channel channel, String address, long parentPid) throws IOException {
        switch (channel) {
            case PIPE -> {
                return new Connection(
                        channel,
                        new FileInputStream(FileDescriptor.in),
                        new FileOutputStream(FileDescriptor.out),
                        () -> {});
            }
            case TCP -> {
                int colon = address.lastIndexOf(':');
                SocketChannel socket = SocketChannel.open(new InetSocketAddress(
                        address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))));
                socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                return new Connection(
                        channel, Channels.newInputStream(socket), Channels.newOutputStream(socket), socket);
            }
            case UNIX -> {
                SocketChannel socket = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(address)));
                return new Connection(
                        channel, Channels.newInputStream(socket), Channels.newOutputStream(socket), socket);
            }
            case SHARED_MEMORY -> {
                MappedRegion region = MappedRegion.open(Path.of(address), parentPid);
                ProcessHandle parent = ProcessHandle.of(parentPid).orElseThrow(() -> new IOException("parent is gone"));
                ShmRing fromParent =
                        new ShmRing(region, MappedRegion.BODY, ChannelListener.RING_BYTES, parent::isAlive);
                ShmRing toParent = new ShmRing(
                        region,
                        MappedRegion.BODY + ShmRing.footprint(ChannelListener.RING_BYTES),
                        ChannelListener.RING_BYTES,
                        parent::isAlive);
                return new Connection(
                        channel, RingStreams.reading(fromParent), RingStreams.writing(toParent), () -> {});
            }
            default -> throw new IllegalStateException(channel.toString());
        }
    }
}
