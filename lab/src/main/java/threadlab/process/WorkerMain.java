package threadlab.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * The child JVM: reads frames from stdin, runs each task on its main thread, writes the replies
 * to stdout (see {@link Frames}). Anything the workload prints goes to stderr, so stdout carries
 * frames only.
 *
 * <p>It ends when its stdin closes, and, while a long task runs and stdin is not being read, a
 * watchdog thread ends it within {@value #WATCHDOG_MILLIS} ms of its parent's death, however the
 * parent died.
 */
public final class WorkerMain {

    /** Set in every worker JVM; tasks that only make sense in a child (crashing it) check it. */
    public static final String WORKER_PROPERTY = "threadlab.worker";

    static final long WATCHDOG_MILLIS = 100;

    private Workload workload;
    private String workloadError = "no workload was sent before the tasks";

    private WorkerMain() {}

    /** {@code args[0]}: the parent's pid. */
    public static void main(String[] args) throws IOException {
        long parentPid = Long.parseLong(args[0]);
        var in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        var out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        ParentWatchdog.start(parentPid, WATCHDOG_MILLIS);
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
