package threadlab.child;

/** A worker process ended while the parent waited for it: crashed, killed, or exited. */
public final class WorkerDiedException extends Exception {
    public WorkerDiedException(String message) {
        super(message);
    }
}
