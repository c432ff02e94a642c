package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadlab.files.MacLengthTempFolder;
import threadlab.ipc.Channel;
import threadlab.ipc.OwnFolders;

/** The pool over every transport (the ipc lesson's, the socket one), run as on a Mac ({@link MacLengthTempFolder}). */
@ExtendWith({NoChildLeftBehind.class, MacLengthTempFolder.class})
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PoolTransportTest {

    private static final ChildJvm JVM = ChildJvm.standard().plus(List.of("-Xmx64m"));

    @ParameterizedTest
    @EnumSource(Channel.class)
    void everyTransportRunsEveryTaskOnceAndLeavesNoFile(Channel channel) throws Exception {
        assumeTrue(channel.available(), channel.label() + " is not available on this OS");
        try (ProcessPool pool =
                new ProcessPool(PoolOptions.of(2).withTransport(channel).withChunk(3), JVM)) {
            assertThat(pool.transport()).isEqualTo(channel);
            Outcomes outcomes = new Outcomes(1_000);
            for (int i = 0; i < 1_000; i++) {
                pool.submit("sleep:ms=0", i, outcomes);
            }
            outcomes.awaitAll();
            assertThat(outcomes.failed()).isEmpty();
            assertThat(outcomes.byTask())
                    .hasSize(1_000)
                    .allSatisfy((i, ends) -> assertThat(ends).containsExactly("ok"));
        }
        assertThat(OwnFolders.leftBehind()).as("IPC folders left behind").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Channel.class,
            names = {"SHARED_MEMORY", "UNIX"})
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGKILL is a Unix signal")
    void aWorkerKilledMidTaskFailsOnlyThatTaskAndItsFileGoesWithThePool(Channel channel) throws Exception {
        assumeTrue(channel.available(), channel.label() + " is not available on this OS");
        try (ProcessPool pool = new ProcessPool(PoolOptions.of(1).withTransport(channel), JVM)) {
            Outcomes outcomes = new Outcomes(2);
            pool.submit("sleep:ms=3000", 0, outcomes);
            pool.submit("sleep:ms=1", 1, outcomes);
            outcomes.awaitFirstStart();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pool.workerPids().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200);
            new ProcessBuilder("kill", "-9", Long.toString(pool.workerPids().get(0)))
                    .start()
                    .waitFor();
            outcomes.awaitAll();
            assertThat(outcomes.failed()).containsExactly(0);
            assertThat(outcomes.byTask().get(0)).singleElement().asString().contains("SIGKILL");
            assertThat(outcomes.byTask().get(1)).containsExactly("ok");
        }
        assertThat(OwnFolders.leftBehind()).as("IPC folders left behind").isEmpty();
    }

    @Test
    void theAutomaticChoiceIsSharedMemoryOnlyWithACoreForEveryPoller() {
        assertThat(ProcessPool.automaticTransport(1, 2, false)).isEqualTo(Channel.SHARED_MEMORY);
        assertThat(ProcessPool.automaticTransport(2, 2, false)).isEqualTo(Channel.PIPE);
        assertThat(ProcessPool.automaticTransport(4, 8, false)).isEqualTo(Channel.SHARED_MEMORY);
    }

    /** Windows' rule (coarse timed parks), applied as a rule: the OS itself is not exercised here. */
    @Test
    void whereTimedParksAreCoarseThePoolTalksOverPipes() {
        assertThat(ProcessPool.automaticTransport(1, 2, true)).isEqualTo(Channel.PIPE);
        assertThat(ProcessPool.automaticTransport(4, 8, true)).isEqualTo(Channel.PIPE);
        assertThat(ProcessPool.automaticTransport(1, 2))
                .isEqualTo(ProcessPool.automaticTransport(
                        1, 2, System.getProperty("os.name").startsWith("Windows")));
    }
}
