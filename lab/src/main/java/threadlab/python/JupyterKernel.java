package threadlab.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import threadlab.machine.OnPath;
import threadlab.result.ResultsFile;

/**
 * Whether this machine can execute the lab sheets: {@code jupyter} on PATH, its {@code nbconvert}
 * ({@code jupyter nbconvert --version}), and, in the kernel the sheets name, Python able to import
 * pandas (1.1 or newer: {@code threadlab_results.py} groups with {@code groupby(..., dropna=False)},
 * new in 1.1) and matplotlib. The kernel is asked by executing a one-cell notebook with that kernel, so the
 * answer is the kernel's own, whichever Python Jupyter was installed with (pipx, Homebrew and
 * conda often give Jupyter a Python of its own, without pandas).
 *
 * @param jupyter the program found, or null
 * @param nbconvert nbconvert's version, or null
 * @param python the kernel's Python version, or null
 * @param pandas the kernel's pandas version, or null
 * @param matplotlib the kernel's matplotlib version, or null
 * @param problem why the sheets cannot run here, or null when they can
 */
public record JupyterKernel(
        Path jupyter, String nbconvert, String python, String pandas, String matplotlib, String problem) {

    static final String MARK = "threadlab-kernel";
    static final int[] MIN_PANDAS = {1, 1};
    private static final long TIMEOUT_SECONDS = 180;

    private static final String PROBE = String.join(
            "\n",
            "import sys",
            "found = {}",
            "for name in ('pandas', 'matplotlib'):",
            "    try:",
            "        found[name] = __import__(name).__version__",
            "    except Exception as e:",
            "        found[name] = '-'",
            "print('" + MARK + "', sys.version.split()[0], found['pandas'], found['matplotlib'], sys.executable)");

    public boolean ready() {
        return problem == null;
    }

    /** Checks Jupyter and the kernel that {@code sheet} names (the python3 kernel when it names none). */
    public static JupyterKernel check(Path sheet) throws InterruptedException {
        return check(OnPath.find("jupyter"), sheet);
    }

    static JupyterKernel check(Optional<Path> jupyter, Path sheet) throws InterruptedException {
        if (jupyter.isEmpty()) {
            return new JupyterKernel(null, null, null, null, null, "no 'jupyter' on PATH");
        }
        Path program = jupyter.get();
        Run version = run(List.of(program.toString(), "nbconvert", "--version"), null);
        String nbconvert = version.exit() == 0 ? version.lastLine() : null;
        if (nbconvert == null) {
            return new JupyterKernel(
                    program,
                    null,
                    null,
                    null,
                    null,
                    "'" + program + " nbconvert' does not run (" + version.why() + ")");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("threadlab-kernel");
            Path probe = folder.resolve("probe.ipynb");
            Files.writeString(probe, probeNotebook(sheet), StandardCharsets.UTF_8);
            Run executed = run(
                    List.of(
                            program.toString(),
                            "nbconvert",
                            "--to",
                            "notebook",
                            "--execute",
                            "--stdout",
                            probe.toString()),
                    folder);
            String answer = executed.exit() == 0 ? answerOf(executed.stdout()) : null;
            if (answer == null) {
                return new JupyterKernel(
                        program, nbconvert, null, null, null, "its kernel does not start (" + executed.why() + ")");
            }
            String[] words = answer.strip().split(" ", 5);
            String python = words[1];
            String pandas = words[2].equals("-") ? null : words[2];
            String matplotlib = words[3].equals("-") ? null : words[3];
            List<String> lacks = new ArrayList<>();
            if (pandas == null) {
                lacks.add("pandas");
            }
            if (matplotlib == null) {
                lacks.add("matplotlib");
            }
            String problem = !lacks.isEmpty()
                    ? "its kernel's Python (" + words[4] + ") lacks " + String.join(" and ", lacks)
                    : !Interpreter.atLeast(pandas, MIN_PANDAS[0], MIN_PANDAS[1])
                            ? "its kernel's pandas is " + pandas + ", older than the " + MIN_PANDAS[0] + "."
                                    + MIN_PANDAS[1] + " the sheets need"
                            : null;
            return new JupyterKernel(program, nbconvert, python, pandas, matplotlib, problem);
        } catch (IOException e) {
            return new JupyterKernel(
                    program, nbconvert, null, null, null, "the kernel could not be asked (" + e.getMessage() + ")");
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The probe cell in a notebook naming the same kernel as {@code sheet}. */
    static String probeNotebook(Path sheet) throws IOException {
        ObjectNode nb = ResultsFile.json().createObjectNode();
        JsonNode kernelspec = sheet == null || !Files.isRegularFile(sheet)
                ? null
                : ResultsFile.json().readTree(sheet.toFile()).path("metadata").get("kernelspec");
        ObjectNode metadata = nb.putObject("metadata");
        if (kernelspec != null) {
            metadata.set("kernelspec", kernelspec);
        } else {
            metadata.putObject("kernelspec")
                    .put("name", "python3")
                    .put("display_name", "Python 3")
                    .put("language", "python");
        }
        ObjectNode cell = nb.putArray("cells").addObject();
        cell.put("cell_type", "code").putNull("execution_count");
        cell.putObject("metadata");
        cell.putArray("outputs");
        cell.put("source", PROBE);
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        return ResultsFile.json().writeValueAsString(nb);
    }

    /** The probe's line among the executed notebook's outputs (a stream's text is a string or a list of lines). */
    static String answerOf(String executedNotebook) {
        try {
            for (JsonNode cell : ResultsFile.json().readTree(executedNotebook).path("cells")) {
                for (JsonNode output : cell.path("outputs")) {
                    StringBuilder text = new StringBuilder();
                    JsonNode node = output.path("text");
                    if (node.isArray()) {
                        node.forEach(t -> text.append(t.asText()));
                    } else {
                        text.append(node.asText(""));
                    }
                    for (String line : text.toString().split("\n")) {
                        if (line.startsWith(MARK + " ") && line.strip().split(" ", 5).length == 5) {
                            return line;
                        }
                    }
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private record Run(int exit, String stdout, String stderr) {
        String lastLine() {
            List<String> lines = stdout.strip().lines().toList();
            return lines.isEmpty() ? null : lines.get(lines.size() - 1).strip();
        }

        String why() {
            String last = (stderr + "\n" + stdout)
                    .strip()
                    .lines()
                    .filter(l -> !l.isBlank())
                    .reduce((a, b) -> b)
                    .orElse("");
            return "exit " + exit
                    + (last.isEmpty() ? "" : ": " + (last.length() > 160 ? last.substring(0, 160) + "..." : last));
        }
    }

    private static Run run(List<String> command, Path folder) throws InterruptedException {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("threadlab-jupyter", ".out");
            err = Files.createTempFile("threadlab-jupyter", ".err");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (folder != null) {
                builder.directory(folder.toFile());
            }
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = builder.start();
            p.getOutputStream().close();
            try {
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    return new Run(-1, "", "did not end within " + TIMEOUT_SECONDS + " s");
                }
            } finally {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Run(-1, "", e.getMessage());
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try (var all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
