package threadlab.stress.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SortedSet;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;

/**
 * One run of jcstress, in this JVM, over the tests in this JVM's {@code META-INF/TestList}.
 * jcstress forks a fresh JVM (this JVM's {@code java}, this JVM's class path) for every test and
 * configuration, prints its console report, and renders its HTML report into {@code out}.
 *
 * @param tests the tests the run was asked to run, sorted
 * @param blob  where the result blob ended up ({@code out/jcstress-results-*.bin.gz}); it does
 *              not exist if jcstress wrote none
 * @param jcstressFailures jcstress's own list of failed tests, or null if it reported none
 */
public record SuiteRun(SortedSet<String> tests, Path blob, String jcstressFailures) {

    /**
     * Runs jcstress with {@code options}. jcstress writes its result blob into the working
     * directory; it is moved into {@code options.out()} afterwards, so the run folder holds all of
     * the run's output and the working directory none.
     *
     * <p>After its reports, jcstress throws an {@link AssertionError} listing the tests that
     * failed or erred; it is kept as {@link #jcstressFailures()}, not thrown, so that the gate
     * can grade and summarize the run either way.
     *
     * @throws IllegalArgumentException if jcstress rejects the options
     * @throws Exception                whatever jcstress itself throws
     */
    public static SuiteRun run(GateOptions options) throws Exception {
        List<String> args = options.jcstressArgs();
        Options jcstressOptions = new Options(args.toArray(String[]::new));
        if (!jcstressOptions.parse()) {
            throw new IllegalArgumentException("jcstress rejected its options " + args);
        }
        Files.createDirectories(options.out());
        JCStress jcstress = new JCStress(jcstressOptions);
        SortedSet<String> tests = jcstress.getTests();
        Path written = Path.of(jcstressOptions.getResultFile());
        Path blob = options.out().resolve(written.getFileName());
        String failures = null;
        try {
            jcstress.run();
        } catch (AssertionError e) {
            failures = e.getMessage();
        } finally {
            moveIfPresent(written, blob);
        }
        return new SuiteRun(tests, blob, failures);
    }

    private static void moveIfPresent(Path from, Path to) throws IOException {
        if (Files.exists(from) && !from.toAbsolutePath().equals(to.toAbsolutePath())) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
