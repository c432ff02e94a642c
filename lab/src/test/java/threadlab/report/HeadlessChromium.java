package threadlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in headless Chromium the way a reader's browser would, from disk, with no network.
 * Every launch gets a fresh profile folder, is bounded in time, and is killed with all its child
 * processes when it ends or times out, so a test never leaves a browser behind.
 */
final class HeadlessChromium {

    private static final List<Path> CANDIDATES =
            List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final long TIMEOUT_SECONDS = 90;

    /** What the page became once loaded: its DOM, and every console message it logged. */
    record Page(String dom, List<String> console) {}

    private final Path binary;
    private final Path workDir;

    private HeadlessChromium(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** The installed Chromium, if any, working in {@code workDir} (profiles, captured output). */
    static Optional<HeadlessChromium> find(Path workDir) {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst().map(b -> new HeadlessChromium(b, workDir));
    }

    static String candidates() {
        return String.join(" or ", CANDIDATES.stream().map(Path::toString).toList());
    }

    /** Loads the page, runs its scripts to the load event, and returns the DOM and the console. */
    Page load(Path html) throws IOException, InterruptedException {
        return load(html, List.of());
    }

    /** As {@link #load(Path)}, in a window of {@code width} x {@code height} CSS pixels. */
    Page load(Path html, int width, int height) throws IOException, InterruptedException {
        return load(html, List.of("--window-size=" + width + "," + height));
    }

    private Page load(Path html, List<String> window) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "dom", ".html");
        Path err = Files.createTempFile(workDir, "console", ".log");
        List<String> args = new ArrayList<>(window);
        args.addAll(List.of(
                "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString()));
        run(args, out, err);
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(err)) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        return new Page(Files.readString(out), console);
    }

    /** Renders the top {@code height} pixels of the page, 1280 wide, to a PNG. */
    void screenshot(Path html, Path png, int height) throws IOException, InterruptedException {
        run(
                List.of(
                        "--hide-scrollbars",
                        "--window-size=1280," + height,
                        "--screenshot=" + png.toAbsolutePath(),
                        html.toUri().toString()),
                Files.createTempFile(workDir, "shot", ".out"),
                Files.createTempFile(workDir, "shot", ".err"));
    }

    private void run(List<String> args, Path stdout, Path stderr) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(workDir, "profile")));
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(
                        "Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + p.exitValue() + ": " + Files.readString(stderr));
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
