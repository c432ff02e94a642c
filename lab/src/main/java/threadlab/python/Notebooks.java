package threadlab.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Executes the coursework notebooks headless on one run folder, as {@code jupyter nbconvert --to
 * html --execute} does: each sheet runs top to bottom in its own kernel (the one the sheet names,
 * {@code python3}), with {@code THREADLAB_RUN} naming the run folder, and its executed copy is
 * written to {@code RUN_DIR/notebooks/NAME.html}. A sheet that raises is a failure; the others
 * still run. First the kernel is checked ({@link JupyterKernel}): without {@code jupyter} on PATH,
 * without nbconvert, or with a kernel that lacks pandas or matplotlib, nothing runs and
 * {@link #run} says so in one line.
 */
public final class Notebooks {

    /** The output folder inside the run folder. */
    public static final String FOLDER = "notebooks";

    /** What {@link #run} did: sheets executed, and the ones that failed. */
    public record Outcome(boolean skipped, List<String> executed, List<String> failed) {}

    /** What to do about a kernel that is not ready, in a few words (the README has the commands). */
    static final String INSTALL = "to execute the lab sheets, install Jupyter with pandas 1.1+ and matplotlib in its kernel: see the README's Coursework";

    private static final int TAIL_LINES = 25;
    private static final int CELL_TIMEOUT_SECONDS = 300;

    private Notebooks() {}

    /** Every {@code .ipynb} directly in {@code sheets}, in name order (01_, 02_, ...). */
    public static List<Path> sheets(Path sheets) throws IOException {
        try (Stream<Path> files = Files.list(sheets)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    /**
     * Executes every sheet on {@code runDir}, printing nbconvert's lines to {@code console}.
     *
     * @throws InterruptedException if interrupted while a sheet runs (nbconvert and its kernel are stopped)
     */
    public static Outcome run(List<Path> sheets, Path runDir, PrintWriter console) throws IOException, InterruptedException {
        return run(sheets, runDir, console, JupyterKernel.check(sheets.isEmpty() ? null : sheets.get(0)));
    }

    /** As {@link #run(List, Path, PrintWriter)}, with the kernel already checked (not ready: skipped). */
    static Outcome run(List<Path> sheets, Path runDir, PrintWriter console, JupyterKernel kernel)
            throws IOException, InterruptedException {
        if (!kernel.ready()) {
            console.println("notebooks: skipped, " + kernel.problem() + " (" + INSTALL + ")");
            return new Outcome(true, List.of(), List.of());
        }
        Optional<Path> jupyter = Optional.of(kernel.jupyter());
        Path out = runDir.toAbsolutePath().normalize().resolve(FOLDER);
        Files.createDirectories(out);
        List<String> executed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path sheet : sheets) {
            String name = sheet.getFileName().toString().replaceFirst("\\.ipynb$", "");
            long start = System.nanoTime();
            console.printf("notebooks: executing %s on %s%n", sheet, runDir);
            console.flush();
            Deque<String> tail = new ArrayDeque<>();
            int exit = execute(jupyter.get(), sheet, out, name, runDir.toAbsolutePath().normalize(), tail);
            if (exit == 0) {
                executed.add(name);
                console.printf("notebooks: %s -> %s (%.1f s)%n", name, out.resolve(name + ".html"), (System.nanoTime() - start) / 1e9);
            } else {
                failed.add(name);
                console.printf("notebooks: %s FAILED (nbconvert exited with %d):%n%s%n", name, exit, String.join("\n", tail));
            }
            console.flush();
        }
        return new Outcome(false, executed, failed);
    }

    private static int execute(Path jupyter, Path sheet, Path out, String name, Path runDir, Deque<String> tail)
            throws IOException, InterruptedException {
        List<String> command = List.of(jupyter.toString(), "nbconvert", "--to", "html", "--execute",
                "--ExecutePreprocessor.timeout=" + CELL_TIMEOUT_SECONDS,
                "--output-dir", out.toString(), "--output", name, sheet.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("THREADLAB_RUN", runDir.toString());
        Process process = builder.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                tail.addLast(line);
                if (tail.size() > TAIL_LINES) {
                    tail.removeFirst();
                }
            }
            return process.waitFor();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
