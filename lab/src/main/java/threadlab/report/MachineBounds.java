package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import threadlab.result.MachineFacts;

/**
 * The sentences that name an OS limit where it bound a run: connects held to the listen backlog
 * cap, a thread cap that platform-per-task met or could meet, a descriptor limit the loopback
 * round trips come near. Read from the runs (their {@code connectBound}) and the run's
 * {@code environment.machine}; a run folder written before the lab recorded them gets none.
 */
final class MachineBounds {

    /** Descriptors the lab's JVM holds besides its sockets (jars, pipes, JFR): a margin. */
    private static final int OWN_DESCRIPTORS = 100;

    private MachineBounds() {}

    static List<String> sentences(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        MachineFacts machine = runs.machine();
        int mostConnects = 0;
        Integer bound = null;
        for (ModeCell c : runs.cells()) {
            if (!c.workload().startsWith("socket:")) {
                continue;
            }
            mostConnects = Math.max(mostConnects, c.runs().get(0).concurrency());
            Integer b = c.runs().get(0).connectBound();
            if (b != null) {
                bound = bound == null ? b : Math.min(bound, b);
            }
        }
        if (bound != null && mostConnects > bound) {
            String source = machine != null
                            && machine.backlogCap() != null
                            && machine.backlogCap().value() != null
                    ? machine.backlogCap().source()
                    : "the OS's listen backlog cap";
            sentences.add(String.format(
                    "Connects waiting for the loopback server were held at %s (%s): with more than %s socket"
                            + " tasks in flight (up to %s here) connections waited their turn, so those rows measure the OS's cap on"
                            + " waiting connections, not the threads.",
                    Formats.count(bound), source, Formats.count(bound), Formats.count(mostConnects)));
        }
        if (machine == null) {
            return sentences;
        }
        MachineFacts.LimitFact fd = machine.descriptors();
        if (fd != null
                && fd.value() != null
                && mostConnects > 0
                && (long) mostConnects + OWN_DESCRIPTORS > fd.value()) {
            sentences.add(String.format(
                    "Sockets need descriptors: %s round trips in flight hold about %s in this JVM (the client"
                            + " ends; the server's JVM holds the others), and this process may open %s (%s); connections"
                            + " beyond it fail with 'Too many open files'.",
                    Formats.count(mostConnects), Formats.count(mostConnects), Formats.count(fd.value()), fd.source()));
        }
        MachineFacts.LimitFact threads = machine.threads();
        int mostThreads = runs.cells().stream()
                .filter(c -> c.mode().equals("platform-per-task"))
                .mapToInt(ModeCell::tasks)
                .max()
                .orElse(0);
        if (threads != null && threads.value() != null && mostThreads > 0 && mostThreads >= threads.value() - 200) {
            sentences.add(String.format(
                    "This OS lets a process have %s threads (%s): platform-per-task at %s meets that cap, and"
                            + " a refused thread is the OS's answer, not the model's.",
                    Formats.count(threads.value()), threads.source(), Formats.count(mostThreads)));
        }
        return sentences;
    }
}
