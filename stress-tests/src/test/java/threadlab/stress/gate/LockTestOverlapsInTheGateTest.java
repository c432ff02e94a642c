package threadlab.stress.gate;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The power of {@code VirtualThread_03_LockMutualExclusion}: its FORBIDDEN rows (a lock that let
 * both threads in) mean something only if the two threads really ran at the same time. Its
 * unguarded control counter shows when they did, by losing updates. This runs the real gate, in
 * the gate's own settings, on the suite's own test, and requires the control to have lost
 * updates in at least 10% of the samples of each twin, and the monitor hand-over to have seen a
 * thread blocked in every sample.
 *
 * <p>The gate runs in a child JVM on the main class path only (the test classes hold a
 * {@code META-INF/TestList} of their own that would hide the suite's).
 */
class LockTestOverlapsInTheGateTest {

    private static final String TEST = "threadlab.stress.VirtualThread_03_LockMutualExclusion";
    private static final String OVERLAPPED = "1, 0, 0, 1";
    private static final double AT_LEAST = 0.10;

    @Test
    void theUnguardedControlOverlapsInATenthOfTheSamplesOfBothTwins(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("jcstress");
        Path log = dir.resolve("gate.log");

        int exit = GateProcess.run(GateProcess.mainClassPath(), dir, log, "--out", out.toString(), "--tests", "VirtualThread_03_LockMutualExclusion");

        assertThat(exit).as("gate exit status; its output:%n%s", Files.readString(log)).isZero();
        Summary summary = Summary.read(out.resolve(Summary.FILE));
        assertThat(summary.mode()).isEqualTo("quick");
        assertThat(summary.tests()).extracting(TestSummary::test).containsExactly(TEST + ".Platform", TEST + ".Virtual");
        for (TestSummary twin : summary.tests()) {
            long total = twin.totalSamples();
            long overlapped = samples(twin, OVERLAPPED);
            assertThat(total).as("%s samples", twin.test()).isPositive();
            assertThat((double) overlapped / total)
                    .as("%s: share of samples in which the unguarded counter lost updates (%d of %d)",
                            twin.test(), overlapped, total)
                    .isGreaterThanOrEqualTo(AT_LEAST);
            assertThat(samples(twin, "0, 0, 0, 1") + overlapped)
                    .as("%s: samples in which a thread was seen BLOCKED on the monitor", twin.test())
                    .isEqualTo(total);
        }
    }

    private static long samples(TestSummary test, String outcome) {
        return test.outcomes().stream().filter(o -> o.outcome().equals(outcome)).mapToLong(OutcomeSummary::samples).sum();
    }
}
