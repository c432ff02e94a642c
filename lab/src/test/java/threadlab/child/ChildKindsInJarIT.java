package threadlab.child;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code lab.jar} keeps the child kinds' services file: {@link ChildMain} started from
 * the jar knows lab's kinds (and only those: the tests' kinds are not in it), and the lab run from
 * the jar starts its child JVMs, which run from the same jar, in both process modes. Runs after
 * packaging, since it needs the jar.
 */
class ChildKindsInJarIT {

    private static final Path JAR = Path.of("target", "lab.jar").toAbsolutePath();
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path work;

    @Test
    void childMainFromTheJarKnowsLabsKinds() throws Exception {
        Ended ended = run(List.of(JAVA, "-cp", JAR.toString(), ChildMain.class.getName(), "no-such-kind", "1"));
        assertThat(ended.code).as(ended.output).isEqualTo(2);
        assertThat(ended.output.strip())
                .doesNotContain("\n")
                .startsWith("unknown child kind 'no-such-kind'; kinds: ")
                .contains("counter", "echo", "trials", "worker")
                .doesNotContain("test-sleeper");
    }

    @Test
    void aRunFromTheJarStartsItsChildJvmsFromTheJar() throws Exception {
        Ended ended = run(List.of(
                JAVA,
                "-jar",
                JAR.toString(),
                "run",
                "--workload",
                "cpu:work=1000",
                "--modes",
                "process-pool:1,process-per-task",
                "--tasks",
                "2",
                "--repeat",
                "1",
                "--out",
                work.toString()));
        assertThat(ended.code).as(ended.output).isZero();
        Matcher m = Pattern.compile("(?m)^results: (.+)$").matcher(ended.output);
        assertThat(m.find()).as(ended.output).isTrue();
        JsonNode runs = new ObjectMapper()
                .readTree(Files.readString(Path.of(m.group(1).strip())))
                .get("runs");
        List<String> modes = new ArrayList<>();
        for (JsonNode run : runs) {
            modes.add(run.get("mode").asText());
            assertThat(run.get("completed").asInt()).as(run.toString()).isEqualTo(2);
            assertThat(run.get("failed").asInt()).as(run.toString()).isZero();
        }
        assertThat(modes).contains("process-pool:1", "process-per-task");
    }

    private record Ended(int code, String output) {}

    private Ended run(List<String> command) throws IOException, InterruptedException {
        Path log = work.resolve("command.log");
        Process p = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        return new Ended(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
