package threadlab.lesson.cpuscaling;

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
 * The JVM half of the classic lesson: with no GIL, CPU work on a pool of JVM threads runs as
 * fast as on as many child JVMs. The figure is the threads' speedup over the processes' (their
 * wall times' ratio) at one worker per core; it holds from 0.9x, the threads within 10% of the
 * processes or ahead.
 */
public final class ThreadsLikeProcessesVerdict implements Verdict {

    static final double AT_LEAST = 0.9;

    @Override
    public String claim() {
        return "CPU work: JVM threads keep up with JVM processes";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        List<ModeCell> cells = evidence.cells("cpu-scaling");
        int n = evidence.cores();
        Optional<ModeCell> sequential = ExperimentRuns.find(cells, "sequential").filter(c -> c.wall() > 0);
        Optional<ModeCell> threads = ExperimentRuns.find(cells, "platform-pool:" + n);
        Optional<ModeCell> processes = ExperimentRuns.find(cells, "process-pool:" + n);
        if (sequential.isEmpty() || threads.isEmpty() || processes.isEmpty()) {
            return Judgement.notRun("no cpu-scaling runs at " + n + " workers here (run cpu-scaling)");
        }
        Measure seq = Measure.wall(sequential.get());
        return Judgement.of(
                String.format(
                        "%d workers on %d cores: platform threads %s, child JVMs %s over sequential",
                        n,
                        n,
                        Formats.times(
                                Measure.ratio(seq, Measure.wall(threads.get())).value()),
                        Formats.times(Measure.ratio(seq, Measure.wall(processes.get()))
                                .value())),
                Measure.ratio(Measure.wall(processes.get()), Measure.wall(threads.get())),
                Threshold.atLeast(AT_LEAST, "threads at least " + Formats.times(AT_LEAST) + " the processes"));
    }
}
