package threadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import threadlab.InvalidInputException;
import threadlab.python.Notebooks;

/**
 * {@code notebooks}: executes the coursework sheets headless on one run folder and writes their
 * HTML copies into it ({@code RUN_DIR/notebooks/}), for the report to link. Exit 0 when every
 * sheet ran, or when there is no Jupyter to run them (said in one line); 1 when a sheet raised.
 */
@Command(
        name = "notebooks",
        description = {
            "Execute the lab sheets (notebooks/*.ipynb) on a run folder; HTML copies go to RUN_DIR/notebooks/.",
            "  notebooks results/verify-20260101-120000"
        })
final class NotebooksCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", description = "the run folder the sheets read")
    Path runDir;

    @Option(
            names = "--sheets",
            paramLabel = "DIR",
            defaultValue = "notebooks",
            description = "the folder holding the .ipynb sheets (default: ${DEFAULT-VALUE})")
    Path sheets;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(runDir)) {
            throw new InvalidInputException("run folder " + runDir + " does not exist");
        }
        if (!Files.isDirectory(sheets)) {
            throw new InvalidInputException(
                    "no sheets folder " + sheets + ": run from the project's root, or give --sheets DIR");
        }
        List<Path> found = Notebooks.sheets(sheets);
        if (found.isEmpty()) {
            throw new InvalidInputException("no .ipynb sheets in " + sheets);
        }
        PrintWriter console = spec.commandLine().getOut();
        Notebooks.Outcome outcome = Notebooks.run(found, runDir, console);
        if (!outcome.failed().isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%d of %d notebooks raised: %s%n",
                            outcome.failed().size(), found.size(), String.join(", ", outcome.failed()));
            return LabCommand.RUN_FAILED;
        }
        if (!outcome.skipped()) {
            console.printf(
                    "notebooks: %d executed, in %s%n", outcome.executed().size(), runDir.resolve(Notebooks.FOLDER));
        }
        return LabCommand.OK;
    }
}
