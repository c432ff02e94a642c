package threadlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import threadlab.experiment.Experiment;
import threadlab.experiment.Experiments;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.python.Interpreter;
import threadlab.python.Interpreters;
import threadlab.python.JupyterKernel;
import threadlab.result.MachineFacts;

/**
 * The doctor's lines: a label, the fact, and after a colon what it means for the lessons. The
 * sizes it holds the limits against (the most connects in flight, the most threads per task) are
 * read from the experiments' full plans, so they follow the code.
 */
final class DoctorLines {

    private final MachineFacts facts;
    private final int cores;
    private final long maxHeap;
    private final Long memory;

    DoctorLines(MachineFacts facts, int cores, long maxHeap, Long memory) {
        this.facts = facts;
        this.cores = cores;
        this.maxHeap = maxHeap;
        this.memory = memory;
    }

    List<String> jdks() {
        List<String> lines = new ArrayList<>();
        String running = Path.of(System.getProperty("java.home")).toString();
        boolean first = true;
        for (MachineFacts.JdkFact jdk : facts.jdks()) {
            boolean self = jdk.foundBy().contains("this JVM");
            String what = String.format(
                    "%s (%s) at %s, found by %s",
                    jdk.version(),
                    jdk.vendor() == null ? "vendor not named" : jdk.vendor(),
                    jdk.home(),
                    String.join(", ", jdk.foundBy()));
            String meaning = !jdk.usable()
                    ? "refused: the lab needs JDK 21 or newer"
                    : self
                            ? "runs this doctor, and the lab"
                            : "runs the lab too (its bin/java -jar lab/target/lab.jar), to compare JDKs";
            lines.add(line(first ? "JDKs" : "", what + ": " + meaning));
            first = false;
        }
        if (facts.jdks().stream().noneMatch(j -> j.foundBy().contains("this JVM"))) {
            lines.add(
                    0,
                    line("JDKs", "this JVM (" + running + ") has no release file: running JDK " + Runtime.version()));
        }
        return lines;
    }

    List<String> hardware() {
        List<String> lines = new ArrayList<>();
        lines.add(line(
                "cores",
                cores + ": CPU work speeds up at most " + cores + "x (cpu-scaling), virtual threads get " + cores
                        + " carriers, and the process pool talks over shared memory only while every polling side has a core ("
                        + Math.max(1, cores / 2) + " worker" + (cores / 2 > 1 ? "s" : "")
                        + " here), over pipes beyond"));
        lines.add(line(
                "memory",
                (memory == null ? "total not readable" : gb(memory) + " total") + ", largest heap " + gb(maxHeap)
                        + (maxHeap < 1L << 30
                                ? ": below 1 GB, the 100,000-thread sweeps may run out of heap (give -Xmx2g)"
                                : ": room for the 100,000-thread sweeps (sync-vs-async, threadlocal-footprint)")));
        return lines;
    }

    List<String> ipc() {
        List<String> lines = new ArrayList<>();
        int left = facts.socketPathLimitBytes() - facts.ipcFolder().length();
        lines.add(line(
                "IPC",
                facts.ipcFolder() + ": mapped files and socket files of ipc-channels, shared-memory-counter and the"
                        + " process pool; a Unix socket path may be " + facts.socketPathLimitBytes() + " bytes here, "
                        + left
                        + " left after this folder for the run's folder and the socket's name"));
        if (facts.sharedMemory() != null) {
            long free = Path.of(facts.sharedMemory()).toFile().getUsableSpace();
            lines.add(line("/dev/shm", "present, " + gb(free) + " free: mapped files live in memory only"));
        } else {
            lines.add(line(
                    "/dev/shm",
                    "absent: mapped files go under the temp folder; the OS may write their pages back to disk,"
                            + " which shared-memory timings then include"));
        }
        return lines;
    }

