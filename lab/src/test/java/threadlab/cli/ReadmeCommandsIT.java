package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the README's command-line block works as written: read from the README (so
 * the two cannot drift), each is run as a student would run it, {@code java -jar
 * lab/target/lab.jar ...} from a folder laid out like a checkout after {@code mvn verify}, on the
 * JDK that runs the build, and must exit 0. Runs after packaging, since it needs the jar.
 *
 * <p>What it adapts, and why:
 * <ul>
 *   <li>{@code <run-id>} is the folder the nearest {@code run} above wrote;</li>
 *   <li>a {@code run} of experiments without {@code --quick} (the full profile: {@code run seed}
 *       takes minutes) is not run again in the quick profile: the build's own quick run ran every
 *       experiment from the same jar just before this test, so it checks that run holds each of
 *       them, every run complete (with {@code -Dthreadlab.skipExperiments=true} there is no such
 *       run, and the line is run with {@code --quick} added); a {@code run ... --quick} is run as
 *       written;</li>
 *   <li>{@code run all --quick} and {@code notebooks results/<run-id>} are not run twice: the build
 *       itself runs them, and this checks that it runs exactly those words (the first with
 *       {@code --out} and {@code --run-id} added, which only name the folder; the second on the
 *       build's run folder). Its default run id is {@code RunCommandTest}'s.</li>
 * </ul>
 * A line must also read the same in bash, zsh, cmd and PowerShell: no quotes, variables,
 * pipes, redirections or continuations.
 */
class ReadmeCommandsIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String PREFIX = "java -jar lab/target/lab.jar ";
    private static final Pattern RESULTS_LINE = Pattern.compile("(?m)^results: (.+)$");
    private static final long TIMEOUT_MINUTES = 5;

    @TempDir
    Path work;

    @Test
    void everyCommandOfTheCommandLineBlockRunsAsWritten() throws Exception {
        List<String> lines = ReadmeBlock.commandLine(Files.readString(ROOT.resolve("README.md")));
        assertThat(lines).as("the command-line block").hasSizeGreaterThanOrEqualTo(5);
        layOut();
        String lastRun = null;
        List<String> done = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).as("a lab command").startsWith(PREFIX);
            assertThat(line)
                    .as("shell-neutral: " + line)
                    .doesNotContainPattern("[\"'`$|;&\\\\]|(?<!<run-id)>|<(?!run-id>)");
            List<String> args = new ArrayList<>(
                    List.of(line.substring(PREFIX.length()).strip().split("\\s+")));
            if (args.equals(List.of("run", "all", "--quick"))) {
                BuildRuns.assertQuickExperimentsRun(args);
                done.add(line + "  (run by the build)");
                continue;
            }
            if (args.size() == 2
                    && args.get(0).equals("notebooks")
                    && args.get(1).equals("results/<run-id>")) {
                BuildRuns.assertNotebooksRun();
                done.add(line + "  (run by the build)");
                continue;
            }
            if (args.stream().anyMatch(a -> a.contains("<run-id>"))) {
                assertThat(lastRun).as("a run above " + line).isNotNull();
                String id = lastRun;
                args.replaceAll(a -> a.replace("<run-id>", id));
            }
            if (args.get(0).equals("run") && !args.contains("--workload") && !args.contains("--quick")) {
                if (!Boolean.getBoolean("threadlab.skipExperiments")) {
                    BuildRuns.assertQuickRunHolds(args.subList(1, args.size()));
                    done.add(line + "  (in the build's quick run)");
                    continue;
                }
                args.add("--quick");
            }
            long start = System.nanoTime();
            String out = execute(args);
            System.out.printf("README command %s: %.1f s%n", String.join(" ", args), (System.nanoTime() - start) / 1e9);
            if (args.get(0).equals("run")) {
                Matcher m = RESULTS_LINE.matcher(out);
                assertThat(m.find()).as("'results:' line of " + line).isTrue();
                lastRun = Path.of(m.group(1).strip()).getParent().getFileName().toString();
            }
            done.add(line);
        }
        assertThat(done).hasSameSizeAs(lines);
    }

    /** The folder a student runs from: lab/target/lab.jar and the sheets, as after mvn verify. */
    private void layOut() throws IOException {
        Path jar = ROOT.resolve("lab/target/lab.jar");
        assertThat(jar).as("lab.jar, packaged before this test").isRegularFile();
        Files.createDirectories(work.resolve("lab/target"));
        Files.copy(jar, work.resolve("lab/target/lab.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(work.resolve("notebooks"));
        try (Stream<Path> sheets = Files.list(ROOT.resolve("notebooks"))) {
            for (Path p : sheets.filter(Files::isRegularFile).toList()) {
                Files.copy(p, work.resolve("notebooks").resolve(p.getFileName()));
            }
        }
    }

    private String execute(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                "lab" + File.separator + "target" + File.separator + "lab.jar"));
        command.addAll(args);
        Path log = work.resolve("command.log");
        Process p = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended)
                .as("%s ended within %d min:%n%s", args, TIMEOUT_MINUTES, out)
                .isTrue();
        assertThat(p.exitValue()).as("exit code of %s:%n%s", args, out).isZero();
        return out;
    }
}
