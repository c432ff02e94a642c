package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * What {@code mvn verify} itself runs of the README's commands, read from the poms: the quick
 * experiments (lab) and the lab sheets (stress-tests, the last module, once JMH and jcstress have
 * written their part of the run folder). Each is an exec of {@code java} from the project's root.
 */
final class BuildRuns {

    private BuildRuns() {}

    /** The lab's quick-experiments execution runs {@code readmeArgs}, then only names the folder. */
    static void assertQuickExperimentsRun(List<String> readmeArgs) throws Exception {
        Exec exec = Exec.of(ReadmeCommandsIT.ROOT.resolve("lab/pom.xml"), "quick-experiments");
        assertThat(exec.workingDirectory()).isEqualTo("${maven.multiModuleProjectDirectory}");
        List<String> args = exec.arguments();
        assertThat(args.subList(0, 2)).containsExactly("-jar", "lab/target/lab.jar");
        List<String> expected = new ArrayList<>(readmeArgs);
        expected.addAll(List.of("--out", "${threadlab.resultsDir}", "--run-id", "${threadlab.runId}"));
        assertThat(args.subList(2, args.size()))
                .as("the quick experiments the build runs")
                .isEqualTo(expected);
    }

    /**
     * The build's quick run (its folder passed as {@code threadlab.buildRun}) holds runs of each of
     * these experiments, every one complete and without error (or not measured on this machine).
     */
    static void assertQuickRunHolds(List<String> experiments) throws Exception {
        assertThat(experiments).as("experiment ids, no options").isNotEmpty().noneMatch(a -> a.startsWith("-"));
        Path folder = Path.of(System.getProperty("threadlab.buildRun", ""));
        List<RunResult> runs = ResultsFile.read(folder).runs();
        for (String id : experiments) {
            List<RunResult> of =
                    runs.stream().filter(r -> r.experiment().equals(id)).toList();
            assertThat(of).as("runs of %s in %s", id, folder).isNotEmpty();
            assertThat(of)
                    .as("runs of %s", id)
                    .allMatch(r -> r.notMeasured() != null
                            || (r.error() == null && r.failed() == 0 && r.completed() == r.tasks()));
        }
    }

    /** The last module's notebooks execution is the README's {@code notebooks results/<run-id>} on the build's run. */
    static void assertNotebooksRun() throws Exception {
        Exec exec = Exec.of(ReadmeCommandsIT.ROOT.resolve("stress-tests/pom.xml"), "notebooks");
        assertThat(exec.workingDirectory()).isEqualTo("${maven.multiModuleProjectDirectory}");
        assertThat(exec.arguments())
                .as("the notebooks the build executes")
                .containsExactly(
                        "-jar", "lab/target/lab.jar", "notebooks", "${threadlab.resultsDir}/${threadlab.runId}");
        Exec parent = Exec.properties(ReadmeCommandsIT.ROOT.resolve("pom.xml"));
        assertThat(parent.properties().get("threadlab.resultsDir"))
                .as("results/ under the root")
                .isEqualTo("${maven.multiModuleProjectDirectory}/results");
    }

    /** One exec-maven-plugin execution: its arguments with the jar's path written from the root, and its folder. */
    record Exec(List<String> arguments, String workingDirectory, Map<String, String> properties) {

        static Exec of(Path pom, String id) throws Exception {
            Document doc =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            Map<String, String> properties = properties(doc);
            NodeList executions = doc.getElementsByTagName("execution");
            for (int i = 0; i < executions.getLength(); i++) {
                Element execution = (Element) executions.item(i);
                if (!id.equals(text(execution, "id"))) {
                    continue;
                }
                List<String> args = new ArrayList<>();
                NodeList arguments = execution.getElementsByTagName("argument");
                for (int j = 0; j < arguments.getLength(); j++) {
                    args.add(fromRoot(expand(arguments.item(j).getTextContent().strip(), properties)));
                }
                return new Exec(args, text(execution, "workingDirectory"), properties);
            }
            throw new AssertionError(pom + " has no execution '" + id + "'");
        }

        static Exec properties(Path pom) throws Exception {
            return new Exec(
                    List.of(),
                    null,
                    properties(DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(pom.toFile())));
        }

        private static Map<String, String> properties(Document doc) {
            Map<String, String> properties = new HashMap<>();
            NodeList blocks = doc.getElementsByTagName("properties");
            if (blocks.getLength() > 0) {
                NodeList children = blocks.item(0).getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    Node n = children.item(i);
                    if (n.getNodeType() == Node.ELEMENT_NODE) {
                        properties.put(n.getNodeName(), n.getTextContent().strip());
                    }
                }
            }
            return properties;
        }

        /** Expands the module's own properties (not the parent's, not Maven's). */
        private static String expand(String value, Map<String, String> properties) {
            String result = value;
            for (var e : properties.entrySet()) {
                result = result.replace("${" + e.getKey() + "}", e.getValue());
            }
            return result;
        }

        /** The module's jar path as written from the project's root. */
        private static String fromRoot(String value) {
            return value.replace("${project.build.directory}/lab.jar", "lab/target/lab.jar")
                    .replace("${project.basedir}/../lab/target/lab.jar", "lab/target/lab.jar");
        }

        private static String text(Element parent, String tag) {
            NodeList nodes = parent.getElementsByTagName(tag);
            return nodes.getLength() == 0
                    ? null
                    : nodes.item(0).getTextContent().strip();
        }
    }
}
