package threadlab.child;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import threadlab.ipc.Channel;
import threadlab.ipc.ChannelClient;
import threadlab.ipc.Connection;
import threadlab.workload.DisposableJvm;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * {@code worker}: a process-pool worker. Reads frames from its channel (stdin, or the mapped file
 * or socket its parent named), runs each task on its main thread, writes the replies back (see
 * {@link Frames}). Anything the workload prints goes to stderr, so stdout carries frames only.
 * Its JVM is started with {@link DisposableJvm#PROPERTY} set, so that tasks which break the JVM
 * they run in may run here.
 *
 * <p>It ends when its stdin closes, and, while a long task runs and stdin is not being read, the
 * {@link ParentWatch} ends it within {@value ParentWatch#WATCHDOG_MILLIS} ms of its parent's death,
 * however the parent died.
 *
 * <p>Arguments: none for pipes; else the channel's label and address
 * ({@code shared-memory /dev/shm/.../worker-0.map}). Over another channel, stdin carries nothing,
 * but its end still ends the worker.
 */
public final class WorkerKind implements ChildKind {

    static final String NAME = "worker";

    private Workload workload;
    private String workloadError = "no workload was sent before the tasks";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean exitsWhenStdinCloses(List<String> args) {
        return channel(args) != Channel.PIPE;
    }

    private static Channel channel(List<String> args) {
        return args.size() >= 2 ? Channel.of(args.get(0)) : Channel.PIPE;
    }

    @Override
    public int run(long parentPid, List<String> args) throws IOException {
        Channel channel = channel(args);
        Connection connection = ChannelClient.connect(channel, channel == Channel.PIPE ? "-" : args.get(1), parentPid);
        var in = new DataInputStream(new BufferedInputStream(connection.in(), 1 << 16));
        var out = new DataOutputStream(new BufferedOutputStream(connection.out(), 1 << 16));
        Frames.writeHello(out, ProcessHandle.current().pid());
        out.flush();
        try {
            serve(in, out);
        } catch (IOException e) {
            // the parent went away mid-frame: nothing left to answer
        }
        Runtime.getRuntime().halt(0);
        return 0;
    }

    private void serve(DataInputStream in, DataOutputStream out) throws IOException {
        TaskReply[] replies = new TaskReply[16];
        while (true) {
            int type = Frames.readType(in);
            switch (type) {
                case -1 -> {
                    return;
                }
                case Frames.WORKLOAD -> use(in.readUTF());
                case Frames.INITIALIZER -> {
                    String spec = in.readUTF();
                    int n = in.readInt();
                    initialize(spec, n);
                    Frames.writeResults(out, replies, 0);
                    out.flush();
                }
                case Frames.TASKS -> {
                    int n = in.readInt();
                    if (replies.length < n) {
                        replies = new TaskReply[n];
                    }
                    for (int i = 0; i < n; i++) {
                        replies[i] = run(in.readInt());
                    }
                    Frames.writeResults(out, replies, n);
                    out.flush();
                }
                default -> throw new IOException("unknown frame type " + type);
            }
        }
    }

    private void use(String spec) {
        if (workload != null) {
            workload.close();
            workload = null;
        }
        try {
            workload = Workloads.create(spec);
            workloadError = null;
        } catch (RuntimeException e) {
            workloadError = "bad workload spec in worker: " + e.getMessage();
        }
    }

    private TaskReply run(int index) {
        if (workload == null) {
            return new TaskReply(index, 0, 0, workloadError);
        }
        long start = System.nanoTime();
        try {
            long checksum = workload.runTask(index);
            return new TaskReply(index, checksum, System.nanoTime() - start, null);
        } catch (Throwable t) {
            String message = t.getMessage();
            return new TaskReply(
                    index,
                    0,
                    System.nanoTime() - start,
                    t.getClass().getSimpleName() + (message == null ? "" : ": " + message));
        }
    }

    private static void initialize(String spec, int tasks) {
        try (Workload warmUp = Workloads.create(spec)) {
            for (int i = 0; i < tasks; i++) {
                warmUp.runTask(i);
            }
        } catch (Exception e) {
            System.err.println("initializer failed: " + e);
        }
    }
}
