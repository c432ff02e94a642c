package threadlab.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import threadlab.machine.OnPath;

/**
 * Finds and asks Pythons. A candidate is asked, from an argument list, for its version, its GIL
 * state and its executable by a one-line program that Python 2 parses too, so an old Python is
 * named and set aside instead of failing on the script's syntax. Its pipe is read as UTF-8, and
 * asked to write UTF-8 ({@code PYTHONIOENCODING}): on Windows Python would otherwise write in the
 * console's code page.
 */
public final class Interpreters {

    /** Python 2 and 3 syntax alike: prints "VERSION GIL EXECUTABLE". */
    static final String PROBE = "import sys\n"
            + "v = sys.version_info\n"
            + "g = getattr(sys, '_is_gil_enabled', None)\n"
            + "try:\n"
            + "    import sysconfig\n"
            + "    t = sysconfig.get_config_var('Py_GIL_DISABLED')\n"
            + "except Exception:\n"
            + "    t = None\n"
            + "state = 'on' if g is None or not t else ('on-again' if g() else 'off')\n"
            + "sys.stdout.write('%d.%d.%d %s %s' % (v[0], v[1], v[2], state, sys.executable))\n";

    private static final long PROBE_SECONDS = 30;

    /** What asking one candidate gave: an interpreter, or why there is none. */
    public record Answer(List<String> command, Interpreter interpreter, String problem) {
        public Optional<Interpreter> found() {
            return Optional.ofNullable(interpreter);
        }
    }

    /** The baseline's choice: the first supported interpreter, or one line saying why there is none. */
    public record Choice(Interpreter interpreter, String reason) {
        public static Choice of(Interpreter interpreter) {
            return new Choice(interpreter, null);
        }

        public static Choice none(String reason) {
            return new Choice(null, reason);
        }
    }

    private Interpreters() {}

    /**
     * The commands a Python 3 is looked for by, in order: {@code python3} on PATH; on Windows also
     * {@code python} (the python.org installer's name) and the {@code py -3} launcher.
     */
    public static List<List<String>> baselineCandidates() {
        List<List<String>> commands = new ArrayList<>();
        OnPath.find("python3").ifPresent(p -> commands.add(List.of(p.toString())));
        if (OnPath.windows()) {
            OnPath.find("python").ifPresent(p -> commands.add(List.of(p.toString())));
            OnPath.find("py").ifPresent(p -> commands.add(List.of(p.toString(), "-3")));
        }
        return commands;
    }

    /** The Python the baseline runs: the first candidate that answers as {@link Interpreter#minimum()}. */
    public static Choice forBaseline() {
        return choose(baselineCandidates().stream().map(Interpreters::ask).toList());
    }

    /** The first supported answer, or a reason naming what each candidate was. */
    static Choice choose(List<Answer> answers) {
        if (answers.isEmpty()) {
            return Choice.none(OnPath.windows() ? "no python3, python or py on PATH" : "no python3 on PATH");
        }
        List<String> why = new ArrayList<>();
        for (Answer a : answers) {
            if (a.interpreter() != null && a.interpreter().supported()) {
                return Choice.of(a.interpreter());
            }
            why.add(
                    a.interpreter() != null
                            ? String.format(
                                    "%s is Python %s, too old (the baseline needs %s)",
                                    String.join(" ", a.command()),
                                    a.interpreter().version(),
                                    Interpreter.minimum())
                            : String.join(" ", a.command()) + " " + a.problem());
        }
        return Choice.none(String.join("; ", why));
    }

