package threadlab.stress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RacyReportTest {

    private static OutcomeSummary outcome(String id, String expect, long samples, String desc) {
        return new OutcomeSummary(id, expect, samples, desc);
    }

    @Test
    void reportsEachInterestingDescriptionOfEachRacyTestOnly() {
        TestSummary racy = new TestSummary(
                "threadlab.stress.Race_01_LostUpdate",
                "Race",
                TestSummary.OK,
                List.of(
                        outcome("1", "ACCEPTABLE_INTERESTING", 250_000, "lost update"),
                        outcome("2", "ACCEPTABLE", 750_000, "both landed")));
        TestSummary sound = new TestSummary(
                "threadlab.stress.Race_02_SynchronizedIncrement",
                "Race",
                TestSummary.OK,
                List.of(outcome("2", "ACCEPTABLE", 10, "both landed"), outcome("1", "FORBIDDEN", 0, "lost")));

        assertThat(RacyReport.lines(List.of(racy, sound)))
                .containsExactly("Race_01_LostUpdate: lost update in 25.0% of 1M samples (250K)");
    }

    @Test
    void outcomesSharingADescriptionAreAddedUpAndNeverSeenIsZero() {
        TestSummary dcl = new TestSummary(
                "threadlab.stress.Publication_01_UnsafeDoubleCheckedLocking.Unsafe",
                "Publication",
                TestSummary.OK,
                List.of(
                        outcome("0, 42", "ACCEPTABLE_INTERESTING", 3, "early"),
                        outcome("42, 0", "ACCEPTABLE_INTERESTING", 1, "early"),
                        outcome("-1, .*", "ACCEPTABLE_INTERESTING", 0, "null"),
                        outcome("42, 42", "ACCEPTABLE", 4_123_456, "built")));

        assertThat(RacyReport.lines(List.of(dcl)))
                .containsExactly(
                        "Publication_01_UnsafeDoubleCheckedLocking.Unsafe: early in 0.000097% of 4.12M samples (4)",
                        "Publication_01_UnsafeDoubleCheckedLocking.Unsafe: null in 0% of 4.12M samples (0)");
    }

    @Test
    void familyIsTheNumberedClassPrefix() {
        assertThat(TestSummary.familyOf("threadlab.stress.Race_01_LostUpdate")).isEqualTo("Race");
        assertThat(TestSummary.familyOf("threadlab.stress.VirtualThread_04_InterruptWakesSleep.Virtual"))
                .isEqualTo("VirtualThread");
        assertThat(TestSummary.familyOf("threadlab.stress.fixture.GateFixture_01_Increment.Unlocked"))
                .isEqualTo("GateFixture");
    }
}
