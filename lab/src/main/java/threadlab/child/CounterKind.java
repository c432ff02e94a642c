package threadlab.child;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import threadlab.ipc.SharedCounterFile;

/**
 * {@code counter}, a child JVM of {@code shared-memory-counter}: attaches to its parent's
 * {@link SharedCounterFile} and serves round after round of increments until its stdin closes or
 * its parent dies.
 *
 * <p>Arguments: mapped file, child index.
 */
public final class CounterKind implements ChildKind {

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public int run(long parentPid, List<String> args) throws IOException {
        int index = Integer.parseInt(args.get(1));
        ProcessHandle parent = ProcessHandle.of(parentPid).orElseThrow(() -> new IOException("parent is gone"));
        SharedCounterFile file = SharedCounterFile.open(Path.of(args.get(0)), parentPid);
        file.attach();
        try {
            for (long round = 1; ; round++) {
                file.serve(round, index, parent::isAlive);
            }
        } catch (EOFException e) {
            Runtime.getRuntime().halt(0);
        }
        return 0;
    }
}
