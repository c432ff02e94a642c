package threadlab.ipc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A {@link ShmRing} seen as a stream: the writer's side as an OutputStream, the reader's as an InputStream. */
final class RingStreams {

    private RingStreams() {}

    static InputStream reading(ShmRing ring) {
        return new InputStream() {
            private final byte[] one = new byte[1];

            @Override
            public int read() throws IOException {
                return ring.read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                return ring.read(b, off, len);
            }
        };
    }

    static OutputStream writing(ShmRing ring) {
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                ring.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                if (closed) {
                    throw new IOException("closed");
                }
                ring.write(b, off, len);
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    ring.close();
                }
            }
        };
    }
}