    /** Asks one candidate who it is; never throws. */
    public static Answer ask(List<String> command) {
        List<String> full = new ArrayList<>(command);
        full.add("-c");
        full.add(PROBE);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Answer(command, null, "does not start (" + e.getMessage() + ")");
        }
        try {
            process.getOutputStream().close();
            byte[][] out = new byte[1][];
            Thread reader = Thread.ofVirtual().start(() -> out[0] = readAll(process.getInputStream()));
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                return new Answer(command, null, "did not answer within " + PROBE_SECONDS + " s");
            }
            reader.join(TimeUnit.SECONDS.toMillis(PROBE_SECONDS));
            String text = out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8).strip();
            return parse(command, process.exitValue(), text);
        } catch (IOException e) {
            return new Answer(command, null, "could not be read (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(command, null, "was interrupted");
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads an answer: "VERSION GIL EXECUTABLE" from a Python, anything else is a problem. */
    static Answer parse(List<String> command, int exit, String text) {
        String[] words = text.split(" ", 3);
        if (exit == 0 && words.length == 3 && words[0].matches("\\d+\\.\\d+\\.\\d+")) {
            return new Answer(command, new Interpreter(command, words[0], words[1], words[2]), null);
        }
        String firstLine = text.lines().findFirst().orElse("").strip();
        return new Answer(
                command,
                null,
                "is not a working Python (exit " + exit
                        + (firstLine.isEmpty()
                                ? ""
                                : ": " + (firstLine.length() > 160 ? firstLine.substring(0, 160) + "..." : firstLine))
                        + ")");
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readNBytes(64 * 1024);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Every Python found, for {@code doctor}: the baseline's candidates, every {@code python3} and
     * {@code python} on PATH (not only the first, which shadows the others), the versioned names on
     * PATH ({@code python3.8} ... {@code python3.14}, free-threaded {@code t} builds too; not
     * through a version manager's shims, which answer only for the selected version), and the
     * versions a pyenv (or pyenv-win) root holds. Each is asked; the same executable is listed once.
     */
    public static List<Answer> everyFound() {
        java.util.LinkedHashSet<List<String>> commands = new java.util.LinkedHashSet<>(baselineCandidates());
        for (String name : List.of("python3", "python")) {
            OnPath.findAll(name).forEach(p -> commands.add(List.of(p.toString())));
        }
        for (int minor = 8; minor <= 14; minor++) {
            for (String name : List.of("python3." + minor, "python3." + minor + "t")) {
                OnPath.find(name)
                        .filter(p -> p.getParent() == null
                                || !p.getParent().getFileName().toString().equals("shims"))
                        .ifPresent(p -> commands.add(List.of(p.toString())));
            }
        }
        for (Path python : pyenvPythons()) {
            commands.add(List.of(python.toString()));
        }
        java.util.Map<String, Answer> byExecutable = new java.util.LinkedHashMap<>();
        List<Answer> failed = new ArrayList<>();
        // Asked side by side (each is a process start, a few hundred ms through a shim), read in order.
        List<java.util.concurrent.CompletableFuture<Answer>> asked = new ArrayList<>();
        try (var askers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<String> command : commands) {
                asked.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> ask(command), askers));
            }
        }
        for (var future : asked) {
            Answer a = future.join();
            if (a.interpreter() == null) {
                failed.add(a);
            } else {
                byExecutable.putIfAbsent(realPath(a.interpreter().executable()), a);
            }
        }
        List<Answer> all = new ArrayList<>(byExecutable.values());
        all.addAll(failed);
        return all;
    }

    /** The file a program path leads to (links followed), so that python, python3 and /bin/python3 count once. */
    private static String realPath(String executable) {
        try {
            return Path.of(executable).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return executable;
        }
    }

    /** The interpreters of a pyenv root ({@code $PYENV_ROOT} or {@code ~/.pyenv}; pyenv-win's layout too). */
    static List<Path> pyenvPythons() {
        String root = System.getenv("PYENV_ROOT");
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> versionFolders = List.of(
                (root != null ? Path.of(root) : home.resolve(".pyenv")).resolve("versions"),
                home.resolve(".pyenv").resolve("pyenv-win").resolve("versions"));
        List<Path> pythons = new ArrayList<>();
        for (Path folder : versionFolders) {
            if (!java.nio.file.Files.isDirectory(folder)) {
                continue;
            }
            try (var versions = java.nio.file.Files.list(folder)) {
                for (Path v : versions.sorted().toList()) {
                    for (Path exe : List.of(
                            v.resolve("bin").resolve("python3"),
                            v.resolve("bin").resolve("python"),
                            v.resolve("python.exe"))) {
                        if (java.nio.file.Files.isRegularFile(exe) && java.nio.file.Files.isExecutable(exe)) {
                            pythons.add(exe);
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                // an unreadable versions folder lists none
            }
        }
        return pythons;
    }
}
