package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** After each test: no child process of this JVM is alive (a moment's grace to exit). */
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
        return ProcessHandle.current()
                .children()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .toList();
    }
}
