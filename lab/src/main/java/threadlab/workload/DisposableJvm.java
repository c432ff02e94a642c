package threadlab.workload;

/**
 * Whether this JVM is a disposable one (a process-pool worker, replaced when it dies), so that a
 * task which breaks the JVM it runs in may run here. The JVMs that start workers set
 * {@value #PROPERTY} to true on their command line.
 */
public final class DisposableJvm {

    /** Set to true in every worker JVM. */
    public static final String PROPERTY = "threadlab.worker";

    private DisposableJvm() {}

    /** True in a worker JVM, false in the lab itself. */
    public static boolean here() {
        return Boolean.getBoolean(PROPERTY);
    }
}
