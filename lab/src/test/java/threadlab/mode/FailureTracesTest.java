package threadlab.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * The debuggability argument, shown: the same round trip fails (its server's port is closed) as
 * blocking code on a virtual thread and as a callback chain. The blocking failure's stack trace
 * runs through the task that made the call and the mode that ran it; the callback's starts in an
 * I/O thread's event loop, with no frame of the task that asked for the connection. Both traces
 * are written to {@code target/failure-traces.txt} for the README.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class FailureTracesTest {

    @Test
    void aBlockingFailureNamesItsCallerAndACallbackFailureDoesNot() throws Exception {
        Throwable blocking = failureIn("virtual");
        Throwable callback = failureIn("async");

        assertThat(blocking).isInstanceOf(ConnectException.class);
        assertThat(callback).isInstanceOf(ConnectException.class);
        assertThat(frames(blocking))
                .contains("threadlab.workload.SocketWorkload.runTask", "threadlab.measure.TaskProbe.run")
                .anyMatch(frame -> frame.startsWith("threadlab.mode.VirtualPerTask.lambda$run"));
        assertThat(frames(callback)).noneMatch(frame -> frame.startsWith("threadlab."));

        Path out = Path.of("target", "failure-traces.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out, "== virtual (blocking)\n" + trace(blocking) + "\n== async (callbacks)\n" + trace(callback));
    }

    /** The failure of one socket task, in a mode, against a server that has gone. */
    private static Throwable failureIn(String mode) throws InterruptedException {
        var failure = new AtomicReference<Throwable>();
        TaskProbe probe = new TaskProbe(new TaskProbe.Listener() {
            @Override
            public void taskEnded(int index, long checksum, long latencyNanos, Throwable error) {
                failure.set(error);
            }
        });
        Workload socket = threadlab.workload.RefusingSocket.create(
                "socket:latencyMs=1,bytes=64"); // the server is gone: its port is closed
        Modes.parse(mode).run(socket, 1, probe);
        assertThat(probe.failed()).isEqualTo(1);
        return failure.get();
    }

    private static java.util.List<String> frames(Throwable t) {
        return Arrays.stream(t.getStackTrace())
                .map(f -> f.getClassName() + "." + f.getMethodName())
                .toList();
    }

    private static String trace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
