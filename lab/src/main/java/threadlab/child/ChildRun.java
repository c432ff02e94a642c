package threadlab.child;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import threadlab.measure.ChildProcesses;

/**
 * A child JVM that runs a {@link ChildKind} and answers in lines of text on its stdout (JSON
 * lines, say), read by the parent as they come and never waited for past a deadline. Started from
 * an argument list built by {@link ChildJvm}, never through a shell; its stderr is drained and its
 * last lines kept for the error report. {@link #close()} kills it if it is still running; the
 * child, for its part, dies with its parent ({@link ParentWatch}, started by {@link ChildMain}).
 */
public final class ChildRun implements AutoCloseable {

    /** Stands for the end of stdout in the line queue. */
    private static final Optional<String> END = Optional.empty();

    private final Process process;
    private final StderrTail stderr;
    private final LinkedBlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private boolean ended;

    private ChildRun(Process process) {
        this.process = process;
        this.stderr = new StderrTail(process.getErrorStream(), "child-stderr-" + process.pid());
        Thread.ofPlatform().daemon().name("child-stdout-" + process.pid()).start(this::readLines);
    }

    /**
     * Starts child kind {@code kind} with {@code args} in a child JVM with {@code jvm}'s flags.
     *
     * @throws IOException if the JVM cannot be started
     */
    public static ChildRun start(ChildJvm jvm, String kind, List<String> args) throws IOException {
        Process process = new ProcessBuilder(jvm.kindCommand(List.of(), kind, args))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        ChildProcesses.started();
        return new ChildRun(process);
    }

    private void readLines() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(Optional.of(line));
            }
        } catch (IOException e) {
            // the child is gone: the end marker follows
        } finally {
            lines.add(END);
        }
    }

    /**
     * The next line the child wrote, or null once its stdout has ended.
     *
     * @throws TimeoutException if no line came before {@code deadlineNanos} ({@link System#nanoTime})
     * @throws InterruptedException if interrupted while waiting
     */
    public String nextLine(long deadlineNanos) throws TimeoutException, InterruptedException {
        if (ended) {
            return null;
        }
        Optional<String> line = lines.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null) {
            throw new TimeoutException("no answer from the child JVM in time");
        }
        if (line.isEmpty()) {
            ended = true;
            return null;
        }
        return line.get();
    }

    public long pid() {
        return process.pid();
    }

    /** How the child ended (or that it has not), and its last stderr lines: for an error report. */
    public String ending() {
        String how;
        try {
            how = process.waitFor(ChildExit.EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)
                    ? "exit code " + process.exitValue()
                    : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            how = "state unknown";
        }
        String last = stderr.last(5);
        return how + (last.isEmpty() ? "" : "; last stderr: " + last);
    }

    /** Waits for the child to exit, killing it if it does not within a few seconds. */
    @Override
    public void close() {
        ChildExit.closeStdinAndAwait(process, stderr);
    }

    /** Ends the child at once (SIGKILL on Unix). */
    public void kill() {
        process.destroyForcibly();
    }
}
