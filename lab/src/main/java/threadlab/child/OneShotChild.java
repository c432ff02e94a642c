package threadlab.child;

import java.io.IOException;

/** One task in a child JVM of its own: start it, send the task, read the answer, let it exit. */
public final class OneShotChild {

    /** The task's checksum, or its error (the child's, or why the child could not run it). */
    public record Result(long checksum, String error) {}

    private OneShotChild() {}

    /** Runs task {@code index} of {@code spec} in a new child JVM; never throws. */
    public static Result run(ChildJvm jvm, String spec, int index) {
        try (Worker worker = Worker.start(jvm.workerCommand())) {
            TaskReply reply = worker.run(spec, new int[] {index}, 0, 1)[0];
            return new Result(reply.checksum(), reply.error());
        } catch (IOException e) {
            return new Result(0, "cannot start a child JVM: " + e.getMessage());
        } catch (WorkerDiedException e) {
            return new Result(0, e.getMessage());
        }
    }
}
