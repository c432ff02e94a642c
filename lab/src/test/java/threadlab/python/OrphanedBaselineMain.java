package threadlab.python;

import java.nio.file.Path;
import java.util.List;

/**
 * A parent for {@link BaselineDiesWithParentTest}: starts the Python baseline's full profile
 * (the first python found on PATH, given as {@code args[0]}), prints its pid and the script's
 * folder on one line, then waits to be killed. {@code args[1]}: the results file the script writes.
 */
public final class OrphanedBaselineMain {

    public static void main(String[] args) throws Exception {
        BaselineScript script = BaselineScript.extract();
        Process python = new ProcessBuilder(List.of(args[0], script.file().toString(), "--out", Path.of(args[1]).toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        System.out.println("python " + python.pid() + " " + script.file().getParent());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
