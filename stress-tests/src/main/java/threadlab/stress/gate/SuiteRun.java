package threadlab.stress.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;

/**
 * One run of jcstress over the tests in {@code META-INF/TestList} of this class path, in a child
 * JVM of its own. jcstress keeps the JVM configurations it detects and the flags it probes in
 * static state that a second run in the same JVM would add to, so each configuration the gate
 * runs gets a fresh JVM. That JVM forks a fresh JVM per test and configuration, prints
 * jcstress's console report (to this JVM's output) and renders its HTML report.
 *
 * @param tests the tests the run was asked to run, sorted
 * @param blob  where the result blob ended up ({@code reports/jcstress-results-*.bin.gz}); it
 *              does not exist if jcstress wrote none
 * @param jcstressFailures what jcstress said of failed tests, or null if it reported none
 */
public record SuiteRun(SortedSet<String> tests, Path blob, String jcstressFailures) {

    /**
     * Runs jcstress with the command line {@code args}, whose {@code -r} folder is {@code reports},
     * in a child JVM (this JVM's {@code java} and class path, started from an argument list). The
     * child ends when this JVM ends, killed or not: a shutdown hook destroys it, and the child
     * halts when it sees its parent gone.
     *
     * @throws IllegalArgumentException if jcstress rejects the options
     * @throws IOException              if the child cannot be started
     * @throws InterruptedException     if interrupted while waiting for it
     */
    public static SuiteRun run(List<String> args, Path reports) throws IOException, InterruptedException {
        SortedSet<String> tests = new JCStress(parse(args)).getTests();
        Files.createDirectories(reports);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SuiteRun.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(child::destroyForcibly, "stop-jcstress");
        Runtime.getRuntime().addShutdownHook(stop);
        int status;
        try {
            status = child.waitFor();
        } finally {
            child.destroyForcibly();
            Runtime.getRuntime().removeShutdownHook(stop);
        }
        Path blob = blobIn(reports);
        return new SuiteRun(tests, blob, status == 0 ? null : "jcstress exited with status " + status);
    }

    /**
     * The child's side: runs jcstress in this JVM and moves its result blob from the working
     * directory into the {@code -r} folder. Exit status 0 if jcstress reported no failure, 1 if
     * it did (it throws an {@link AssertionError} listing them after its reports), 2 if it
     * rejected its options.
     */
    public static void main(String[] args) throws Exception {
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        Options options;
        try {
            options = parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path written = Path.of(options.getResultFile());
        Path blob = Path.of(options.getResultDest()).resolve(written.getFileName());
        int status = 0;
        try {
            new JCStress(options).run();
        } catch (AssertionError e) {
            System.err.println(e.getMessage());
            status = 1;
        } finally {
            if (Files.exists(written) && !written.toAbsolutePath().equals(blob.toAbsolutePath())) {
                Files.move(written, blob, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.exit(status);
    }

    private static Options parse(List<String> args) {
        Options options = new Options(args.toArray(String[]::new));
        try {
            if (!options.parse()) {
                throw new IllegalArgumentException("jcstress rejected its options " + args);
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("jcstress rejected its options " + args + ": " + e.getMessage(), e);
        }
        return options;
    }

    /** The newest result blob in {@code reports}, or a path that does not exist if there is none. */
    private static Path blobIn(Path reports) throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(f -> f.getFileName().toString().matches("jcstress-results-.*\\.bin\\.gz"))
                    .max((a, b) -> a.getFileName().compareTo(b.getFileName()))
                    .orElse(reports.resolve("jcstress-results-none.bin.gz"));
        }
    }
}
