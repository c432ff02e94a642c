package threadlab.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Where two threads last ran: read from Linux's stat lines, absent where the OS keeps none. */
class CorePlacementTest {

    @Test
    void theCoreIsField39EvenWhenTheCommandHoldsSpacesAndParentheses() {
        StringBuilder line = new StringBuilder("4242 (odd (name) here) S");
        for (int field = 4; field <= 52; field++) {
            line.append(' ').append(field == 39 ? "7" : Integer.toString(field * 10));
        }
        assertThat(CorePlacement.processorField(line.toString())).isEqualTo(7);
        assertThat(CorePlacement.processorField("4242 (short) S 1 2 3")).isNull();
        assertThat(CorePlacement.processorField("no parenthesis")).isNull();
        assertThat(CorePlacement.processorField(null)).isNull();
    }

    @Test
    void aNamedPeerIsFoundAndEverySampleCounts() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/stat")), "this OS does not say where threads run");
        CountDownLatch named = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread peer = Thread.ofPlatform().name("threadlab-peer").start(() -> {
            named.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            named.await();
            Optional<CorePlacement> probe = Optional.empty();
            for (int i = 0; i < 100 && probe.isEmpty(); i++) { // the OS learns the name once the thread has run
                probe = CorePlacement.against(ProcessHandle.current().pid(), "threadlab-peer");
                Thread.sleep(10);
            }
            assertThat(probe).isPresent();
            CorePlacement placement = probe.get();
            assertThat(placement.sameCoreShare()).isNull();
            for (int i = 0; i < 20; i++) {
                placement.sample();
            }
            assertThat(placement.sameCoreShare()).isBetween(0.0, 1.0);
            placement.reset();
            placement.sampleIfDue(0);
            placement.sampleIfDue(1); // within the same few milliseconds: not sampled again
            assertThat(placement.sameCoreShare()).isIn(0.0, 1.0);
            assertThat(CorePlacement.against(ProcessHandle.current().pid(), "no-such-thread"))
                    .isEmpty();
        } finally {
            done.countDown();
            peer.join();
        }
    }
}
