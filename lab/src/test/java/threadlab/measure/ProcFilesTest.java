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
    void theMachinesBusyTimeIsAllButIdleAndIoWaitInHundredthsOfASecond() {
        String stat = "cpu  100 20 30 5000 400 6 7 8 0 0\ncpu0 50 10 15 2500 200 3 3 4 0 0\nintr 1234\n";
        // user 100 + nice 20 + system 30 + irq 6 + softirq 7 + steal 8 ticks of 10 ms
        assertThat(ProcFiles.busyNanos(stat)).isEqualTo(171 * 10_000_000L);
        assertThat(ProcFiles.busyNanos("cpu0 1 2 3 4 5 6 7 8\n")).isNull();
        assertThat(ProcFiles.busyNanos("cpu  1 2 3\n")).isNull();
        assertThat(ProcFiles.busyNanos("cpu  1 2 x 4 5 6 7 8\n")).isNull();
    }

    @Test
    void whereTheOsHasNoProcEveryReaderIsNullAndThePeakCannotBeReset() {
        assumeThat(ProcFiles.PRESENT).as("a system without /proc").isFalse();
        assertThat(ProcFiles.ownPeakResidentBytes()).isNull();
        assertThat(ProcFiles.proportionalBytes(ProcessHandle.current().pid())).isNull();
        assertThat(ProcFiles.resetPeak()).isFalse();
        assertThat(ProcFiles.machineBusyNanos()).isNull();
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
