package threadlab.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;

/** Reading Linux's own memory records: the fields parsed from sample texts, and null where a field or the file is absent. */
class ProcFilesTest {

    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 4712345 kB
            VmSize:\t 4700000 kB
            VmHWM:\t  204800 kB
            VmRSS:\t  102400 kB
            Threads:\t27
            """;

    private static final String SMAPS_ROLLUP = """
            55d0c0a00000-7ffd3b5fe000 ---p 00000000 00:00 0                          [rollup]
            Rss:              102400 kB
            Pss:               51200 kB
            Pss_Anon:          40000 kB
            Shared_Clean:      61440 kB
            """;

    @Test
    void theHighWaterMarkAndTheResidentSizeAreReadInBytes() {
        assertThat(ProcFiles.kibField(STATUS, "VmHWM:")).isEqualTo(204_800L * 1024);
        assertThat(ProcFiles.kibField(STATUS, "VmRSS:")).isEqualTo(102_400L * 1024);
    }

    @Test
    void theProportionalSizeIsPssNotOneOfItsParts() {
        assertThat(ProcFiles.kibField(SMAPS_ROLLUP, "Pss:")).isEqualTo(51_200L * 1024);
    }

    @Test
    void anAbsentFieldOrFileOrAnotherUnitIsNull() {
        assertThat(ProcFiles.kibField(STATUS, "Pss:")).isNull();
        assertThat(ProcFiles.kibField(null, "VmHWM:")).isNull();
        assertThat(ProcFiles.kibField("Threads:\t27\n", "Threads:")).isNull();
        assertThat(ProcFiles.kibField("VmHWM:\t many kB\n", "VmHWM:")).isNull();
    }

    @Test
    void whereTheOsHasNoProcEveryReaderIsNullAndThePeakCannotBeReset() {
        assumeThat(ProcFiles.PRESENT).as("a system without /proc").isFalse();
        assertThat(ProcFiles.ownPeakResidentBytes()).isNull();
        assertThat(ProcFiles.proportionalBytes(ProcessHandle.current().pid())).isNull();
        assertThat(ProcFiles.resetPeak()).isFalse();
    }

    @Test
    void onLinuxThisJvmsRecordsAreReadAndThePssIsAtMostTheRss() {
        assumeThat(ProcFiles.PRESENT).as("Linux /proc").isTrue();
        long pid = ProcessHandle.current().pid();
        Long rss = ProcFiles.residentBytes(pid);
        Long pss = ProcFiles.proportionalBytes(pid);
        assertThat(rss).isPositive();
        assertThat(ProcFiles.ownPeakResidentBytes()).isGreaterThanOrEqualTo(rss / 2);
        if (pss != null) {
            assertThat(pss).isPositive().isLessThanOrEqualTo(ProcFiles.residentBytes(pid) + rss);
        }
    }
}
