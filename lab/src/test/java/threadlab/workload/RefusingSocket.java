package threadlab.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.time.Duration;

/**
 * For tests: a {@code socket} workload whose server has gone. Its address is a loopback port that
 * was bound and closed again, so every connect to it is refused by the OS.
 */
public final class RefusingSocket {

    private RefusingSocket() {}

    public static Workload create(String spec) {
        SocketAddress gone;
        try (ServerSocket once = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            gone = new InetSocketAddress(InetAddress.getLoopbackAddress(), once.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SocketWorkload(WorkloadSpec.parse(spec), new GoneHost(gone));
    }

    private record GoneHost(SocketAddress address) implements LoopbackHost {
        @Override
        public Duration cpuSoFar() {
            return Duration.ZERO;
        }

        @Override
        public long pid() {
            return -1;
        }

        @Override
        public String where() {
            return "gone";
        }

        @Override
        public void close() {}
    }
}
