package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public CI workflow cannot rot silently: it parses as YAML, runs on Ubuntu, macOS and
 * Windows with JDK 21 (the oldest the lab supports) and 25, takes the JDK from the matrix through
 * {@code actions/setup-java}, and runs the README's test command, whatever the README says it is.
 */
class CiWorkflowTest {

    private static final Path WORKFLOW = ReadmeCommandsIT.ROOT.resolve(".github/workflows/ci.yml");

    @Test
    void theMatrixCoversEveryOsAndBothJdksAndRunsTheReadmesTestCommand() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        JsonNode jobs = workflow.get("jobs");
        assertThat(jobs).as("jobs").isNotNull();
        JsonNode job = jobs.elements().next();
        JsonNode matrix = job.path("strategy").path("matrix");

        assertThat(texts(matrix.get("os")))
                .anyMatch(o -> o.startsWith("ubuntu"))
                .anyMatch(o -> o.startsWith("macos"))
                .anyMatch(o -> o.startsWith("windows"));
        assertThat(texts(matrix.get("java"))).contains("21", "25");
        assertThat(job.path("strategy").path("fail-fast").asBoolean(true))
                .as("every cell runs to its end")
                .isFalse();
        assertThat(job.get("runs-on").asText()).isEqualTo("${{ matrix.os }}");

        List<JsonNode> steps = new ArrayList<>();
        job.get("steps").forEach(steps::add);
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.path("uses").asText()).startsWith("actions/setup-java@");
            assertThat(s.path("with").path("java-version").asText()).isEqualTo("${{ matrix.java }}");
        });
        String testCommand = readmeTestCommand();
        assertThat(steps)
                .as("a step runs the README's '%s'", testCommand)
                .anySatisfy(s -> assertThat(s.path("run").asText().strip().replace(" -B", ""))
                        .isEqualTo(testCommand));
        assertThat(workflow.get("on").has("push") && workflow.get("on").has("pull_request"))
                .isTrue();
    }

    /** The first command of the README's "Two commands" block: the whole lab's test command. */
    static String readmeTestCommand() throws Exception {
        String readme = Files.readString(ReadmeCommandsIT.ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("## Two commands.*?```\\s*\\n(.*?)\\s+#", Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).as("the README's 'Two commands' block").isTrue();
        return m.group(1).strip();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
