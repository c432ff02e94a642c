package threadlab.child;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import threadlab.ipc.Channel;
import threadlab.ipc.ChannelListener;
import threadlab.ipc.Connection;
import threadlab.ipc.IpcFolder;
import threadlab.measure.ChildProcesses;

/**
 * One child JVM seen from the parent: started from an argument list, spoken to in {@link Frames}
 * over a {@link Channel} (its stdin and stdout, or a mapped file, or a socket), its stderr drained
 * by a {@link StderrTail}. Whatever the channel, closing the worker closes its stdin, on which it
 * exits. Not thread-safe: one
 * thread at a time sends a batch and reads its reply.
 */
final class Worker implements AutoCloseable {

    /** How long a worker whose pipe broke may take to finish exiting, before it is killed. */
    private static final long DYING_WAIT_MILLIS = 2_000;

    private final Process process;
    private final StderrTail stderr;
    private Connection connection;
    private java.nio.file.Path mappedFile;
    private DataOutputStream out;
    private DataInputStream in;
    private String workload;
    private boolean closed;

    private Worker(Process process) {
        this.process = process;
        this.stderr = new StderrTail(process.getErrorStream(), "worker-stderr-" + process.pid());
    }

    private void connect(Connection c) {
        this.connection = c;
        this.out = new DataOutputStream(new BufferedOutputStream(c.out(), 1 << 16));
        this.in = new DataInputStream(new BufferedInputStream(c.in(), 1 << 16));
    }

    /**
     * Starts a worker spoken to over its stdin and stdout, and waits until it says it is ready.
     *
     * @throws IOException if the JVM cannot be started
     * @throws WorkerDiedException if it ended before it was ready
     */
    static Worker start(List<String> command) throws IOException, WorkerDiedException {
        return start(command, Channel.PIPE, null, "worker", null, 0);
    }

    /**
     * Starts a worker spoken to over {@code channel} (its files in {@code folder}, named after
     * {@code name}; pipes need none), waits until it says it is ready, then runs the initializer's
     * tasks in it. For any channel but pipes the command gets {@code channel address} appended.
     *
     * @throws IOException if the JVM cannot be started or the channel cannot be prepared
     * @throws WorkerDiedException if it ended before it was ready or in its initializer
     */
    static Worker start(
            List<String> command,
            Channel channel,
            IpcFolder folder,
            String name,
            String initializerSpec,
            int initializerTasks)
            throws IOException, WorkerDiedException {
        long t0 = System.nanoTime();
        Worker worker;
        try (ChannelListener listener = ChannelListener.open(channel, folder, name)) {
            List<String> full = new ArrayList<>(command);
            if (channel != Channel.PIPE) {
                full.add(channel.label());
                full.add(listener.address());
            }
            worker = new Worker(new ProcessBuilder(full).start());
            worker.mappedFile = listener.mappedFile();
            try {
                worker.connect(listener.accept(worker.process));
            } catch (IOException e) {
                throw worker.died("before it connected (" + e.getMessage() + ")");
            }
        }
        try {
            int type = Frames.readType(worker.in);
            if (type != Frames.HELLO) {
                throw worker.died("before it was ready");
            }
            worker.in.readLong();
        } catch (IOException e) {
            throw worker.died("before it was ready");
        }
        ChildProcesses.recordStart(System.nanoTime() - t0);
        if (initializerSpec != null && initializerTasks > 0) {
            try {
                Frames.writeInitializer(worker.out, initializerSpec, initializerTasks);
                worker.out.flush();
                if (Frames.readType(worker.in) != Frames.RESULTS) {
                    throw worker.died("in its initializer");
                }
                Frames.readResults(worker.in);
            } catch (IOException e) {
                throw worker.died("in its initializer");
            }
        }
        return worker;
    }

    /**
     * Runs tasks {@code indexes[from..to)} of {@code spec} in the worker and returns its replies.
     *
     * @throws WorkerDiedException if the worker ended before replying (its exit code and last
     *     stderr lines are in the message)
     */
    TaskReply[] run(String spec, int[] indexes, int from, int to) throws WorkerDiedException {
        try {
            if (!spec.equals(workload)) {
                Frames.writeWorkload(out, spec);
                workload = spec;
            }
            Frames.writeTasks(out, indexes, from, to);
            out.flush();
            if (Frames.readType(in) != Frames.RESULTS) {
                throw died("while running a task");
            }
            return Frames.readResults(in);
        } catch (IOException e) {
            throw died("while running a task");
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the worker at once (SIGKILL on Unix). */
    void kill() {
        process.destroyForcibly();
    }

    /** An exception that says how the worker ended: exit code or signal, and its last words. */
    WorkerDiedException died(String when) {
        String how;
        try {
            if (!process.waitFor(DYING_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                kill();
            }
            if (process.waitFor(ChildExit.EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                int code = process.exitValue();
                how = code > 128 && code < 160 && !isWindows()
                        ? "killed by signal " + (code - 128) + signalName(code - 128) + " (exit " + code + ")"
                        : "exit code " + code;
            } else {
                how = "did not exit";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            how = "unknown exit";
        }
        String last = stderr.last(3);
        return new WorkerDiedException("worker pid " + process.pid() + " died " + when + ": " + how
                + (last.isEmpty() ? "" : "; last stderr: " + last));
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> " SIGKILL";
            case 15 -> " SIGTERM";
            case 11 -> " SIGSEGV";
            case 6 -> " SIGABRT";
            default -> "";
        };
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    /**
     * Lets the worker finish: records its CPU time, closes its channel and its stdin (it exits on end of input)
     * and waits for it, killing it if it does not go.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (process.isAlive()) {
            ChildProcesses.addCpu(ChildProcesses.cpuOf(process.toHandle()));
        }
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // already gone
        }
        ChildExit.closeStdinAndAwait(process, stderr);
        try {
            if (in != null) {
                in.close();
            }
            if (connection != null) {
                connection.close();
            }
            if (mappedFile != null) {
                java.nio.file.Files.deleteIfExists(mappedFile);
            }
        } catch (IOException e) {
            // nothing left to read, or the folder is gone already
        }
    }
}
