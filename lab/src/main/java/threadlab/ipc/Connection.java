package threadlab.ipc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One end of a two-way byte stream to another JVM, whatever carries it. Closing the output ends
 * the peer's input; closing the connection releases what carries it. Not thread-safe beyond one
 * reader and one writer.
 */
public final class Connection implements Closeable {

    private final Channel channel;
    private final InputStream in;
    private final OutputStream out;
    private final Closeable resources;

    Connection(Channel channel, InputStream in, OutputStream out, Closeable resources) {
        this.channel = channel;
        this.in = in;
        this.out = out;
        this.resources = resources;
    }

    public Channel channel() {
        return channel;
    }

    public InputStream in() {
        return in;
    }

    public OutputStream out() {
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            // the peer is gone already
        }
        try {
            in.close();
        } finally {
            resources.close();
        }
    }
}
