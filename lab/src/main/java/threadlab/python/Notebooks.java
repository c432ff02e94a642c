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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * Executes the coursework notebooks headless on one run folder, as {@code jupyter nbconvert --to
 * html --execute} does: each sheet runs top to bottom in its own kernel (the one the sheet names,
 * {@code python3}), with {@code THREADLAB_RUN} naming the run folder, and its executed copy is
 * written to {@code RUN_DIR/notebooks/NAME.html}. Sheets run side by side, one per core (at most
 * four), each printing its lines when it starts and ends. A sheet that raises is a failure; the
 * others still run. First the kernel is checked ({@link JupyterKernel}): without {@code jupyter} on PATH,
 * without nbconvert, or with a kernel that lacks pandas or matplotlib, nothing runs and
 * {@link #run} says so in one line.
 */
public final class Notebooks {

    /** The output folder inside the run folder. */
    public static final String FOLDER = "notebooks";

    /** What {@link #run} did: sheets executed, and the ones that failed. */
    public record Outcome(boolean skipped, List<String> executed, List<String> failed) {}

    /** What to do about a kernel that is not ready, in a few words (the README has the commands). */
    static final String INSTALL =
            "to execute the lab sheets, install Jupyter with pandas 1.1+ and matplotlib in its kernel: see the README's Coursework";

    private static final int TAIL_LINES = 25;
    private static final int CELL_TIMEOUT_SECONDS = 300;
    private static final int MAX_AT_ONCE = 4;

    private Notebooks() {}

    /** Every {@code .ipynb} directly in {@code sheets}, in name order (01_, 02_, ...). */
    public static List<Path> sheets(Path sheets) throws IOException {
        try (Stream<Path> files = Files.list(sheets)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Executes every sheet on {@code runDir}, printing nbconvert's lines to {@code console}.
     *
     * @throws InterruptedException if interrupted while a sheet runs (nbconvert and its kernel are stopped)
     */
    public static Outcome run(List<Path> sheets, Path runDir, PrintWriter console)
            throws IOException, InterruptedException {
        return run(sheets, runDir, console, JupyterKernel.check(sheets.isEmpty() ? null : sheets.get(0)));
    }

    /** As {@link #run(List, Path, PrintWriter)}, with the kernel already checked (not ready: skipped). */
    static Outcome run(List<Path> sheets, Path runDir, PrintWriter console, JupyterKernel kernel)
            throws IOException, InterruptedException {
        if (!kernel.ready()) {
            console.println("notebooks: skipped, " + kernel.problem() + " (" + INSTALL + ")");
            return new Outcome(true, List.of(), List.of());
        }
        Path jupyter = kernel.jupyter();
        Path run = runDir.toAbsolutePath().normalize();
        Path out = run.resolve(FOLDER);
        Files.createDirectories(out);
        Set<Process> live = ConcurrentHashMap.newKeySet();
        List<Future<Boolean>> outcomes = new ArrayList<>();
        ThreadFactory named = Thread.ofPlatform().name("notebook-", 1).factory();
        try (ExecutorService sheetsAtOnce = Executors.newFixedThreadPool(parallelism(sheets.size()), named)) {
            for (Path sheet : sheets) {
                outcomes.add(sheetsAtOnce.submit(() -> executeOne(jupyter, sheet, out, run, console, live)));
            }
            List<String> executed = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            try {
                for (int i = 0; i < sheets.size(); i++) {
                    (outcomes.get(i).get() ? executed : failed).add(name(sheets.get(i)));
                }
            } catch (InterruptedException | ExecutionException e) {
                // before the pool's close waits for its sheets: end them now
                sheetsAtOnce.shutdownNow();
                stop(live);
                if (e instanceof InterruptedException) {
                    throw (InterruptedException) e;
                }
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            return new Outcome(false, executed, failed);
        }
    }

    /**
     * How many sheets run at once: one per core, at most {@value #MAX_AT_ONCE}. A sheet spends most
     * of its time starting its kernel and importing pandas and matplotlib, on one core, so two
     * sheets on two cores take about the time of one.
     */
    static int parallelism(int sheets) {
        return Math.max(
                1, Math.min(Math.min(sheets, MAX_AT_ONCE), Runtime.getRuntime().availableProcessors()));
    }

    private static boolean executeOne(
            Path jupyter, Path sheet, Path out, Path runDir, PrintWriter console, Set<Process> live)
            throws IOException, InterruptedException {
        String name = name(sheet);
        long start = System.nanoTime();
        console.printf("notebooks: executing %s on %s%n", sheet, runDir);
        console.flush();
        Deque<String> tail = new ArrayDeque<>();
        int exit = execute(jupyter, sheet, out, name, runDir, tail, live);
        if (exit == 0) {
            console.printf(
                    "notebooks: %s -> %s (%.1f s)%n",
                    name, out.resolve(name + ".html"), (System.nanoTime() - start) / 1e9);
        } else {
            console.printf(
                    "notebooks: %s FAILED (nbconvert exited with %d):%n%s%n", name, exit, String.join("\n", tail));
        }
        console.flush();
        return exit == 0;
    }

    private static String name(Path sheet) {
        return sheet.getFileName().toString().replaceFirst("\\.ipynb$", "");
    }

    /** Ends every nbconvert still running, and its kernel. */
    private static void stop(Set<Process> live) {
        for (Process p : live) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
    }

    private static int execute(
            Path jupyter, Path sheet, Path out, String name, Path runDir, Deque<String> tail, Set<Process> live)
            throws IOException, InterruptedException {
        List<String> command = List.of(
                jupyter.toString(),
                "nbconvert",
                "--to",
                "html",
                "--execute",
                "--ExecutePreprocessor.timeout=" + CELL_TIMEOUT_SECONDS,
                "--output-dir",
                out.toString(),
                "--output",
                name,
                sheet.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("THREADLAB_RUN", runDir.toString());
        Process process = builder.start();
        live.add(process);
        if (Thread.currentThread().isInterrupted()) {
            // stopped while it started: stop() may have run before it was there to end
            stop(Set.of(process));
            live.remove(process);
            throw new InterruptedException("stopped while " + name + " started");
        }
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
            live.remove(process);
        }
    }
}
