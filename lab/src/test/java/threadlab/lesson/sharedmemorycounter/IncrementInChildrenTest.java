package threadlab.lesson.sharedmemorycounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import threadlab.files.MacLengthTempFolder;
import threadlab.ipc.OwnFolders;
import threadlab.measure.TaskProbe;
import threadlab.workload.LoopbackHost;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/** The shared-memory-counter lesson's mode, run as on a Mac ({@link MacLengthTempFolder}): a long temp folder, no {@code /dev/shm}. */
@ExtendWith(MacLengthTempFolder.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class IncrementInChildrenTest {

    @Test
    void getAndAddOnTheMappedFileLosesNothingAcrossTwoProcesses() throws Exception {
        try (Workload atomic = Workloads.create("mapped-counter:update=atomic,increments=1000000");
                IncrementInChildren mode = new IncrementInChildren(2)) {
            TaskProbe probe = new TaskProbe();
            mode.run(atomic, 2, probe);
            assertThat(probe.error()).isNull();
            assertThat(probe.completed()).isEqualTo(2);
            assertThat(atomic.lostUpdates(2)).hasValue(0);
            assertThat(atomic.runChecksum(0)).isEqualTo(2_000_000);
        }
        assertThat(OwnFolders.leftBehind()).as("IPC folders left behind").isEmpty();
    }

    @Test
    void thePlainCountIsReportedAndNeverAboveTheTruthAndPerProcessCountsMergeExactly() throws Exception {
        try (IncrementInChildren mode = new IncrementInChildren(2)) {
            try (Workload plain = Workloads.create("mapped-counter:update=plain,increments=1000000")) {
                TaskProbe probe = new TaskProbe();
                mode.run(plain, 2, probe);
                assertThat(probe.completed()).isEqualTo(2);
                long lost = plain.lostUpdates(2).orElseThrow();
                assertThat(lost).isBetween(0L, 2_000_000L - 1);
                System.out.printf("plain read-modify-write, 2 processes x 1,000,000: %,d lost%n", lost);
            }
            try (Workload local = Workloads.create("mapped-counter:update=local,increments=1000000")) {
                TaskProbe probe = new TaskProbe();
                mode.run(local, 2, probe);
                assertThat(local.lostUpdates(2)).hasValue(0);
            }
        }
        assertThat(OwnFolders.leftBehind()).as("IPC folders left behind").isEmpty();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGKILL is a Unix signal")
    void aKilledChildFailsTheRoundAndTheMappedFileIsStillRemoved() throws Exception {
        try (Workload atomic = Workloads.create("mapped-counter:update=atomic,increments=1000");
                IncrementInChildren mode = new IncrementInChildren(2)) {
            mode.run(atomic, 2, new TaskProbe());
            assertThat(OwnFolders.list()).hasSize(1);
            long victim = mode.childPids().get(0);
            new ProcessBuilder("kill", "-9", Long.toString(victim)).start().waitFor();
            ProcessHandle.of(victim).ifPresent(h -> h.onExit().join());
            TaskProbe probe = new TaskProbe();
            mode.run(atomic, 2, probe);
            assertThat(probe.failed()).isPositive();
            assertThat(probe.error()).contains("died");
        }
        assertThat(OwnFolders.leftBehind()).as("IPC folders left behind").isEmpty();
        assertThat(ProcessHandle.current()
                        .children()
                        .filter(ProcessHandle::isAlive)
                        .filter(child -> LoopbackHost.sharedIfStarted() == null
                                || child.pid() != LoopbackHost.sharedIfStarted().pid())
                        .count())
                .isZero();
    }
}
