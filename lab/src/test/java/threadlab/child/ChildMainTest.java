package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ChildMain} finds every kind through the services files (lab's own and, on the test class
 * path, the tests'), refuses an unknown kind or bad arguments in one line with exit code 2, and
 * gives every kind the parent watch: its stdin's end ends it unless the kind says otherwise.
 */
@ExtendWith(NoChildLeftBehind.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ChildMainTest {

    @Test
    void findsLabsKindsAndTheTestsOwn() {
        assertThat(ChildMain.kinds()).containsKeys("counter", "echo", "trials", "worker", "test-sleeper");
        assertThat(ChildMain.kinds().get("worker")).isInstanceOf(WorkerKind.class);
    }

    @Test
    void anUnknownKindIsOneLineNamingTheKindsAndExitCode2() throws Exception {
        Ended ended = runToEnd(List.of("no-such-kind"));
        assertThat(ended.code).isEqualTo(2);
        assertThat(ended.stdout).isEmpty();
        assertThat(ended.stderr.strip())
                .doesNotContain("\n")
                .startsWith("unknown child kind 'no-such-kind'; kinds: ")
                .contains("counter", "echo", "test-sleeper", "trials", "worker");
    }

    @Test
    void badArgumentsOfAKindAreOneLineAndExitCode2() throws Exception {
        Ended ended = runToEnd(List.of("trials", "an-experiment", "only-a-workload"));
        assertThat(ended.code).isEqualTo(2);
        assertThat(ended.stdout).isEmpty();
        assertThat(ended.stderr.strip()).doesNotContain("\n").startsWith("trials: usage: EXPERIMENT_ID");
    }

    @Test
    void aKindEndsWhenItsStdinCloses() throws Exception {
        Process child = start(List.of("test-sleeper"));
        child.getOutputStream().close();
        assertThat(child.waitFor(30, TimeUnit.SECONDS))
                .as("ended by its stdin's end")
                .isTrue();
    }

    @Test
    void aKindThatFinishesOnItsOwnOutlivesItsStdin() throws Exception {
        Process child = start(List.of("test-sleeper", "false"));
        try {
            child.getOutputStream().close();
            assertThat(child.waitFor(1, TimeUnit.SECONDS))
                    .as("still running after its stdin ended")
                    .isFalse();
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private record Ended(int code, String stdout, String stderr) {}

    private static Process start(List<String> kindAndArgs) throws IOException {
        return new ProcessBuilder(ChildJvm.withoutCache()
                        .kindCommand(List.of(), kindAndArgs.get(0), kindAndArgs.subList(1, kindAndArgs.size())))
                .start();
    }

    private static Ended runToEnd(List<String> kindAndArgs) throws Exception {
        Process child = start(kindAndArgs);
        child.getOutputStream().close();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
        }
        return new Ended(child.exitValue(), out, err);
    }
}
