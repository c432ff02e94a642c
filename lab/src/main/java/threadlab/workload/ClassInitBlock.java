package threadlab.workload;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;

/**
 * Runs an action inside a class initialiser ({@code <clinit>}) of a class of its own, defined
 * afresh for each call as a hidden class from the bytes of {@link InitialiserBody}, so that every
 * call really initialises a class. A virtual thread that blocks there cannot unmount on any JDK
 * so far (JDK 21 to 25): the class initialiser's frame pins it to its carrier.
 */
public final class ClassInitBlock {

    /** What blocks inside the initialiser. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private static final byte[] BODY = bytesOf(InitialiserBody.class);
    private static final ThreadLocal<Action> PENDING = new ThreadLocal<>();
    private static final ThreadLocal<Exception> FAILURE = new ThreadLocal<>();

    private ClassInitBlock() {}

    /**
     * Runs {@code action} on this thread, inside the initialiser of a new class.
     *
     * @throws Exception what the action threw
     */
    public static void run(Action action) throws Exception {
        PENDING.set(action);
        try {
            MethodHandles.lookup().defineHiddenClass(BODY, true);
        } finally {
            PENDING.remove();
        }
        Exception failure = FAILURE.get();
        if (failure != null) {
            FAILURE.remove();
            throw failure;
        }
    }

    /** Called by {@link InitialiserBody}'s initialiser: runs this thread's pending action. */
    static void runPending() {
        Action action = PENDING.get();
        if (action == null) {
            return;
        }
        try {
            action.run();
        } catch (Exception e) {
            FAILURE.set(e);
        }
    }

    private static byte[] bytesOf(Class<?> c) {
        String resource = c.getName().substring(c.getPackageName().length() + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("class file not found: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
