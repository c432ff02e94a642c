package threadlab.child;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Drains a child's stderr on its own thread for as long as the child lives, keeping only the last
 * {@value #KEPT_LINES} lines for error reports: a chatty child can never fill the pipe and block.
 */
public final class StderrTail {

    static final int KEPT_LINES = 20;

    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private final Thread drainer;

    public StderrTail(InputStream stderr, String name) {
        this.drainer = Thread.ofPlatform().daemon().name(name).start(() -> drain(stderr));
    }

    private void drain(InputStream stderr) {
        try (var reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (lines) {
                    if (lines.size() == KEPT_LINES) {
                        lines.removeFirst();
                    }
                    lines.addLast(line.length() > 500 ? line.substring(0, 500) + "..." : line);
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    /** Waits (briefly) for the child's last words, then returns them joined by " | ". */
    public String last(int count) {
        try {
            drainer.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lines) {
            return String.join(
                    " | ",
                    lines.stream().skip(Math.max(0, lines.size() - count)).toList());
        }
    }

    public void awaitEnd() throws InterruptedException {
        drainer.join(2_000);
    }
}
