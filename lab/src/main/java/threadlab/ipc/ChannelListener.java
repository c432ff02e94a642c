package threadlab.ipc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import threadlab.files.PrivateFolder;

/**
 * The parent's side of a channel, made before the child starts: a listening socket, or the mapped
 * file. {@link #address()} is the argument that tells the child where to connect;
 * {@link #accept(Process)} waits for that child and gives the parent its {@link Connection}.
 * Socket files and mapped files are made in the caller's {@link IpcFolder}, readable and writable
 * by their owner alone; a socket file is deleted as soon as the child has connected.
 */
public final class ChannelListener implements AutoCloseable {

    /** How long a child may take to start and connect. */
    private static final long CONNECT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** Bytes of each direction's ring: room for a 64 KiB message and more. */
    static final int RING_BYTES = 256 * 1024;

    private final Channel channel;
    private final ServerSocketChannel server;
    private final Path socketFile;
    private final MappedRegion region;
    private final String address;

    private ChannelListener(
            Channel channel, ServerSocketChannel server, Path socketFile, MappedRegion region, String address) {
        this.channel = channel;
        this.server = server;
        this.socketFile = socketFile;
        this.region = region;
        this.address = address;
    }

    /**
     * Prepares {@code channel}; {@code name} names its files in {@code folder}.
     *
     * @throws IOException if the socket cannot listen or the file cannot be mapped
     * @throws UnsupportedOperationException if the OS lacks the channel
     */
    public static ChannelListener open(Channel channel, IpcFolder folder, String name) throws IOException {
        switch (channel) {
            case PIPE -> {
                return new ChannelListener(channel, null, null, null, "-");
            }
            case TCP -> {
                ServerSocketChannel server = ServerSocketChannel.open();
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
                InetSocketAddress at = (InetSocketAddress) server.getLocalAddress();
                return new ChannelListener(
                        channel, server, null, null, at.getAddress().getHostAddress() + ":" + at.getPort());
            }
            case UNIX -> {
                Path file = folder.socket(name);
                UnixSocketPaths.requireFits(file);
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    server.bind(UnixDomainSocketAddress.of(file), 1);
                    PrivateFolder.restrictToOwner(file);
                } catch (IOException | RuntimeException e) {
                    server.close();
                    Files.deleteIfExists(file);
                    throw e;
                }
                return new ChannelListener(channel, server, file, null, file.toString());
            }
            case SHARED_MEMORY -> {
                MappedRegion region =
                        MappedRegion.create(folder.file(name + ".map"), 2 * ShmRing.footprint(RING_BYTES));
                return new ChannelListener(
                        channel, null, null, region, region.path().toString());
            }
            default -> throw new IllegalStateException(channel.toString());
        }
    }

    public Channel channel() {
        return channel;
    }

    /** The mapped file this channel made, to remove when its child is done; null for other channels. */
    public Path mappedFile() {
        return region == null ? null : region.path();
    }

    /** What the child is told: a host:port, a socket path, a mapped file's path, or "-" for pipes. */
    public String address() {
        return address;
    }

    /**
     * Waits for {@code child} to connect and returns the parent's end.
     *
     * @throws IOException if the child exits or takes longer than a minute
     */
    public Connection accept(Process child) throws IOException {
        switch (channel) {
            case PIPE -> {
                return new Connection(channel, child.getInputStream(), child.getOutputStream(), () -> {});
            }
            case TCP, UNIX -> {
                SocketChannel socket = acceptFrom(child);
                if (channel == Channel.TCP) {
                    socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                }
                return new Connection(
                        channel, Channels.newInputStream(socket), Channels.newOutputStream(socket), socket);
            }
            case SHARED_MEMORY -> {
                ShmRing toChild = new ShmRing(region, MappedRegion.BODY, RING_BYTES, child::isAlive);
                ShmRing fromChild = new ShmRing(
                        region, MappedRegion.BODY + ShmRing.footprint(RING_BYTES), RING_BYTES, child::isAlive);
                return new Connection(channel, RingStreams.reading(fromChild), RingStreams.writing(toChild), () -> {});
            }
            default -> throw new IllegalStateException(channel.toString());
        }
    }

    private SocketChannel acceptFrom(Process child) throws IOException {
        server.configureBlocking(false);
        long deadline = System.nanoTime() + CONNECT_TIMEOUT_NANOS;
        SocketChannel socket;
        while ((socket = server.accept()) == null) {
            if (!child.isAlive()) {
                throw new IOException("the child exited before it connected (exit " + child.exitValue() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the child did not connect within a minute");
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for the child to connect");
            }
        }
        socket.configureBlocking(true);
        server.close();
        if (socketFile != null) {
            Files.deleteIfExists(socketFile);
        }
        return socket;
    }

    /** Stops listening and removes the socket file, if any (the mapped file goes with its folder). */
    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        if (socketFile != null) {
            Files.deleteIfExists(socketFile);
        }
    }
}
