package threadlab.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A runtime without {@code jdk.management} and {@code jdk.jfr} (a jlink image built with the
 * modules the lab's code names and no more): the thread dump, the process CPU time and the
 * pinned-event count and the virtual-thread scheduler's counts are absent (null, -1), never a crash. Stood in for by {@code --limit-modules}.
 */
class LeanRuntimeTest {

    @Test
    void whatTheRuntimeLacksIsAbsentNotACrash() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = String.join(
                File.pathSeparator,
                Path.of("target", "classes").toString(),
                Path.of("target", "test-classes").toString());
        Process p = new ProcessBuilder(List.of(
                        java,
                        "--limit-modules",
                        "java.base,java.management",
                        "-cp",
                        classPath,
                        WithoutJdkManagementMain.class.getName()))
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines())
                .contains(
                        "threadDump=null",
                        "processCpu=-1",
                        "pinnedEvents=null",
                        "mountedVirtual=-1",
                        "queuedVirtual=-1");
        assertThat(out).contains("threads=");
    }
}
