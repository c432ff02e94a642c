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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * Runs the Python baseline script with the first Python 3 found ({@link Interpreters#forBaseline}),
 * started from an argument list (never through a shell), relaying its progress line by line. The
 * script writes its own results file, {@code python-baseline.json} in the run folder, in the lab's
 * schema with Python's environment (its version, its process start method); the runs in it are
 * what this returns, for the caller to merge into {@code results.json}.
 *
 * <p>The script's standard input is a pipe this JVM holds open and never writes to; the script
 * and its pool's workers end when it closes ({@code --exit-when-stdin-closes}), which the OS does
 * when this JVM ends, killed or not, on every OS. Its output is UTF-8 ({@code PYTHONIOENCODING}).
 *
 * <p>Without a Python 3 (none found, or only ones too old, asked before the script runs; or the
 * script itself exits with {@link #TOO_OLD}) it prints one line and writes
 * {@code python-baseline.json} with a {@code skipped} reason and no runs. Interrupted, it stops the
 * interpreter and its pool's worker processes.
 */
public final class PythonBaseline {

    /** The file the script writes in the run folder. */
    public static final String FILE = "python-baseline.json";

    /** The script's exit status when the interpreter is older than it supports. */
    static final int TOO_OLD = 3;

    private static final int TAIL_LINES = 20;

    private PythonBaseline() {}

    /**
     * @return the script's runs, or none when skipped
     * @throws IOException if the script failed (its last lines are in the message) or its file is unreadable
     */
    public static List<RunResult> run(Path runDir, boolean quick, PrintWriter console)
            throws IOException, InterruptedException {
        return run(runDir, quick, console, Interpreters.forBaseline());
    }

    /** As {@link #run(Path, boolean, PrintWriter)}, with the interpreter chosen (none: skipped, with the reason). */
    static List<RunResult> run(Path runDir, boolean quick, PrintWriter console, Interpreters.Choice choice)
            throws IOException, InterruptedException {
        if (choice.interpreter() == null) {
            return skip(runDir, console, choice.reason());
        }
        Interpreter python = choice.interpreter();
        Path out = runDir.resolve(FILE);
        try (BaselineScript script = BaselineScript.extract()) {
            List<String> command = new ArrayList<>(python.command());
            command.addAll(List.of(
                    script.file().toString(),
                    "--out",
                    out.toAbsolutePath().toString(),
                    "--run-id",
                    runDir.getFileName().toString(),
                    "--exit-when-stdin-closes"));
            if (quick) {
                command.add("--quick");
            }
            console.printf("Python %s: %s%n", python.version(), String.join(" ", command));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            environment(builder);
            Process process = builder.start();
            Deque<String> tail = new ArrayDeque<>();
            int exit;
            try {
                relay(process, console, tail);
                exit = process.waitFor();
            } finally {
                stop(process);
            }
            if (exit == TOO_OLD) {
                return skip(
                        runDir, console, python.label() + " is not a Python it supports: " + String.join(" ", tail));
            }
            if (exit != 0) {
                throw new IOException("python-baseline: " + python.label() + " exited with " + exit + ":\n"
                        + String.join("\n", tail));
            }
        }
        Results results = ResultsFile.json().readValue(out.toFile(), Results.class);
        return results.runs() == null ? List.of() : results.runs();
    }

    private static void relay(Process process, PrintWriter console, Deque<String> tail) throws IOException {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                console.println(line);
                console.flush();
                tail.addLast(line);
                if (tail.size() > TAIL_LINES) {
                    tail.removeFirst();
                }
            }
        }
    }

    /**
     * How the script is started: unbuffered output, written in UTF-8 whatever the console's code
     * page (Windows), so that the lines relayed here read as the script wrote them.
     */
    static void environment(ProcessBuilder builder) {
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
    }

    /** Stops the interpreter and whatever it started (a process pool's workers), if still running. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the pipe is gone already
        }
    }

    private static List<RunResult> skip(Path runDir, PrintWriter console, String reason) throws IOException {
        console.printf(
                "python-baseline: skipped, %s (install Python %s to see Python's pools beside the JVM's)%n",
                reason, Interpreter.minimum());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schema", Results.SCHEMA);
        record.put("runId", runDir.getFileName().toString());
        record.put("experiment", "python-baseline");
        record.put("skipped", reason);
        record.put("runs", List.of());
        ResultsFile.writeAtomically(runDir.resolve(FILE), ResultsFile.json().writeValueAsBytes(record));
        return List.of();
    }

    /** Whether a run folder says the baseline was skipped, and why. */
    public static Optional<String> skippedReason(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var skipped = ResultsFile.json().readTree(file.toFile()).get("skipped");
            return skipped == null || skipped.isNull() ? Optional.empty() : Optional.of(skipped.asText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
