package threadlab.child;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import threadlab.measure.ChildProcesses;
import threadlab.workload.LoopbackHost;
import threadlab.workload.LoopbackLauncher;

/**
 * Starts the {@code socket} workload's server in a child JVM ({@link LoopbackServerKind}) with the
 * process modes' fast-start flags, and waits (at most {@value #READY_SECONDS} s) for the port it
 * listens on. The child counts as one of this JVM's children for the meter, so its CPU in a run is
 * part of the run's: on a machine of a few cores the server's work competes for the same cores as
 * the client's, and the run's fields give its share apart.
 */
public final class ChildLoopbackLauncher implements LoopbackLauncher {

    static final long READY_SECONDS = 30;

    @Override
    public LoopbackHost start() throws IOException {
        long t0 = System.nanoTime();
        ChildRun child = ChildRun.start(ChildJvm.standard(), LoopbackServerKind.NAME, List.of());
        String line;
        try {
            line = child.nextLine(t0 + TimeUnit.SECONDS.toNanos(READY_SECONDS));
        } catch (TimeoutException | InterruptedException e) {
            child.kill();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("the loopback server's JVM did not start in " + READY_SECONDS + " s");
        }
        if (line == null || !line.startsWith(LoopbackServerKind.READY)) {
            String ending = child.ending();
            child.kill();
            throw new IOException("the loopback server's JVM did not start: " + ending);
        }
        int port;
        try {
            port = Integer.parseInt(
                    line.substring(LoopbackServerKind.READY.length()).strip());
        } catch (NumberFormatException e) {
            child.kill();
            throw new IOException("the loopback server's JVM said '" + line + "', not its port");
        }
        ChildProcesses.recordStart(System.nanoTime() - t0);
        return new Host(child, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private record Host(ChildRun child, SocketAddress address) implements LoopbackHost {
        @Override
        public Duration cpuSoFar() {
            return ProcessHandle.of(child.pid()).map(ChildProcesses::cpuOf).orElse(null);
        }

        @Override
        public long pid() {
            return child.pid();
        }

        @Override
        public String where() {
            return "child-jvm";
        }

        @Override
        public void close() {
            child.close();
        }
    }
}
