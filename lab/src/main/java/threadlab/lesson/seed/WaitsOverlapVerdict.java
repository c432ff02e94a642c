package threadlab.lesson.seed;

import java.util.List;
import java.util.Optional;
import threadlab.report.Evidence;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.Judgement;
import threadlab.report.Measure;
import threadlab.report.ModeCell;
import threadlab.report.ModeNames;
import threadlab.report.Threshold;
import threadlab.report.Verdict;
import threadlab.workload.Nature;

/**
 * The classic demo's first claim: three sleeps on three workers overlap in every pool, thread,
 * process or callback alike ({@code process-per-task} starts a JVM per task, and is left out). The figure is sequential's wall time over the slowest concurrent
 * mode's; three perfectly overlapped waits give 3x, and it holds from 2x.
 */
public final class WaitsOverlapVerdict implements Verdict {

    static final double AT_LEAST = 2.0;

    /** A new child JVM per task: its wall time is the JVMs' start, which the child-process row weighs. */
    static final String NOT_A_POOL = "process-per-task";

    @Override
    public String claim() {
        return "Waits overlap in any pool (3 x sleep on 3 workers)";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        List<ModeCell> sleeps = evidence.cells("seed").stream()
                .filter(c -> c.nature() == Nature.IO)
                .toList();
        Optional<ModeCell> sequential =
                ExperimentRuns.find(sleeps, "sequential").filter(c -> c.wall() > 0);
        List<ModeCell> concurrent = sleeps.stream()
                .filter(c -> !c.mode().equals("sequential") && !c.mode().equals(NOT_A_POOL) && c.wall() > 0)
                .toList();
        if (sequential.isEmpty() || concurrent.isEmpty()) {
            return Judgement.notRun("no seed sleeps here (run seed)");
        }
        Measure seq = Measure.wall(sequential.get());
        ModeCell slowest = concurrent.get(0);
        double low = Double.POSITIVE_INFINITY;
        for (ModeCell c : concurrent) {
            low = Math.min(low, Measure.ratio(seq, Measure.wall(c)).low());
            if (c.wall() > slowest.wall()) {
                slowest = c;
            }
        }
        Measure speedup = Measure.ratio(seq, Measure.wall(slowest));
        return Judgement.of(
                String.format(
                        "sequential %s s; slowest of %d modes, %s, %s s: %s",
                        Formats.seconds(sequential.get().wall()),
                        concurrent.size(),
                        ModeNames.describe(slowest.mode()),
                        Formats.seconds(slowest.wall()),
                        Formats.times(speedup.value())),
                new Measure(Math.min(low, speedup.value()), speedup.value(), speedup.high()),
                Threshold.atLeast(AT_LEAST, "at least " + Formats.times(AT_LEAST)));
    }
}
