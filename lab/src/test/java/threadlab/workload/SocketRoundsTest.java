package threadlab.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.mode.Modes;

/**
 * {@code socket:rounds=R}: R round trips over one connection per task, to a server in a child JVM
 * of its own that listens on loopback only; the workload counts the round trips and its connects.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class SocketRoundsTest {

    private static final int TASKS = 20;

    @Test
    void eachTaskMakesItsRoundsOverOneConnectionToAChildJvm() throws Exception {
        for (String mode : new String[] {"virtual", "async"}) {
            try (Workload socket = Workloads.create("socket:latencyMs=1,bytes=100,rounds=4");
                    Mode m = Modes.parse(mode)) {
                TaskProbe probe = new TaskProbe();
                m.run(socket, TASKS, probe);

                assertThat(probe.error()).as(mode).isNull();
                assertThat(probe.completed()).isEqualTo(TASKS);
                SocketFields fields = (SocketFields) socket.extraFields();
                assertThat(fields.server()).isEqualTo("child-jvm");
                assertThat(fields.rounds()).isEqualTo(4);
                assertThat(fields.roundTrips()).as(mode).isEqualTo(4L * TASKS);
                assertThat(fields.failedConnections()).isZero();
                assertThat(socket.refusedConnections()).hasValue(0);
                assertThat(socket.blockingTime().toMillis()).isEqualTo(4);
            }
        }
    }

    @Test
    void theServerListensOnLoopbackInAChildOfThisJvm() {
        try (SocketWorkload socket = (SocketWorkload) Workloads.create("socket:latencyMs=0")) {
            var address = (InetSocketAddress) socket.serverAddress();
            assertThat(address.getAddress().isLoopbackAddress()).isTrue();
            assertThat(ProcessHandle.current()
                            .children()
                            .filter(ProcessHandle::isAlive)
                            .map(ProcessHandle::pid))
                    .as("the server's JVM, a live child of this one")
                    .contains(LoopbackHost.shared().pid());
        }
    }

    @Test
    void oneRoundHashesAsOneReplyAndMoreRoundsContinueTheHash() {
        byte[] reply = {1, 2, 3};
        long one = SocketWorkload.checksumOf(reply);
        assertThat(one).isEqualTo(SocketWorkload.checksumOf(0, reply));
        assertThat(SocketWorkload.checksumOf(one, reply))
                .isEqualTo(SocketWorkload.checksumOf(new byte[] {1, 2, 3, 1, 2, 3}));
    }

    @Test
    void roundsOutOfRangeAreBadInput() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workloads.create("socket:rounds=0"))
                .isInstanceOf(threadlab.InvalidInputException.class)
                .hasMessageContaining("rounds");
    }
}
