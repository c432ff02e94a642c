package threadlab.stress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The power of {@code VirtualThread_03_LockMutualExclusion}: its FORBIDDEN rows (a lock that let
 * both threads in) mean something only if the two threads really ran at the same time. Its
 * unguarded control counter shows when they did, by losing updates. This reads the real gate's
 * run of this build (the pom runs the gate after packaging and before the integration tests, and
 * passes its folder as {@code threadlab.gateOut}), so the test ran in the gate's own settings, and
 * requires the control to have lost updates in at least 10% of the samples of each twin, and the
 * monitor hand-over to have seen a thread blocked in every sample. With
 * {@code -Dthreadlab.skipStress=true} there is no gate run, and the check is skipped, saying so.
 */
class LockTestOverlapsInTheGateIT {

    private static final String TEST = "threadlab.stress.VirtualThread_03_LockMutualExclusion";
    private static final String OVERLAPPED = "1, 0, 0, 1";
    private static final double AT_LEAST = 0.10;

    @Test
    void theUnguardedControlOverlapsInATenthOfTheSamplesOfBothTwins() throws Exception {
        Assumptions.assumeFalse(
                Boolean.getBoolean("threadlab.skipStress"), "the build skipped the gate (-Dthreadlab.skipStress=true)");
        Path out = Path.of(System.getProperty("threadlab.gateOut", ""));
        assertThat(Files.isRegularFile(out.resolve(Summary.FILE)))
                .as("the build's gate wrote %s", out.resolve(Summary.FILE))
                .isTrue();
        Summary summary = Summary.read(out.resolve(Summary.FILE));
        assertThat(summary.mode()).isEqualTo("quick");
        List<TestSummary> twins = summary.tests().stream()
                .filter(t -> t.test().startsWith(TEST + "."))
                .toList();
        assertThat(twins).extracting(TestSummary::test).containsExactly(TEST + ".Platform", TEST + ".Virtual");
        for (TestSummary twin : twins) {
            long total = twin.totalSamples();
            long overlapped = samples(twin, OVERLAPPED);
            assertThat(total).as("%s samples", twin.test()).isPositive();
            assertThat((double) overlapped / total)
                    .as(
                            "%s: share of samples in which the unguarded counter lost updates (%d of %d)",
                            twin.test(), overlapped, total)
                    .isGreaterThanOrEqualTo(AT_LEAST);
            assertThat(samples(twin, "0, 0, 0, 1") + overlapped)
                    .as("%s: samples in which a thread was seen BLOCKED on the monitor", twin.test())
                    .isEqualTo(total);
        }
    }

    private static long samples(TestSummary test, String outcome) {
        return test.outcomes().stream()
                .filter(o -> o.outcome().equals(outcome))
                .mapToLong(OutcomeSummary::samples)
                .sum();
    }
}
