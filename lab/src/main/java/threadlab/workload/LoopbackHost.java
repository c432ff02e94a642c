package threadlab.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ServiceLoader;

/**
 * Where the {@code socket} workload's {@link LoopbackServer} runs: a child JVM of its own, started
 * by the {@link LoopbackLauncher} on the class path (the lab's is in {@code threadlab.child}), so
 * that this package needs nothing of child processes. One host serves the whole lab JVM
 * ({@link #shared()}): it is started the first time a socket task connects (in an experiment, the
 * warm-up before the first run, so no measured run pays the JVM's start), each connection says its
 * own latency and rounds, and it lives until this JVM exits. Between runs it is idle; what it
 * costs in a run is the difference of its CPU time ({@link #cpuSoFar()}) across the run.
 */
public interface LoopbackHost extends AutoCloseable {

    /** The server's loopback address. */
    SocketAddress address();

    /** The host process's CPU time so far, or null where the OS does not say. */
    Duration cpuSoFar();

    /** The host process's pid, or -1 where it is not a process of its own. */
    long pid();

    /** Where the server runs, for the run's fields: {@code child-jvm}. */
    String where();

    @Override
    void close();

    /**
     * The lab JVM's one host, started on the first call.
     *
     * @throws UncheckedIOException if it cannot be started
     */
    static LoopbackHost shared() {
        return Shared.get();
    }

    /** The host if it has been started, or null: for a run's fields, without starting one. */
    static LoopbackHost sharedIfStarted() {
        return Shared.host;
    }

    /** Holds the one host; a shutdown hook ends it politely (its parent watch would, in any case). */
    final class Shared {
        private static volatile LoopbackHost host;

        private Shared() {}

        static synchronized LoopbackHost get() {
            if (host == null) {
                LoopbackLauncher launcher = ServiceLoader.load(LoopbackLauncher.class)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                "no LoopbackLauncher on the class path: the socket workload has no server"));
                try {
                    LoopbackHost started = launcher.start();
                    Runtime.getRuntime()
                            .addShutdownHook(Thread.ofPlatform()
                                    .name("loopback-host-close")
                                    .unstarted(started::close));
                    host = started;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the loopback server: " + e.getMessage(), e);
                }
            }
            return host;
        }
    }
}
