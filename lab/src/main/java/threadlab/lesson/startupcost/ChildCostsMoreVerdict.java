package threadlab.lesson.startupcost;

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
 * What a child process costs against a thread: one child JVM started and awaited, over one
 * platform thread started and joined, each per task. Holds from 100x.
 */
public final class ChildCostsMoreVerdict implements Verdict {

    static final double AT_LEAST = 100;

    @Override
    public String claim() {
        return "A child process costs far more to start than a thread";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        List<ModeCell> cells = evidence.cells("startup-cost");
        Optional<ModeCell> child =
                ExperimentRuns.find(cells, "start-join:child-jvm").filter(c -> c.wall() > 0);
        Optional<ModeCell> thread =
                ExperimentRuns.find(cells, "start-join:platform-thread").filter(c -> c.wall() > 0);
        if (child.isEmpty() || thread.isEmpty()) {
            return Judgement.notRun("no child-JVM and platform-thread starts here (run startup-cost)");
        }
        Measure perChild = Measure.wall(child.get()).times(1.0 / child.get().tasks());
        Measure perThread = Measure.wall(thread.get()).times(1.0 / thread.get().tasks());
        return Judgement.of(
                String.format(
                        "a child JVM %s ms, a platform thread %s us: %s",
                        Formats.number(perChild.value() * 1e3),
                        Formats.number(perThread.value() * 1e6),
                        Formats.times(perChild.value() / perThread.value())),
                Measure.ratio(perChild, perThread),
                Threshold.atLeast(AT_LEAST, "at least " + Formats.times(AT_LEAST)));
    }
}
