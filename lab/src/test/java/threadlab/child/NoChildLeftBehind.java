package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import threadlab.workload.LoopbackHost;

/**
 * After each test: no child process of this JVM is alive (a moment's grace to exit), but the
 * socket workload's server JVM, which an earlier test in this JVM may have started: by design it
 * serves the whole JVM and ends with it.
 */
final class NoChildLeftBehind implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!liveChildren().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(liveChildren()).as("child processes still alive").isEmpty();
    }

    static List<Long> liveChildren() {
        LoopbackHost server = LoopbackHost.sharedIfStarted();
        long serverPid = server == null ? -1 : server.pid();
        return ProcessHandle.current()
                .children()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.pid() != serverPid)
                .map(ProcessHandle::pid)
                .toList();
    }
}
