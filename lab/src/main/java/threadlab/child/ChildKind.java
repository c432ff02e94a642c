package threadlab.child;

import java.util.List;

/**
 * One kind of child JVM the lab starts: what {@link ChildMain} runs when its first argument is
 * {@link #name()}. Kinds are found with {@link java.util.ServiceLoader}: each is listed, one class
 * name a line, in {@code META-INF/services/threadlab.child.ChildKind} (lab's resources, kept in the
 * shaded {@code lab.jar}), so a lesson adds a kind in its own package without touching this one.
 *
 * <p>A kind needs a public no-argument constructor. {@link ChildMain} sends {@code System.out} to
 * stderr before {@link #run}, so that stdout carries only what a kind writes there on purpose
 * (through {@link java.io.FileDescriptor#out}): its protocol.
 */
public interface ChildKind {

    /** The name given on the command line: lower case words joined by '-', unique among kinds. */
    String name();

    /**
     * Runs in the child JVM, on its main thread; {@link ChildMain} already watches the parent and
     * exits the JVM with the returned code once this returns.
     *
     * @param parentPid the pid of the JVM that started this one
     * @param args the arguments after {@code KIND PARENT_PID}
     * @return the exit code: 0 done, 1 failed, 2 bad arguments
     * @throws IllegalArgumentException for bad arguments (a one-line error, exit code 2)
     * @throws Exception anything else that stops the kind (a one-line error, exit code 1)
     */
    int run(long parentPid, List<String> args) throws Exception;

    /**
     * Whether the JVM ends as soon as its stdin ends (the parent closed it, or died and the OS
     * closed it). True unless stdin is the kind's own channel (then the channel's end of input ends
     * the kind), or the kind must finish its work and exit on its own.
     */
    default boolean exitsWhenStdinCloses(List<String> args) {
        return true;
    }
}
