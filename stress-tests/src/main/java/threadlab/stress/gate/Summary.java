package threadlab.stress.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code jcstress/summary.json} in the run folder: the graded outcomes of one gate run, for the
 * report to read. Written atomically (temporary file, then one rename).
 *
 * @param schema always {@link #SCHEMA}
 * @param mode   {@code quick} or {@code full}
 * @param jdk    the version of the JDK the tests ran on, e.g. {@code 25.0.3}
 * @param cores  the processors the JVM saw
 * @param configurations the JVM configurations the tests ran on, as {@link JvmConfiguration#describe}
 *               (in full mode, the one line "jcstress default: every configuration it detects")
 * @param tests  one entry per test, sorted by name; each test's outcomes are added up over
 *               every configuration that ran it
 */
public record Summary(
        String schema, String mode, String jdk, int cores, List<String> configurations, List<TestSummary> tests) {

    public static final String SCHEMA = "threadlab.jcstress/1";
    public static final String FILE = "summary.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A summary of {@code tests} run in {@code mode} on {@code configurations} of this JVM. */
    public static Summary of(String mode, List<String> configurations, List<TestSummary> tests) {
        return new Summary(
                SCHEMA,
                mode,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                List.copyOf(configurations),
                List.copyOf(tests));
    }

    public boolean passed() {
        return !tests.isEmpty() && tests.stream().allMatch(TestSummary::passed);
    }

    /** Writes {@code dir/summary.json}, replacing any older one in a single rename. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(FILE);
        Path temp = Files.createTempFile(dir, "." + FILE, ".tmp");
        try {
            JSON.writeValue(temp.toFile(), this);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** Reads a summary written by {@link #write}. */
    public static Summary read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Summary.class);
    }
}
