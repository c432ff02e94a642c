package threadlab.lesson.pinning;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import threadlab.report.Evidence;
import threadlab.report.Formats;
import threadlab.report.Judgement;
import threadlab.report.Measure;
import threadlab.report.ModeCell;
import threadlab.report.Threshold;
import threadlab.report.Verdict;
import threadlab.result.RunResult;

/**
 * Whether a virtual thread that sleeps inside {@code synchronized} pins its carrier on the JDK that
 * ran: JFR's {@code jdk.VirtualThreadPinned} events per task in the synchronized cell that pinned
 * most. Holds when every repeat pinned at least half its tasks, as {@link PinnedShare} reads a run
 * (a stray event from elsewhere in the JVM is not a pin); JDK 24 and later (JEP 491) no longer pin
 * there.
 */
public final class SynchronizedPinsVerdict implements Verdict {

    @Override
    public String claim() {
        return "synchronized pins the carrier on this JDK";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        List<ModeCell> counted = evidence.cells("pinning").stream()
                .filter(c -> "synchronized".equals(c.param("block")) && c.pinnedEvents() != null && c.tasks() > 0)
                .toList();
        if (counted.isEmpty()) {
            return Judgement.notRun("no synchronized runs with a JFR pinned count here (run pinning)");
        }
        ModeCell most = counted.stream()
                .max(Comparator.comparingLong(ModeCell::pinnedEvents))
                .orElseThrow();
        List<Long> events = most.runs().stream()
                .map(RunResult::pinnedEvents)
                .filter(Objects::nonNull)
                .toList();
        long low = events.stream().mapToLong(Long::longValue).min().orElse(0);
        long lock = evidence.cells("pinning").stream()
                .filter(c -> "reentrant-lock".equals(c.param("block")) && c.pinnedEvents() != null)
                .mapToLong(ModeCell::pinnedEvents)
                .max()
                .orElse(-1);
        return Judgement.of(
                String.format(
                        "JDK %s: %s pinned events in %s sleeps inside synchronized%s",
                        Formats.orMissing(evidence.jdk()),
                        Formats.count(most.pinnedEvents()),
                        Formats.count(most.tasks()),
                        lock < 0 ? "" : ", " + Formats.count(lock) + " inside a ReentrantLock"),
                new Measure(low, most.pinnedEvents(), most.pinnedEvents()).times(1.0 / most.tasks()),
                Threshold.atLeast(0.5, "events for half the tasks or more"));
    }
}
