package threadlab.child;

import java.util.ArrayList;
import java.util.List;
import threadlab.workload.DisposableJvm;

/**
 * How the lab starts a child JVM: the {@code java} executable of the JDK children run on
 * ({@link ChildJava}: this JVM's own unless {@code run --jdk} chose another) and this JVM's class
 * path, as an argument list (never through a shell), with flags chosen for a fast start, running a
 * {@link ChildKind} through {@link ChildMain} ({@link #kindCommand}).
 *
 * <p>The flags, and why (start-to-ready of a worker, measured by the {@code startup-cost}
 * experiment; figures in the README):
 * <ul>
 *   <li>{@code -XX:+UseSerialGC}: one GC thread instead of a pool sized to the machine, and less
 *       to set up; a worker's heap is small.</li>
 *   <li>{@code -XX:-UsePerfData}: no shared-memory performance-counter file to create per JVM.</li>
 *   <li>{@code -XX:TieredStopAtLevel=1} is not used: it starts faster but runs CPU work slower.</li>
 *   <li>{@code -XX:+ExitOnOutOfMemoryError}: a worker that ran out of memory exits and is replaced,
 *       rather than limping on in an unknown state.</li>
 *   <li>a class-data cache ({@link StartupCache}): classes pre-parsed (and, on JDK 25+, linked) from
 *       a file made once per JDK and class path.</li>
 * </ul>
 */
public final class ChildJvm {

    /**
     * Always given: stdout carries protocol frames, so the JVM's own messages (unified-logging
     * warnings, "Terminating due to java.lang.OutOfMemoryError") must go to stderr instead.
     */
    static final List<String> PROTOCOL_FLAGS =
            List.of("-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr");

    static final List<String> FAST_START_FLAGS =
            List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+ExitOnOutOfMemoryError");

    private final List<String> flags;

    private ChildJvm(List<String> flags) {
        this.flags = List.copyOf(flags);
    }

    /** Fast-start flags and the startup cache where one can be made: what the process modes use. */
    public static ChildJvm standard() {
        List<String> flags = new ArrayList<>(FAST_START_FLAGS);
        flags.addAll(StartupCache.useFlags());
        return new ChildJvm(flags);
    }

    /** Fast-start flags, no cache. */
    public static ChildJvm withoutCache() {
        return new ChildJvm(FAST_START_FLAGS);
    }

    /** No flags at all: a plain {@code java -cp ... Main}, the baseline of start costs. */
    public static ChildJvm bare() {
        return new ChildJvm(List.of());
    }

    /** With more JVM flags (an experiment that needs, say, one carrier thread). */
    public ChildJvm plus(List<String> more) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(more);
        return new ChildJvm(all);
    }

    /** The command that starts a process-pool worker ({@link WorkerKind}) serving this JVM. */
    List<String> workerCommand() {
        return kindCommand(List.of("-D" + DisposableJvm.PROPERTY + "=true"), WorkerKind.NAME, List.of());
    }

    /**
     * The command that runs child kind {@code kind} for this JVM: {@code java [flags] [extra] -cp
     * CLASSPATH threadlab.child.ChildMain KIND THIS_PID args...} ({@link ChildMain}). Its stdout is
     * free for a protocol: the JVM's own messages go to stderr.
     */
    public List<String> kindCommand(List<String> extraFlags, String kind, List<String> args) {
        List<String> all = new ArrayList<>(
                List.of(kind, Long.toString(ProcessHandle.current().pid())));
        all.addAll(args);
        return command(extraFlags, ChildMain.class.getName(), all.toArray(String[]::new));
    }

    /** {@code java [protocol flags] [flags] [extra] -cp CLASSPATH mainClass args...}. */
    public List<String> command(List<String> extraFlags, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(PROTOCOL_FLAGS);
        command.addAll(flags);
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java -cp CLASSPATH mainClass}, nothing else: the baseline start. */
    public List<String> bareCommand(String mainClass) {
        return List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"), mainClass);
    }

    public List<String> flags() {
        return flags;
    }

    /** The launcher of the JDK children run on ({@link ChildJava#current()}): {@code bin/java} (or {@code java.exe}). */
    static String javaExecutable() {
        return ChildJava.current().java();
    }
}
