package threadlab.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.machine.OsLimits;
import threadlab.measure.Measured;
import threadlab.measure.Meter;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.mode.Modes;

/**
 * With the backlog cap of a Mac (128, set through {@code threadlab.backlogCap} since this OS's cap
 * cannot be changed here), 1,000 socket tasks started at once never have more than 128 connects
 * waiting for the loopback server, blocking or with callbacks, and every one completes: the excess
 * waits its turn in the lab instead of being dropped by the OS. The run records the bound.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ConnectGateTest {

    private static final int MAC_BACKLOG = 128;

    @AfterEach
    void restore() {
        System.clearProperty(OsLimits.BACKLOG_PROPERTY);
    }

    @Test
    void aMacsBacklogBoundsTheConnectsWaitingAndEveryTaskCompletes() throws Exception {
        System.setProperty(OsLimits.BACKLOG_PROPERTY, Integer.toString(MAC_BACKLOG));
        for (String mode : new String[] {"virtual", "async"}) {
            try (Mode m = Modes.parse(mode);
                    SocketWorkload socket = (SocketWorkload) Workloads.create("socket:latencyMs=20,bytes=64")) {
                Measured run = Meter.measure(m, socket, 1_000, new TaskProbe(), ended -> {});

                assertThat(run.failed()).as(mode + ": " + run.error()).isZero();
                assertThat(run.completed()).isEqualTo(1_000);
                assertThat(socket.connectBound()).as(mode).hasValue(MAC_BACKLOG);
                assertThat(socket.peakConnectsWaiting())
                        .as(mode + ": connects waiting at once")
                        .isBetween(1, MAC_BACKLOG);
            }
        }
    }

    @Test
    void withoutABoundEveryConnectGoesStraightOn() throws Exception {
        ConnectGate open = new ConnectGate(0);
        for (int i = 0; i < 500; i++) {
            open.acquire();
        }
        int[] ran = {0};
        open.admit(() -> ran[0]++);
        assertThat(ran[0]).isEqualTo(1);
        assertThat(open.peakWaiting()).isEqualTo(501);
    }

    @Test
    void aQueuedCallbackConnectStartsWhenAPermitComesBack() throws Exception {
        ConnectGate gate = new ConnectGate(2);
        gate.acquire();
        gate.acquire();
        int[] ran = {0};
        gate.admit(() -> ran[0]++);
        assertThat(ran[0]).as("no permit free: queued").isZero();
        gate.release();
        assertThat(ran[0]).as("started by the release, on its thread").isEqualTo(1);
        assertThat(gate.peakWaiting()).isEqualTo(2);
    }
}
