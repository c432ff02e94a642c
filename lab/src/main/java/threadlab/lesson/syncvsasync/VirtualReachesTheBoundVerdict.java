package threadlab.lesson.syncvsasync;

import java.util.Optional;
import threadlab.report.Evidence;
import threadlab.report.Formats;
import threadlab.report.Judgement;
import threadlab.report.Measure;
import threadlab.report.ModeCell;
import threadlab.report.Threshold;
import threadlab.report.Verdict;

/**
 * Virtual threads at 10,000 waits in flight: how much of Little's law's bound (every wait at
 * once, so the wall time of one wait) a virtual thread per task reaches. Holds from 50%.
 */
public final class VirtualReachesTheBoundVerdict implements Verdict {

    static final int IN_FLIGHT = 10_000;
    static final double AT_LEAST = 0.5;

    @Override
    public String claim() {
        return "Virtual threads at 10,000 waits reach Little's law's bound";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        Optional<ModeCell> virtual = evidence.cells("sync-vs-async").stream()
                .filter(c -> c.workload().startsWith("sleep:")
                        && c.tasks() == IN_FLIGHT
                        && c.mode().equals("virtual")
                        && c.prediction() != null
                        && c.wall() > 0)
                .findFirst();
        if (virtual.isEmpty()) {
            return Judgement.notRun("no 10,000 virtual-thread sleeps here (run sync-vs-async)");
        }
        ModeCell c = virtual.get();
        double bound = c.prediction().wallSeconds();
        Measure reached = Measure.ratio(Measure.of(bound), Measure.wall(c));
        return Judgement.of(
                String.format(
                        "%s x %s: %s s against the bound's %s s, %s of it",
                        c.workload(),
                        Formats.count(c.tasks()),
                        Formats.seconds(c.wall()),
                        Formats.seconds(bound),
                        Formats.percent(reached.value())),
                reached,
                Threshold.atLeast(AT_LEAST, "at least " + Formats.percent(AT_LEAST)));
    }
}
