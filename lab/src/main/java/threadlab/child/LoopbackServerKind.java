package threadlab.child;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import threadlab.workload.LoopbackServer;

/**
 * {@code loopback-server}, the child JVM that hosts the {@code socket} workload's echo server: it
 * listens on an ephemeral loopback port, writes {@code listening PORT} on its stdout, and serves
 * until its stdin ends (the parent closed it, or died) or its parent is gone ({@link ParentWatch}).
 * No arguments: each connection says its own latency and rounds.
 */
public final class LoopbackServerKind implements ChildKind {

    static final String NAME = "loopback-server";

    static final String READY = "listening ";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(long parentPid, List<String> args) throws Exception {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("takes no arguments, got " + args);
        }
        LoopbackServer server = new LoopbackServer();
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.println(READY + server.port());
        while (true) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