    List<String> limits() {
        List<String> lines = new ArrayList<>();
        int sockets = largest(t -> t.workload().name().equals("socket"), true);
        int threads = largest(t -> t.mode().id().equals("platform-per-task"), false);
        MachineFacts.LimitFact fd = facts.descriptors();
        lines.add(line(
                "files",
                fd.value() == null
                        ? fd.source()
                        : String.format(
                                "%,d (%s): a loopback round trip holds 1 descriptor in the lab's JVM (the other end is in the server's), so about %,d fit in flight; the"
                                        + " largest socket sweep has %,d in flight: %s",
                                fd.value(),
                                fd.source(),
                                fd.value() - 100,
                                sockets,
                                (long) sockets + 100 <= fd.value()
                                        ? "it fits"
                                        : "it will fail with 'Too many open files' (raise ulimit -n)")));
        MachineFacts.LimitFact backlog = facts.backlogCap();
        int bound = facts.connectBound() == null ? 0 : facts.connectBound();
        String cap = backlog.value() == null
                ? "unknown, " + backlog.source()
                : String.format("%,d (%s)", backlog.value(), backlog.source());
        lines.add(line(
                "backlog",
                cap
                        + (bound > 0 && bound < sockets
                                ? String.format(
                                        ": the socket sweeps ask up to %,d connects at once, so the lab lets at most %,d wait for the server"
                                                + " (recorded in each socket run); above %,d connects in flight io-scaling and sync-vs-async measure this cap,"
                                                + " not the threads",
                                        sockets, bound, bound)
                                : String.format(
                                        ": every socket sweep's connects (up to %,d at once) fit, so the threads decide",
                                        sockets))));
        MachineFacts.LimitFact t = facts.threads();
        lines.add(line(
                "threads",
                t.value() == null
                        ? t.source() + String.format(": platform-per-task at %,d is bounded by memory", threads)
                        : String.format(
                                "%,d (%s): platform-per-task at %,d %s",
                                t.value(),
                                t.source(),
                                threads,
                                threads + 200 <= t.value()
                                        ? "fits"
                                        : "meets it: the refused thread is the OS's answer, reported as data")));
        lines.add(line(
                "park",
                Boolean.TRUE.equals(facts.timedParkCoarse())
                        ? String.format(
                                "a 20 µs park took %.0f µs (coarse): shared memory waits by spinning and yielding, and the process"
                                        + " pool talks over pipes",
                                facts.timedParkMicros())
                        : String.format(
                                "a 20 µs park took %.0f µs: a shared-memory reader may park between polls",
                                facts.timedParkMicros())));
        return lines;
    }

    List<String> pythons(List<Interpreters.Answer> answers) {
        List<String> lines = new ArrayList<>();
        MachineFacts.PythonFact baseline = facts.python();
        lines.add(line(
                "python",
                baseline == null
                        ? "none usable (" + facts.pythonProblem() + "): python-baseline is skipped, in one line"
                        : String.format(
                                "%s: Python %s, GIL %s, %s: python-baseline runs it%s",
                                baseline.command(),
                                baseline.version(),
                                baseline.gil(),
                                baseline.executable(),
                                gilMeaning(baseline.gil()))));
        for (Interpreters.Answer a : answers) {
            Interpreter p = a.interpreter();
            if (p != null && baseline != null && p.executable().equals(baseline.executable())) {
                continue;
            }
            lines.add(line(
                    "",
                    p == null
                            ? String.join(" ", a.command()) + " " + a.problem()
                            : String.format(
                                    "%s: Python %s, GIL %s%s",
                                    p.executable(),
                                    p.version(),
                                    p.gil(),
                                    p.supported()
                                            ? ""
                                            : ": too old for the baseline (it needs " + Interpreter.minimum() + ")")));
        }
        return lines;
    }

    String jupyter(JupyterKernel kernel) {
        if (!kernel.ready()) {
            return line("jupyter", kernel.problem() + ": the notebooks step is skipped, in one line");
        }
        return line(
                "jupyter",
                String.format(
                        "%s, nbconvert %s, kernel Python %s with pandas %s and matplotlib %s: mvn verify executes"
                                + " the lab sheets",
                        kernel.jupyter(), kernel.nbconvert(), kernel.python(), kernel.pandas(), kernel.matplotlib()));
    }

    String chromium() {
        return line(
                "chromium",
                facts.chromium() == null
                        ? "none found: the report's browser test is skipped (the report itself needs no browser)"
                        : facts.chromium()
                                + (Files.isExecutable(Path.of(facts.chromium()))
                                        ? ": the report's browser test renders the page"
                                        : ": found but not executable"));
    }

    private static String gilMeaning(String gil) {
        return gil.equals("off")
                ? " (free-threaded: its threads compute in parallel, as the JVM's do)"
                : " (its threads take turns on CPU work: the classic lesson's half)";
    }

    /** The most tasks in flight (or tasks) of any full-profile trial matching {@code which}. */
    private int largest(Predicate<Trial> which, boolean inFlight) {
        int most = 0;
        for (Experiment e : Experiments.all()) {
            for (Trial t : e.plan(Profile.FULL, cores)) {
                if (which.test(t)) {
                    most = Math.max(most, inFlight ? t.mode().concurrency(t.tasks()) : t.tasks());
                }
                t.mode().close();
            }
        }
        return most;
    }

    private static String gb(long bytes) {
        return String.format("%.1f GB", bytes / 1e9);
    }

    private static String line(String label, String text) {
        return String.format("%-9s%s", label, text);
    }
}
