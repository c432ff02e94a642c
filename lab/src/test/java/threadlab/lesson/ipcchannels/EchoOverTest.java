package threadlab.lesson.ipcchannels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadlab.child.EchoKind;
import threadlab.files.MacLengthTempFolder;
import threadlab.ipc.Channel;
import threadlab.ipc.OwnFolders;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.workload.Checksums;
import threadlab.workload.LoopbackHost;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/** The ipc-channels lesson's modes, run as on a Mac ({@link MacLengthTempFolder}): a long temp folder, no {@code /dev/shm}. */
@ExtendWith(MacLengthTempFolder.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EchoOverTest {

    /** The combined checksum of tasks 0..n-1 run in memory: what every channel must reproduce. */
    private static long inMemory(Workload workload, int tasks) throws Exception {
        long sum = 0;
        for (int i = 0; i < tasks; i++) {
            sum += Checksums.ofTask(i, workload.runTask(i));
        }
        return sum;
    }

    /** Where the OS says which core a thread last ran on, a run knows where its two ends ran; elsewhere it says nothing. */
    private static void assertPlacementSampled(Double sameCoreShare) {
        if (Files.isReadable(Path.of("/proc/thread-self/stat"))) {
            assertThat(sameCoreShare).isBetween(0.0, 1.0);
        } else {
            assertThat(sameCoreShare).isNull();
        }
    }

    private static TaskProbe run(Mode mode, Workload workload, int tasks) throws InterruptedException {
        TaskProbe probe = new TaskProbe();
        mode.run(workload, tasks, probe);
        return probe;
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void everyChannelEchoes10000MessagesByteForByteAndLeavesNoFileOrChild(Channel channel) throws Exception {
        assumeTrue(channel.available(), channel.label() + " is not available on this OS");
        try (Workload small = Workloads.create("message:bytes=8");
                Workload large = Workloads.create("message:bytes=65536")) {
            try (EchoOver mode = new EchoOver(channel)) {
                TaskProbe probe = run(mode, small, 10_000);
                assertThat(probe.error()).isNull();
                assertThat(probe.completed()).isEqualTo(10_000);
                assertThat(probe.combinedChecksum()).isEqualTo(inMemory(small, 10_000));
                assertPlacementSampled(mode.sameCoreShare());
                TaskProbe big = run(mode, large, 300);
                assertThat(big.error()).isNull();
                assertThat(big.combinedChecksum()).isEqualTo(inMemory(large, 300));
                assertThat(OwnFolders.list()).hasSize(1);
            }
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

    @Test
    void theInProcessBaselineEchoesTooAndStopsItsThread() throws Exception {
        try (Workload small = Workloads.create("message:bytes=8")) {
            EchoInProcess mode = new EchoInProcess();
            run(mode, small, 100); // as the runner's warm-up: the echo thread starts and the OS learns its name
            TaskProbe probe = run(mode, small, 10_000);
            Double share = mode.sameCoreShare();
            mode.close();
            assertThat(probe.error()).isNull();
            assertThat(probe.combinedChecksum()).isEqualTo(inMemory(small, 10_000));
            assertPlacementSampled(share);
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(t -> t.getName().equals(EchoKind.THREAD) && t.isAlive());
        }
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGKILL is a Unix signal")
    void aChildKilledMidRunFailsTheRunInsteadOfHangingThenIsReplacedAndNoFileIsLeft(Channel channel) throws Exception {
        assumeTrue(channel.available(), channel.label() + " is not available on this OS");
        try (Workload small = Workloads.create("message:bytes=8")) {
            try (EchoOver mode = new EchoOver(channel)) {
                assertThat(run(mode, small, 10).completed()).isEqualTo(10);
                long pid = mode.childPid();
                TaskProbe probe = new TaskProbe();
                Thread runner = Thread.ofPlatform().start(() -> {
                    try {
                        mode.run(small, 100_000_000, probe);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                while (probe.completed() < 1_000) {
                    Thread.sleep(5);
                }
                new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
                runner.join(TimeUnit.SECONDS.toMillis(30));
                assertThat(runner.isAlive())
                        .as("the run still waits for a dead child")
                        .isFalse();
                assertThat(probe.failed()).isPositive();
                assertThat(probe.error()).isNotNull();
                assertThat(run(mode, small, 100).completed())
                        .as("a new child replaces the dead one")
                        .isEqualTo(100);
                assertThat(mode.childPid()).isNotEqualTo(pid);
            }
        }
        assertThat(OwnFolders.leftBehind()).as("IPC folders left behind").isEmpty();
    }

    @Test
    void otherWorkloadsAreRefusedNotRun() throws Exception {
        try (Workload sleep = Workloads.create("sleep:ms=0");
                EchoOver mode = new EchoOver(Channel.PIPE)) {
            TaskProbe probe = run(mode, sleep, 3);
            assertThat(probe.completed()).isZero();
            assertThat(probe.error()).contains("only the message workload");
        }
    }
}
