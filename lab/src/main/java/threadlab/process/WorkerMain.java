package threadlab.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import threadlab.ipc.Channel;
import threadlab.ipc.ChannelClient;
import threadlab.ipc.Connection;
import threadlab.ipc.ParentWatch;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * The child JVM: reads frames from its channel (stdin, or the mapped file or socket its parent
 * named), runs each task on its main thread, writes the replies back (see {@link Frames}). Anything the workload prints goes to stderr, so stdout carries
 * frames only.
 *
 * <p>It ends when its stdin closes, and, while a long task runs and stdin is not being read, a
 * watchdog thread ends it within {@value ParentWatch#WATCHDOG_MILLIS} ms of its parent's death, however the
 * parent died.
 */
public final class WorkerMain {

    /** Set in every worker JVM; tasks that only make sense in a child (crashing it) check it. */
    public static final String WORKER_PROPERTY = "threadlab.worker";

    private Workload workload;
    private String workloadError = "no workload was sent before the tasks";

    private WorkerMain() {}

    /**
     * {@code args[0]}: the parent's pid; then, for a channel other than pipes, its label and
     * address ({@code shared-memory /dev/shm/.../worker-0.map}). Over another channel, stdin carries
     * nothing, but its end still ends the worker.
     */
    public static void main(String[] args) throws IOException {
        long parentPid = Long.parseLong(args[0]);
        Channel channel = args.length > 2 ? Channel.of(args[1]) : Channel.PIPE;
        Connection connection = ChannelClient.connect(channel, channel == Channel.PIPE ? "-" : args[2], parentPid);
        var in = new DataInputStream(new BufferedInputStream(connection.in(), 1 << 16));
        var out = new DataOutputStream(new BufferedOutputStream(connection.out(), 1 << 16));
        System.setOut(System.err);
        ParentWatch.start(parentPid, channel == Channel.PIPE);
        Frames.writeHello(out, ProcessHandle.current().pid());
        out.flush();
        try {
            new WorkerMain().serve(in, out);
        } catch (IOException e) {
            // the parent went away mid-frame: nothing left to answer
        }
        Runtime.getRuntime().halt(0);
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
            return new TaskReply(index, 0, System.nanoTime() - start,
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
