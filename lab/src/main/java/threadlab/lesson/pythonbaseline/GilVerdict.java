package threadlab.lesson.pythonbaseline;

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
import threadlab.workload.Nature;

/**
 * The classic lesson's second claim, asked of the Python found on this machine: on CPU work,
 * CPython's threads (held by the GIL) fall behind its processes. The figure is the processes'
 * speedup over the threads' at one worker per core; it holds from 1.5x. A free-threaded Python,
 * or a machine of one core, does not show it.
 */
public final class GilVerdict implements Verdict {

    static final double AT_LEAST = 1.5;

    @Override
    public String claim() {
        return "CPU work: CPython threads lose to processes (GIL or not)";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        List<ModeCell> cpu = evidence.cells(PythonBaselineSection.ID).stream()
                .filter(c -> c.nature() == Nature.CPU)
                .toList();
        int n = evidence.cores();
        Optional<ModeCell> sequential = ExperimentRuns.find(cpu, "sequential").filter(c -> c.wall() > 0);
        Optional<ModeCell> threads = ExperimentRuns.find(cpu, "python-thread-pool:" + n);
        Optional<ModeCell> processes = ExperimentRuns.find(cpu, "python-process-pool:" + n);
        if (sequential.isEmpty() || threads.isEmpty() || processes.isEmpty()) {
            return Judgement.notRun("no Python CPU runs at " + n + " workers here (run python-baseline)");
        }
        Measure seq = Measure.wall(sequential.get());
        Measure threadSpeedup = Measure.ratio(seq, Measure.wall(threads.get()));
        Measure processSpeedup = Measure.ratio(seq, Measure.wall(processes.get()));
        Measure lead = Measure.ratio(Measure.wall(threads.get()), Measure.wall(processes.get()));
        return Judgement.of(
                String.format(
                        "%d workers on %d cores: threads %s, processes %s over sequential",
                        n, n, Formats.times(threadSpeedup.value()), Formats.times(processSpeedup.value())),
                lead,
                Threshold.atLeast(AT_LEAST, "processes at least " + Formats.times(AT_LEAST) + " the threads"));
    }
}
