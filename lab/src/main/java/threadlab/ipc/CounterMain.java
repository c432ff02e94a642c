package threadlab.ipc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A child JVM of {@code shared-memory-counter}: attaches to its parent's {@link SharedCounterFile}
 * and serves round after round of increments until its stdin closes or its parent dies.
 *
 * <p>Arguments: mapped file, parent pid, child index.
 */
public final class CounterMain {

    private CounterMain() {}

    public static void main(String[] args) throws IOException {
        long parentPid = Long.parseLong(args[1]);
        int index = Integer.parseInt(args[2]);
        ParentWatch.start(parentPid, false);
        ProcessHandle parent = ProcessHandle.of(parentPid).orElseThrow(() -> new IOException("parent is gone"));
        SharedCounterFile file = SharedCounterFile.open(Path.of(args[0]), parentPid);
        file.attach();
        try {
            for (long round = 1; ; round++) {
                file.serve(round, index, parent::isAlive);
            }
        } catch (EOFException e) {
            Runtime.getRuntime().halt(0);
        }
    }
}
