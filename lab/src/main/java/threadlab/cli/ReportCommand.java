package threadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import threadlab.InvalidInputException;
import threadlab.report.Reports;

/**
 * {@code report}: the page a person reads after a run. For each run folder, writes
 * {@code RUN_DIR/report/index.html} and {@code summary.md}; with {@code --compare A B}, a page
 * with B's results as ratios of A's; with {@code --class DIR...}, a class's folders on one page
 * (a row per machine, charts across them). A broken or partial run folder still gets its report, which
 * says what is missing (exit 0); a path that cannot be read is bad usage (exit 2, one line).
 */
@Command(
        name = "report",
        description = {
            "Write RUN_DIR/report/index.html and summary.md: charts, tables and conclusions.",
            "  report results/20260101-120000-seed",
            "  report --compare results/laptop-jdk21 results/laptop-jdk25",
            "  report --class handed-in/* --out class-report"
        })
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "RUN_DIR",
            arity = "0..*",
            description = "run folders (default: the newest folder under --results)")
    List<Path> runDirs = new ArrayList<>();

    @Option(
            names = "--compare",
            arity = "2",
            paramLabel = "RUN_DIR",
            description = "compare two run folders, A then B: B's numbers as ratios of A's")
    List<Path> compare = new ArrayList<>();

    @Option(
            names = "--class",
            arity = "1..*",
            paramLabel = "RUN_DIR",
            description =
                    "a class's run folders (many machines or JDKs) on one page: a row per folder, charts across them")
    List<Path> classDirs = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "with --compare: where the comparison goes (default: B/report/compare-<A>);"
                    + " with --class: where the class page goes (default: class-report)")
    Path out;

    @Option(
            names = "--results",
            paramLabel = "DIR",
            defaultValue = "results",
            description = "where to look for the newest run when no RUN_DIR is given (default: ${DEFAULT-VALUE})")
    Path results;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        PrintWriter console = spec.commandLine().getOut();
        if (!classDirs.isEmpty()) {
            if (!runDirs.isEmpty() || !compare.isEmpty()) {
                throw new InvalidInputException(
                        "give --class RUN_DIR... alone, without --compare or other run folders");
            }
            Path page = Reports.classView(classDirs, out != null ? out : Path.of("class-report"));
            console.printf("class view: %s%n", page);
            return LabCommand.OK;
        }
        if (!compare.isEmpty()) {
            if (!runDirs.isEmpty()) {
                throw new InvalidInputException("give either --compare RUN_A RUN_B or run folders, not both");
            }
            Path page = Reports.compare(compare.get(0), compare.get(1), out);
            console.printf("comparison: %s%n", page);
            return LabCommand.OK;
        }
        if (out != null) {
            throw new InvalidInputException(
                    "--out goes with --compare; a run's report is always written to RUN_DIR/report");
        }
        List<Path> dirs = runDirs.isEmpty() ? List.of(newestRun()) : runDirs;
        for (Path dir : dirs) {
            Path page = Reports.write(dir);
            console.printf("report: %s%n", page);
        }
        return LabCommand.OK;
    }

    private Path newestRun() throws IOException {
        if (!Files.isDirectory(results)) {
            throw new InvalidInputException(
                    "no RUN_DIR given and no folder " + results + " to take the newest run from");
        }
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(Files::isDirectory)
                    .max(Comparator.comparing(ReportCommand::modified))
                    .orElseThrow(
                            () -> new InvalidInputException("no RUN_DIR given and no run folder under " + results));
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
