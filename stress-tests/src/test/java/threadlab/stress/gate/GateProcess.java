package threadlab.stress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the real gate as {@code mvn verify} does: {@link Gate} in a child JVM of this JVM's {@code java}. */
final class GateProcess {

    private GateProcess() {}

    /** This JVM's class path: the test classes' {@code META-INF/TestList} is the one jcstress sees. */
    static String testClassPath() {
        return System.getProperty("java.class.path");
    }

    /** Runs Gate with {@code gateArgs} on {@code classPath} in {@code workDir}, its output to {@code log}; returns its exit status. */
    static int run(String classPath, Path workDir, Path log, String... gateArgs) throws Exception {
        List<String> command = Stream.concat(
                        Stream.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-cp",
                                classPath,
                                Gate.class.getName()),
                        Stream.of(gateArgs))
                .toList();
        Process gate = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            assertThat(gate.waitFor(5, TimeUnit.MINUTES))
                    .as("gate finished within 5 minutes")
                    .isTrue();
            return gate.exitValue();
        } finally {
            gate.descendants().forEach(ProcessHandle::destroyForcibly);
            gate.destroyForcibly();
        }
    }
}
