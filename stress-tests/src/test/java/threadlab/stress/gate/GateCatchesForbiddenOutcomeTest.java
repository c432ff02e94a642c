package threadlab.stress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real gate, as {@code mvn verify} does (a child JVM, jcstress forking a JVM per test),
 * on the test-only {@code GateFixture_01_Increment}: its unlocked variant must fail the gate with
 * an observed forbidden outcome, its synchronized twin must pass.
 *
 * <p>On this test class path {@code META-INF/TestList} is the one generated from the test
 * sources, so the child jcstress sees the fixture only.
 */
class GateCatchesForbiddenOutcomeTest {

    private static final String UNLOCKED = "threadlab.stress.fixture.GateFixture_01_Increment.Unlocked";
    private static final String SYNCHRONIZED = "threadlab.stress.fixture.GateFixture_01_Increment.Synchronized";

    @Test
    void aForbiddenOutcomeFailsTheGateWhileItsSoundTwinPasses(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("jcstress");
        Path log = dir.resolve("gate.log");

        int exit = GateProcess.run(
                GateProcess.testClassPath(), dir, log, "--out", out.toString(), "--tests", "GateFixture_01_Increment");

        assertThat(exit)
                .as("gate exit status; its output:%n%s", Files.readString(log))
                .isEqualTo(1);
        Summary summary = Summary.read(out.resolve(Summary.FILE));
        assertThat(summary.schema()).isEqualTo(Summary.SCHEMA);
        assertThat(summary.mode()).isEqualTo("quick");
        assertThat(summary.tests()).extracting(TestSummary::test).containsExactly(SYNCHRONIZED, UNLOCKED);

        TestSummary unlocked = find(summary, UNLOCKED);
        assertThat(unlocked.verdict()).isEqualTo(TestSummary.FAILED);
        assertThat(unlocked.family()).isEqualTo("GateFixture");
        assertThat(unlocked.outcomes())
                .filteredOn(o -> o.outcome().equals("1"))
                .singleElement()
                .satisfies(lost -> {
                    assertThat(lost.expect()).isEqualTo("FORBIDDEN");
                    assertThat(lost.samples()).isPositive();
                    assertThat(lost.desc()).isEqualTo("lost update: the lock is missing");
                });

        TestSummary locked = find(summary, SYNCHRONIZED);
        assertThat(locked.verdict()).isEqualTo(TestSummary.OK);
        assertThat(locked.totalSamples()).isPositive();

        assertThat(Files.readString(log)).contains("FAILED: " + UNLOCKED);
        assertThat(blobsIn(out)).hasSize(1);
        assertThat(blobsIn(dir)).as("result blob left in the working directory").isEmpty();
    }

    private static TestSummary find(Summary summary, String test) {
        return summary.tests().stream()
                .filter(t -> t.test().equals(test))
                .findFirst()
                .orElseThrow();
    }

    private static List<Path> blobsIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin.gz"))
                    .toList();
        }
    }
}
