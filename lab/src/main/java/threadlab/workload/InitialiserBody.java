package threadlab.workload;

/**
 * A class whose initialiser runs the calling thread's pending {@link ClassInitBlock} action. It
 * is never used by name: its bytes are defined again as a new hidden class for each call.
 */
final class InitialiserBody {

    static {
        ClassInitBlock.runPending();
    }

    private InitialiserBody() {}
}
