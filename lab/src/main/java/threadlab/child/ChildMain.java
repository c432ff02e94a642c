package threadlab.child;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The one main class of every child JVM the lab starts: {@code ChildMain KIND PARENT_PID args...}.
 * It finds the {@link ChildKind} named {@code KIND} through {@link ServiceLoader} (the worker
 * directly: see {@link #find}), starts the {@link ParentWatch} (so no child outlives the JVM that
 * started it, whatever the kind), moves {@code System.out} to stderr (stdout is kept for protocols:
 * a kind that speaks on it writes to {@link java.io.FileDescriptor#out}), runs the kind and exits
 * with its code.
 *
 * <p>Exit codes: the kind's own; 2 for an unknown kind or bad arguments (one line on stderr,
 * naming the known kinds), 1 when the kind threw. {@link ChildJvm#kindCommand} builds the command.
 */
public final class ChildMain {

    private ChildMain() {}

    public static void main(String[] args) {
        System.setOut(System.err);
        System.exit(run(args));
    }

    /** Runs {@code args} as {@link #main} does and returns the exit code. */
    static int run(String[] args) {
        if (args.length < 2) {
            System.err.println(
                    "usage: ChildMain KIND PARENT_PID [ARGS...]; kinds: " + String.join(", ", kinds().keySet()));
            return 2;
        }
        ChildKind kind = find(args[0]);
        if (kind == null) {
            System.err.println("unknown child kind '" + args[0] + "'; kinds: " + String.join(", ", kinds().keySet()));
            return 2;
        }
        long parentPid;
        try {
            parentPid = Long.parseLong(args[1]);
        } catch (NumberFormatException e) {
            System.err.println(kind.name() + ": PARENT_PID must be a pid, not '" + args[1] + "'");
            return 2;
        }
        List<String> rest = List.of(args).subList(2, args.length);
        try {
            ParentWatch.start(parentPid, kind.exitsWhenStdinCloses(rest));
            return kind.run(parentPid, rest);
        } catch (IllegalArgumentException e) {
            System.err.println(kind.name() + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println(kind.name() + " failed: " + e);
            return 1;
        }
    }

    /**
     * The kind named {@code name}, or null: the first of that name in the services files, except the
     * worker, which is made directly.
     *
     * <p>Why the worker skips the look-up: it is the child the lab starts most often (one per task
     * in {@code process-per-task}) and its start is what the {@code startup-cost} lesson measures.
     * A worker's start-to-exit, median of 30 interleaved runs each with its startup cache (a 2-core
     * AMD EPYC VM, Linux, JDK 25.0.3, load average 4-9): its own main, before kinds, 60.0 ms; made
     * here directly, 62.1 ms; found through {@link ServiceLoader} (reading the services files,
     * constructing by reflection), 100.5 ms. It is still listed in the services file, so
     * {@link #kinds()} knows it.
     */
    static ChildKind find(String name) {
        if (WorkerKind.NAME.equals(name)) {
            return new WorkerKind();
        }
        for (ChildKind kind : ServiceLoader.load(ChildKind.class)) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Every kind on the class path, by name.
     *
     * @throws IllegalStateException if two kinds have the same name
     */
    public static Map<String, ChildKind> kinds() {
        Map<String, ChildKind> byName = new TreeMap<>();
        for (ChildKind kind : ServiceLoader.load(ChildKind.class)) {
            ChildKind other = byName.putIfAbsent(kind.name(), kind);
            if (other != null) {
                throw new IllegalStateException("two child kinds named '" + kind.name() + "': "
                        + other.getClass().getName() + " and " + kind.getClass().getName());
            }
        }
        return byName;
    }
}
