package threadlab.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * A run folder's {@code results.json} as a run keeps it: every run added is written at once
 * (atomically, the whole file), so a crash loses at most the run in progress. If another program
 * holds the file open (Windows will not replace a file a notebook is reading), the runs stay here,
 * one line says so, and the next write, or {@link #flush}, adds them.
 */
final class RunFile {

    private final Path runDir;
    private final PrintWriter console;
    private Results results;
    private ResultsFile.ResultsBusyException busy;

    /** Writes {@code results} at once, so the run folder holds a file from the start. */
    RunFile(Path runDir, Results results, PrintWriter console) throws IOException {
        this.runDir = runDir;
        this.results = results;
        this.console = console;
        ResultsFile.write(runDir, results);
    }

    Results results() {
        return results;
    }

    /** Adds a run and rewrites the file (or keeps the run for the next write, if the file is held). */
    void add(RunResult run) throws IOException {
        results = results.with(run);
        save();
    }

    /** Adds runs and rewrites the file once. */
    void addAll(Iterable<RunResult> runs) throws IOException {
        for (RunResult run : runs) {
            results = results.with(run);
        }
        save();
    }

    /**
     * Writes the results once more if the last write found the file held open.
     *
     * @throws ResultsFile.ResultsBusyException if it is still held: the file then lacks the last runs
     */
    void flush() throws IOException {
        if (busy != null) {
            ResultsFile.write(runDir, results);
            busy = null;
        }
    }

    private void save() throws IOException {
        try {
            ResultsFile.write(runDir, results);
            busy = null;
        } catch (ResultsFile.ResultsBusyException e) {
            if (busy == null) {
                console.printf("%nnote: %s; the next write will add this run%n", e.getMessage());
                console.flush();
            }
            busy = e;
        }
    }
}
