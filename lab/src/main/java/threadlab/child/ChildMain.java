package threadlab.child;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The one main class of every child JVM the lab starts: {@code ChildMain KIND PARENT_PID args...}.
 * It finds the {@link ChildKind} named {@code KIND} through {@link ServiceLoader}, starts the
 * {@link ParentWatch} (so no child outlives the JVM that started it, whatever the kind), moves
 * {@code System.out} to stderr (stdout is kept for protocols: a kind that speaks on it writes to
 * {@link java.io.FileDescriptor#out}), runs the kind and exits with its code.
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
            System.err.println("usage: ChildMain KIND PARENT_PID [ARGS...]; kinds: " + String.join(", ", kinds().keySet()));
            return 2;
        }
        ChildKind kind = kinds().get(args[0]);
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
