package threadlab.lesson.syncvsasync;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import threadlab.report.Evidence;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.Judgement;
import threadlab.report.Measure;
import threadlab.report.ModeCell;
import threadlab.report.Threshold;
import threadlab.report.Verdict;

/**
 * Blocking code on a virtual thread per task against the same waits as a callback chain, at the
 * most sleeps in flight both ran: the virtual threads' throughput over the callbacks'. Holds from
 * 0.8x, blocking within 20% of callbacks or ahead.
 */
public final class BlockingKeepsUpVerdict implements Verdict {

    static final double AT_LEAST = 0.8;

    @Override
    public String claim() {
        return "Blocking on virtual threads keeps up with callbacks";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        List<ModeCell> sleeps = evidence.cells("sync-vs-async").stream()
                .filter(c -> c.workload().startsWith("sleep:") && c.wall() > 0)
                .toList();
        Optional<Integer> most = ExperimentRuns.byTasks(sleeps).descendingMap().entrySet().stream()
                .filter(e -> ExperimentRuns.find(e.getValue(), "virtual").isPresent()
                        && ExperimentRuns.find(e.getValue(), "async").isPresent())
                .map(java.util.Map.Entry::getKey)
                .max(Comparator.naturalOrder());
        if (most.isEmpty()) {
            return Judgement.notRun("no pair of virtual and async sleeps here (run sync-vs-async)");
        }
        List<ModeCell> at = ExperimentRuns.byTasks(sleeps).get(most.get());
        ModeCell virtual = ExperimentRuns.find(at, "virtual").orElseThrow();
        ModeCell async = ExperimentRuns.find(at, "async").orElseThrow();
        return Judgement.of(
                String.format(
                        "%s x %s: virtual %s s, async %s s",
                        virtual.workload(),
                        Formats.count(most.get()),
                        Formats.seconds(virtual.wall()),
                        Formats.seconds(async.wall())),
                Measure.ratio(Measure.wall(async), Measure.wall(virtual)),
                Threshold.atLeast(AT_LEAST, "virtual at least " + Formats.times(AT_LEAST) + " async's throughput"));
    }
}
